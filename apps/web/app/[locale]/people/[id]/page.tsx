import type { Person } from '@dostyk/data';
import { PersonView } from '@/components/record/EntityViews';
import { recordPage } from '@/lib/record-page';

const page = recordPage<Person>('people', PersonView);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
