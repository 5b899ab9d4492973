import type { Organization } from '@dostyk/data';
import { OrganizationView } from '@/components/record/EntityViews';
import { recordPage } from '@/lib/record-page';

const page = recordPage<Organization>('organizations', OrganizationView);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
