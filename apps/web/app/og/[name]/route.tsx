import { ImageResponse } from 'next/og';
import { dataset } from '@/lib/data';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One Open Graph card per section, drawn at build time (Latin text only: the bundled font has no CJK). */
const CARDS: Record<string, string> = {
  site: 'China and Kazakhstan: diplomacy, projects and figures, every claim sourced',
  projects: 'Projects: energy, transport, industry and more, filterable and sourced',
  events: 'Events: visits, summits and signings',
  agreements: 'Agreements: treaties, memoranda and joint statements',
  people: 'People behind the relationship',
  organizations: 'Companies, banks, ministries and institutions',
  frameworks: 'Frameworks: Belt and Road, Nurly Zhol, SCO and more',
  places: 'Places: cities, border crossings, ports and zones',
  timeline: 'Timeline of the relationship',
  figures: 'Figures: trade and investment, as each side reports them',
  data: 'Open data: JSON, CSV, GeoJSON, JSON Schema and an npm package',
};

export function generateStaticParams() {
  return Object.keys(CARDS).map((name) => ({ name: `${name}.png` }));
}

export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const text = CARDS[name.replace(/\.png$/, '')] ?? CARDS.site;
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#0f4c5c',
        color: '#fbfaf7',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
        <div style={{ width: 56, height: 56, background: '#f2c14e', transform: 'rotate(45deg)' }} />
        <div style={{ fontSize: 72, fontWeight: 700, marginLeft: 16 }}>Dostyk</div>
      </div>
      <div style={{ fontSize: 50, lineHeight: 1.2, maxWidth: 1000 }}>{text}</div>
      <div style={{ fontSize: 28, opacity: 0.8 }}>
        {`${dataset.projects.length} projects · ${dataset.events.length} events · ${dataset.sources.length} sources · EN IT RU KK ZH`}
      </div>
    </div>,
    { width: 1200, height: 630 },
  );
}
