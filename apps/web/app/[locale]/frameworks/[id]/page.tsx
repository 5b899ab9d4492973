import type { Framework } from '@dostyk/data';
import { FrameworkView } from '@/components/record/EntityViews';
import { recordPage } from '@/lib/record-page';

const page = recordPage<Framework>('frameworks', FrameworkView);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
