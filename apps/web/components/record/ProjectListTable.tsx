import { currentStatus, type Framework, type Project } from '@dostyk/data';
import { useTranslations } from 'next-intl';
import { label } from '@/lib/i18n-helpers';
import { usePageKit } from '@/lib/page-kit';
import { Cite } from './Cite';
import type { SourceNotes } from './notes';
import { RecordLink } from './RecordLink';

/**
 * The editions of an official project list kept under a framework: each with its date, count and total, and
 * the items a source names, as listed → the project record → its status now.
 */
export function ProjectListTable({ lists, notes }: { lists: Framework['lists']; notes: SourceNotes }) {
  const t = useTranslations('framework');
  const tst = useTranslations('statuses');
  const kit = usePageKit();
  if (!lists?.length) return null;
  return (
    <section aria-labelledby="list-heading" className="record-section">
      <h2 id="list-heading">{t('list')}</h2>
      {lists.map((edition) => {
        const head = [
          kit.date(edition.date),
          edition.count !== undefined ? t('listCount', { count: edition.count }) : undefined,
          edition.total ? kit.money(edition.total.amount, edition.total.currency, true) : undefined,
          edition.reportedBy,
        ].filter(Boolean);
        return (
          <div key={`${edition.date}-${edition.reportedBy ?? ''}`} className="list-edition">
            <h3>
              {head.join(' · ')} <Cite sources={edition.sources} notes={notes} />
            </h3>
            {edition.note && <p className="muted">{edition.note}</p>}
            {(edition.items?.length ?? 0) > 0 && (
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('listedAs')}</th>
                      <th scope="col">{t('listRecord')}</th>
                      <th scope="col">{t('statusNow')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {edition.items?.map((item) => {
                      const hit = item.project ? kit.get(item.project) : undefined;
                      const project = hit?.collection === 'projects' ? (hit.record as Project) : undefined;
                      return (
                        <tr key={item.listed}>
                          <td>
                            {item.listed}
                            {item.note && <span className="muted"> ({item.note})</span>}
                          </td>
                          <td>
                            {project ? <RecordLink collection="projects" record={project} /> : t('unmatched')}
                          </td>
                          <td>{project ? label(tst, currentStatus(project)) : ''}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        );
      })}
      <p className="muted">{t('listNumbers', { n: lists.length })}</p>
    </section>
  );
}
