import type { Agreement } from '@dostyk/data';
import { AgreementView } from '@/components/record/EntityViews';
import { recordPage } from '@/lib/record-page';

const page = recordPage<Agreement>('agreements', AgreementView);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
