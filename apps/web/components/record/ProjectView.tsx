import { MILESTONES, type Project, type Related } from '@dostyk/data';
import { useLocale, useTranslations } from 'next-intl';
import { AtlasMap } from '@/components/map/AtlasMap';
import { label } from '@/lib/i18n-helpers';
import { locationMapItems } from '@/lib/map-items';
import { anyInFrame, type PageKit, usePageKit } from '@/lib/page-kit';
import { recordTitle } from '@/lib/records';
import { Cite } from './Cite';
import { CiteThis } from './CiteThis';
import { Claims } from './Claims';
import { DateClaims } from './DateClaims';
import { Loc } from './Loc';
import { SourceNotes } from './notes';
import { PlacesTable } from './PlacesTable';
import { RecordHeader } from './RecordHeader';
import { RecordLink } from './RecordLink';
import { RelatedGroups } from './RelatedGroups';
import { SourceList } from './SourceList';

function recordsOf(kit: PageKit, ids: string[] | undefined, collection: string) {
  return (ids ?? []).flatMap((id) => {
    const hit = kit.get(id);
    return hit && hit.collection === collection ? [hit.record] : [];
  });
}

/** Every field of a project, each claim footnoted, conflicts side by side. */
export function ProjectView({ project, related }: { project: Project; related: Related }) {
  const t = useTranslations('project');
  const tr = useTranslations('record');
  const ts = useTranslations('sectors');
  const tst = useTranslations('statuses');
  const tsub = useTranslations('subsectors');
  const tm = useTranslations('milestones');
  const tu = useTranslations('units');
  const tq = useTranslations('metrics');
  const trole = useTranslations('roles');
  const tf = useTranslations('financingKinds');
  const tp = useTranslations('precision');
  const locale = useLocale();
  const kit = usePageKit();
  const notes = new SourceNotes([...project.sources]);
  const unit = (u: string) => label(tu, u);

  const mapItems = locationMapItems(project.places ?? [], locale, project.sector, (l) =>
    label(tp, l.precision),
  );
  const areas = recordsOf(kit, project.areas, 'areas');
  const frameworks = recordsOf(kit, project.frameworks, 'frameworks');
  const partOf = project.partOf ? kit.get(project.partOf) : undefined;
  const components = (related.incoming.projects ?? []).filter((p) => (p as Project).partOf === project.id);
  const explicitRelated = recordsOf(kit, project.related, 'projects');
  const relatedProjects = [...components, ...explicitRelated, ...related.similar].filter(
    (p, i, all) => p.id !== project.id && all.findIndex((q) => q.id === p.id) === i,
  );
  const events = [...(related.outgoing.events ?? []), ...(related.incoming.events ?? [])].filter(
    (e, i, all) => all.findIndex((q) => q.id === e.id) === i,
  );
  const agreements = [...(related.outgoing.agreements ?? []), ...(related.incoming.agreements ?? [])].filter(
    (e, i, all) => all.findIndex((q) => q.id === e.id) === i,
  );
  const milestones = MILESTONES.filter((m) => project.dates?.[m]?.length);
  const quantities = Object.entries(project.quantities ?? {});

  return (
    <article className="record project">
      <RecordHeader collection="projects" record={project} aliases={project.aliases}>
        <ul className="badges">
          <li className={`badge sector sector-${project.sector}`}>
            {label(ts, project.sector)}
            {project.subsector && <> · {label(tsub, project.subsector)}</>}
          </li>
          {project.namedInSeed && <li className="badge seed">{t('namedInSeed')}</li>}
          {project.umbrella && <li className="badge flag">{t('umbrella')}</li>}
          {project.pledge && <li className="badge flag">{t('pledge')}</li>}
        </ul>
      </RecordHeader>
      <Loc value={project.summary} as="p" />

      <section aria-labelledby="facts-heading" className="record-section">
        <h2 id="facts-heading">{t('keyFacts')}</h2>
        <dl className="facts">
          <dt>{t('status')}</dt>
          <dd>
            <Claims
              field="status"
              claims={project.status}
              notes={notes}
              keyOf={(c) => c.value}
              render={(c) => <span className={`status status-${c.value}`}>{label(tst, c.value)}</span>}
            />
          </dd>
          <dt>{t('sector')}</dt>
          <dd>
            <a href={`/${locale}/projects?sector=${project.sector}`}>{label(ts, project.sector)}</a>
            {project.subsector && <> · {label(tsub, project.subsector)}</>}
          </dd>
          {areas.length > 0 && (
            <>
              <dt>{t('areas')}</dt>
              <dd>
                <ul className="inline-list">
                  {areas.map((a) => (
                    <li key={a.id}>
                      <RecordLink collection="areas" record={a} />
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {frameworks.length > 0 && (
            <>
              <dt>{t('frameworks')}</dt>
              <dd>
                <ul className="inline-list">
                  {frameworks.map((f) => (
                    <li key={f.id}>
                      <RecordLink collection="frameworks" record={f} />
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {partOf && (
            <>
              <dt>{t('partOf')}</dt>
              <dd>
                <RecordLink collection="projects" record={partOf.record} />
              </dd>
            </>
          )}
          {project.cost && (
            <>
              <dt>{t('cost')}</dt>
              <dd>
                <Claims
                  field="cost"
                  claims={project.cost}
                  notes={notes}
                  keyOf={(c) => `${c.amount} ${c.currency}`}
                  render={(c) => (
                    <span>
                      {kit.money(c.amount, c.currency)}
                      {c.year && <span className="muted"> ({c.year})</span>}
                    </span>
                  )}
                />
              </dd>
            </>
          )}
          {quantities.map(([metric, claims]) => (
            <div key={metric} className="facts-row">
              <dt>{label(tq, metric)}</dt>
              <dd>
                <Claims
                  field={`quantities.${metric}`}
                  claims={claims}
                  notes={notes}
                  keyOf={(c) => `${c.value} ${c.unit}`}
                  render={(c) => (
                    <span>
                      {kit.number(c.value)} {unit(c.unit)}
                    </span>
                  )}
                />
              </dd>
            </div>
          ))}
        </dl>
      </section>

      {milestones.length > 0 && (
        <section aria-labelledby="dates-heading" className="record-section">
          <h2 id="dates-heading">{t('dates')}</h2>
          <ol className="milestones">
            {milestones.map((m) => (
              <li key={m}>
                <span className="milestone-name">{label(tm, m)}</span>
                <DateClaims field={`dates.${m}`} claims={project.dates?.[m]} notes={notes} />
              </li>
            ))}
          </ol>
        </section>
      )}

      {(project.places?.length ?? 0) > 0 && (
        <section aria-labelledby="places-heading" className="record-section">
          <h2 id="places-heading">{t('places')}</h2>
          {anyInFrame(kit, mapItems) && (
            <AtlasMap
              items={mapItems}
              title={t('mapOf', { name: recordTitle(project, locale).text })}
              showPrecision
              id="project-map"
            />
          )}
          <PlacesTable locations={project.places ?? []} notes={notes} />
        </section>
      )}

      {(project.participants?.length ?? 0) > 0 && (
        <section aria-labelledby="participants-heading" className="record-section">
          <h2 id="participants-heading">{t('participants')}</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('organization')}</th>
                  <th scope="col">{t('role')}</th>
                  <th scope="col">{t('share')}</th>
                  <th scope="col">{tr('sourcesShort')}</th>
                </tr>
              </thead>
              <tbody>
                {project.participants?.map((p, i) => {
                  const org = kit.get(p.org);
                  return (
                    <tr key={`${p.org}-${p.role}-${i}`}>
                      <td>{org ? <RecordLink collection="organizations" record={org.record} /> : p.org}</td>
                      <td>
                        {label(trole, p.role)}
                        {p.note && <span className="muted"> ({p.note})</span>}
                      </td>
                      <td>{p.sharePct !== undefined ? `${kit.number(p.sharePct)} %` : ''}</td>
                      <td>
                        <Cite sources={p.sources} notes={notes} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {(project.financing?.length ?? 0) > 0 && (
        <section aria-labelledby="financing-heading" className="record-section">
          <h2 id="financing-heading">{t('financing')}</h2>
          <ul className="financing">
            {project.financing?.map((f, i) => {
              const org = f.org ? kit.get(f.org) : undefined;
              return (
                <li key={`${f.org}-${i}`}>
                  <strong>{label(tf, f.kind)}</strong>
                  {org && (
                    <>
                      {' · '}
                      <RecordLink collection="organizations" record={org.record} />
                    </>
                  )}
                  {f.amount !== undefined && f.currency && <> · {kit.money(f.amount, f.currency)}</>}
                  {f.year && <span className="muted"> ({f.year})</span>}
                  {f.reportedBy && (
                    <span className="claim-by"> {tr('reportedBy', { who: f.reportedBy })}</span>
                  )}
                  {f.note && <span className="muted"> ({f.note})</span>}
                  <Cite sources={f.sources} notes={notes} />
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {(project.facts?.length ?? 0) > 0 && (
        <section aria-labelledby="more-heading" className="record-section">
          <h2 id="more-heading">{t('facts')}</h2>
          <ul className="statements">
            {project.facts?.map((s, i) => (
              <li key={`f${i}`}>
                <Loc value={s.text} />
                <Cite sources={s.sources} notes={notes} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {(project.controversies?.length ?? 0) > 0 && (
        <section aria-labelledby="controversies-heading" className="record-section">
          <h2 id="controversies-heading">{t('controversies')}</h2>
          <ul className="statements">
            {project.controversies?.map((s, i) => (
              <li key={`c${i}`}>
                <Loc value={s.text} />
                <Cite sources={s.sources} notes={notes} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {(events.length > 0 || agreements.length > 0) && (
        <section aria-labelledby="behind-heading" className="record-section">
          <h2 id="behind-heading">{t('behind')}</h2>
          <ul className="link-list">
            {[
              ...events.map((e) => ['events', e] as const),
              ...agreements.map((a) => ['agreements', a] as const),
            ].map(([c, r]) => (
              <li key={r.id}>
                <RecordLink collection={c} record={r} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {relatedProjects.length > 0 && (
        <section aria-labelledby="related-projects-heading" className="record-section">
          <h2 id="related-projects-heading">{t('related')}</h2>
          <ul className="link-list">
            {relatedProjects.map((p) => (
              <li key={p.id}>
                <RecordLink collection="projects" record={p} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <RelatedGroups related={related} skip={['projects', 'events', 'agreements', 'areas', 'frameworks']} />
      <SourceList notes={notes} />
      <CiteThis collection="projects" record={project} />
    </article>
  );
}
