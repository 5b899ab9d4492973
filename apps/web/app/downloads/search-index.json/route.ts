import { buildSearchIndex } from '@dostyk/data';
import { dataset } from '@/lib/data';

export const dynamic = 'force-static';

/**
 * The search index over exactly the records of /downloads/dataset.json (the same module writes both), so the
 * browser loads it instead of indexing every record itself before its first search.
 */
export function GET() {
  return new Response(JSON.stringify(buildSearchIndex(dataset)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
