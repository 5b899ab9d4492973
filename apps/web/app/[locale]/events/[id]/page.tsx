import type { Event } from '@dostyk/data';
import { EventView } from '@/components/record/EntityViews';
import { recordPage } from '@/lib/record-page';

const page = recordPage<Event>('events', EventView);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
