import type { Agreement, Event, Framework, Organization, Person, Place, Related } from '@dostyk/data';
import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { AtlasMap } from '@/components/map/AtlasMap';
import { label } from '@/lib/i18n-helpers';
import { locationMapItems } from '@/lib/map-items';
import { anyInFrame, usePageKit } from '@/lib/page-kit';
import { recordTitle } from '@/lib/records';
import { Cite } from './Cite';
import { CiteThis } from './CiteThis';
import { Claims } from './Claims';
import { DateClaims, DateText } from './DateClaims';
import { Loc } from './Loc';
import { SourceNotes } from './notes';
import { PlacesTable } from './PlacesTable';
import { ProjectListTable } from './ProjectListTable';
import { RecordHeader } from './RecordHeader';
import { RecordLink } from './RecordLink';
import { RelatedGroups } from './RelatedGroups';
import { ExternalLink, SourceList } from './SourceList';

type Loc_ = Place['location'];

function LinkTo({ id, collection }: { id: string | undefined; collection: string }) {
  const kit = usePageKit();
  if (!id) return null;
  const hit = kit.get(id);
  if (!hit) return <span>{id}</span>;
  return <RecordLink collection={hit.collection ?? collection} record={hit.record} />;
}

function LinkList({ ids, collection }: { ids: string[] | undefined; collection: string }) {
  if (!ids?.length) return null;
  return (
    <ul className="inline-list">
      {ids.map((id) => (
        <li key={id}>
          <LinkTo id={id} collection={collection} />
        </li>
      ))}
    </ul>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  if (children === null || children === undefined || children === false) return null;
  return (
    <div className="facts-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function LocationsSection({
  locations,
  notes,
  name,
  sector = 'other',
}: {
  locations: Loc_[] | undefined;
  notes: SourceNotes;
  name: string;
  sector?: string;
}) {
  const t = useTranslations('project');
  const tp = useTranslations('precision');
  const kit = usePageKit();
  const locale = useLocale();
  if (!locations?.length) return null;
  const items = locationMapItems(locations, locale, sector, (l) => label(tp, l.precision));
  return (
    <section aria-labelledby="places-heading" className="record-section">
      <h2 id="places-heading">{t('places')}</h2>
      {anyInFrame(kit, items) && (
        <AtlasMap items={items} title={t('mapOf', { name })} showPrecision id="record-map" />
      )}
      <PlacesTable locations={locations} notes={notes} />
    </section>
  );
}

function Shell({
  collection,
  record,
  related,
  notes,
  aliases,
  facts,
  children,
  skip,
}: {
  collection: string;
  record: {
    id: string;
    name?: unknown;
    title?: unknown;
    updated?: string;
    summary: Parameters<typeof Loc>[0]['value'];
  };
  related: Related;
  notes: SourceNotes;
  aliases?: string[];
  facts: ReactNode;
  children?: ReactNode;
  skip?: string[];
}) {
  const t = useTranslations('record');
  return (
    <article className={`record ${collection}`}>
      <RecordHeader collection={collection} record={record} aliases={aliases} />
      <Loc value={record.summary} as="p" />
      <section aria-labelledby="facts-heading" className="record-section">
        <h2 id="facts-heading">{t('details')}</h2>
        <dl className="facts">{facts}</dl>
      </section>
      {children}
      <RelatedGroups related={related} {...(skip ? { skip } : {})} />
      <SourceList notes={notes} />
      <CiteThis collection={collection} record={record} />
    </article>
  );
}

export function EventView({ record, related }: { record: Event; related: Related }) {
  const t = useTranslations('event');
  const tk = useTranslations('eventKinds');
  const locale = useLocale();
  const notes = new SourceNotes([...record.sources]);
  return (
    <Shell
      collection="events"
      record={record}
      related={related}
      notes={notes}
      facts={
        <>
          <Fact term={t('kind')}>{label(tk, record.kind)}</Fact>
          <Fact term={t('date')}>
            <DateClaims field="date" claims={record.date} notes={notes} />
            {record.endDate && (
              <>
                {' '}
                – <DateText value={record.endDate} />
              </>
            )}
          </Fact>
          {record.participants?.length ? (
            <Fact term={t('participants')}>
              <LinkList ids={record.participants} collection="people" />
            </Fact>
          ) : null}
          {record.organizations?.length ? (
            <Fact term={t('organizations')}>
              <LinkList ids={record.organizations} collection="organizations" />
            </Fact>
          ) : null}
          {record.frameworks?.length ? (
            <Fact term={t('frameworks')}>
              <LinkList ids={record.frameworks} collection="frameworks" />
            </Fact>
          ) : null}
        </>
      }
    >
      {record.outcomes?.length ? (
        <section aria-labelledby="outcomes-heading" className="record-section">
          <h2 id="outcomes-heading">{t('outcomes')}</h2>
          <ul className="statements">
            {record.outcomes.map((s, i) => (
              <li key={`o${i}`}>
                <Loc value={s.text} />
                <Cite sources={s.sources} notes={notes} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <LocationsSection locations={record.places} notes={notes} name={recordTitle(record, locale).text} />
    </Shell>
  );
}

export function AgreementView({ record, related }: { record: Agreement; related: Related }) {
  const t = useTranslations('agreement');
  const tk = useTranslations('agreementKinds');
  const ts = useTranslations('agreementStatuses');
  const locale = useLocale();
  const notes = new SourceNotes([...record.sources]);
  return (
    <Shell
      collection="agreements"
      record={record}
      related={related}
      notes={notes}
      facts={
        <>
          <Fact term={t('kind')}>{label(tk, record.kind)}</Fact>
          <Fact term={t('signed')}>
            <DateClaims field="signed" claims={record.signed} notes={notes} />
          </Fact>
          {record.inForce && (
            <Fact term={t('inForce')}>
              <DateClaims field="inForce" claims={record.inForce} notes={notes} />
            </Fact>
          )}
          {record.status && (
            <Fact term={t('status')}>
              <Claims
                field="status"
                claims={record.status}
                notes={notes}
                keyOf={(c) => c.value}
                render={(c) => label(ts, c.value)}
              />
            </Fact>
          )}
          {record.parties?.length ? (
            <Fact term={t('parties')}>
              <ul className="inline-list" lang="en">
                {record.parties.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </Fact>
          ) : null}
          {record.signatories?.length ? (
            <Fact term={t('signatories')}>
              <ul className="plain-list">
                {record.signatories.map((s, i) => (
                  <li key={`s${i}`}>
                    {s.person ? (
                      <LinkTo id={s.person} collection="people" />
                    ) : (
                      s.name && <span lang="en">{s.name}</span>
                    )}
                    {s.org && (
                      <>
                        {' · '}
                        <LinkTo id={s.org} collection="organizations" />
                      </>
                    )}
                    <Cite sources={s.sources} notes={notes} />
                  </li>
                ))}
              </ul>
            </Fact>
          ) : null}
          {record.event && (
            <Fact term={t('event')}>
              <LinkTo id={record.event} collection="events" />
            </Fact>
          )}
        </>
      }
    >
      <LocationsSection locations={record.places} notes={notes} name={recordTitle(record, locale).text} />
    </Shell>
  );
}

export function PersonView({ record, related }: { record: Person; related: Related }) {
  const t = useTranslations('person');
  const kit = usePageKit();
  const notes = new SourceNotes([...record.sources]);
  return (
    <Shell
      collection="people"
      record={record}
      related={related}
      notes={notes}
      facts={
        <>
          <Fact term={t('country')}>{kit.country(record.country)}</Fact>
          {record.born && (
            <Fact term={t('born')}>
              <DateClaims field="born" claims={record.born} notes={notes} />
            </Fact>
          )}
          <Fact term={t('roles')}>
            <ul className="plain-list">
              {record.roles.map((r, i) => (
                <li key={`r${i}`}>
                  <Loc value={r.title} />
                  {r.org && (
                    <>
                      {', '}
                      <LinkTo id={r.org} collection="organizations" />
                    </>
                  )}
                  {(r.from || r.to) && (
                    <span className="muted">
                      {/* An open end means the end is not recorded, not that the role continues. */} (
                      {r.from ? kit.date(r.from) : ''} – {r.to ? kit.date(r.to) : ''})
                    </span>
                  )}
                  <Cite sources={r.sources} notes={notes} />
                </li>
              ))}
            </ul>
          </Fact>
        </>
      }
    />
  );
}

export function OrganizationView({ record, related }: { record: Organization; related: Related }) {
  const t = useTranslations('organization');
  const tk = useTranslations('orgKinds');
  const kit = usePageKit();
  const notes = new SourceNotes([...record.sources]);
  return (
    <Shell
      collection="organizations"
      record={record}
      related={related}
      notes={notes}
      aliases={record.aliases}
      facts={
        <>
          <Fact term={t('kind')}>{label(tk, record.kind)}</Fact>
          {record.country && <Fact term={t('country')}>{kit.country(record.country)}</Fact>}
          {record.parent && (
            <Fact term={t('parent')}>
              <LinkTo id={record.parent} collection="organizations" />
            </Fact>
          )}
          {record.founded && (
            <Fact term={t('founded')}>
              <DateClaims field="founded" claims={record.founded} notes={notes} />
            </Fact>
          )}
          {record.website && (
            <Fact term={t('website')}>
              <ExternalLink href={record.website}>{record.website.replace(/^https?:\/\//, '')}</ExternalLink>
            </Fact>
          )}
        </>
      }
    />
  );
}

export function FrameworkView({ record, related }: { record: Framework; related: Related }) {
  const t = useTranslations('framework');
  const tk = useTranslations('frameworkKinds');
  const notes = new SourceNotes([...record.sources]);
  return (
    <Shell
      collection="frameworks"
      record={record}
      related={related}
      notes={notes}
      aliases={record.aliases}
      facts={
        <>
          <Fact term={t('kind')}>{label(tk, record.kind)}</Fact>
          {record.since && (
            <Fact term={t('since')}>
              <DateClaims field="since" claims={record.since} notes={notes} />
            </Fact>
          )}
          {record.organization && (
            <Fact term={t('organization')}>
              <LinkTo id={record.organization} collection="organizations" />
            </Fact>
          )}
          {record.parent && (
            <Fact term={t('parent')}>
              <LinkTo id={record.parent} collection="frameworks" />
            </Fact>
          )}
        </>
      }
    >
      <ProjectListTable lists={record.lists} notes={notes} />
    </Shell>
  );
}

export function PlaceView({ record, related }: { record: Place; related: Related }) {
  const t = useTranslations('place');
  const tk = useTranslations('placeKinds');
  const locale = useLocale();
  const notes = new SourceNotes([...record.sources]);
  return (
    <Shell
      collection="places"
      record={record}
      related={related}
      notes={notes}
      facts={<Fact term={t('kind')}>{label(tk, record.kind)}</Fact>}
    >
      <LocationsSection locations={[record.location]} notes={notes} name={recordTitle(record, locale).text} />
    </Shell>
  );
}
