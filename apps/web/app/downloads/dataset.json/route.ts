import { dataset } from '@/lib/data';

export const dynamic = 'force-static';

/**
 * The whole dataset as one JSON file, fetched by the browser on demand (never bundled into JavaScript).
 * Written from the same module the pages render, so filters in the browser see exactly the records the
 * HTML shows.
 */
export function GET() {
  return new Response(JSON.stringify(dataset), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
