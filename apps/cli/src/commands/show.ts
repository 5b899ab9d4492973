import { conflicts, sourcesById } from '@dostyk/data';
import type { Context } from '../context.js';
import { describe } from '../data/describe.js';
import type { Rec } from '../data/records.js';
import { seg } from '../text/styled.js';
import { unknownId } from './suggest.js';

/** Every field of one record, with numbered sources and conflicting values side by side. */
export function showCommand(ctx: Context, id: string, o: { json?: boolean }) {
  const q = ctx.query();
  const hit = q.get(id);
  if (!hit) throw unknownId(ctx, id);
  const record = hit.record as Rec;
  if (o.json) {
    const ids = new Set(record.sources as string[]);
    const { projects, agreements, events } = q.appearsIn(record.id);
    const appearsIn =
      hit.collection === 'organizations' || hit.collection === 'people'
        ? {
            appearsIn: {
              ...(hit.collection === 'organizations'
                ? {
                    projects: projects.map((p) => ({
                      id: p.project.id,
                      roles: p.roles,
                      financing: p.financing,
                    })),
                  }
                : {}),
              agreements: agreements.map((a) => ({ id: a.agreement.id, date: a.date })),
              events: events.map((e) => ({ id: e.event.id, date: e.date })),
            },
          }
        : {};
    return ctx.out.json({
      collection: hit.collection,
      record,
      ...appearsIn,
      sources: q.dataset.sources.filter((s) => ids.has(s.id)),
      // The fields whose sources disagree, by the data package's rule (what the text marks).
      conflicts: conflicts(record, sourcesById(q.dataset)).map((c) => c.field),
    });
  }
  const d = describe(q, hit.collection, record, ctx.lang);
  ctx.out.lines([[seg(d.title, 'heading')], ...d.lines]);
}
