import { useLocale, useTranslations } from 'next-intl';
import { baseMap, linePath, MAP_HEIGHT, MAP_WIDTH, project } from '@/lib/geo';
import { countryName } from '@/lib/i18n-helpers';
import { sectorStyle, symbolPath } from '@/lib/sectors';

export interface MapItem {
  /** Unique within the map. */
  key: string;
  /** The project this item belongs to: the projects page dims items its filter leaves out. */
  projectId?: string;
  name: string;
  href?: string;
  sector: string;
  /** Shown after the name on hover and focus, e.g. the sector or the precision. */
  detail?: string;
  point?: [lon: number, lat: number];
  line?: [number, number][];
  precision?: 'exact' | 'settlement' | 'district' | 'region' | 'country';
}

/** Radius in map pixels of the uncertainty ring drawn around a point of this precision. */
const PRECISION_RING: Record<string, number> = {
  exact: 0,
  settlement: 6,
  district: 13,
  region: 30,
  country: 0,
};

interface Props {
  items: MapItem[];
  /** Accessible name of the map. */
  title: string;
  /** Draw rings showing how precisely each point is known (record pages). */
  showPrecision?: boolean;
  id?: string;
}

/**
 * The atlas: a server-rendered SVG of Kazakhstan and western China with the dataset's points and
 * corridors. Every item is a link, reachable by keyboard, whose name shows on hover and focus.
 */
export function AtlasMap({ items, title, showPrecision = false, id = 'map' }: Props) {
  const t = useTranslations('map');
  const locale = useLocale();
  const base = baseMap();
  // Borders come from /atlas/base.svg (one cached file); only labels and data are inline.
  const titleId = `${id}-title`;
  const lines = items.filter((i) => i.line && i.line.length > 1);
  const points = items.filter((i) => i.point);
  return (
    <figure className={showPrecision ? 'atlas labelled' : 'atlas'}>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        className="atlas-svg"
        role="group"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{title}</title>
        <image
          href="/atlas/base.svg"
          width={MAP_WIDTH}
          height={MAP_HEIGHT}
          aria-hidden="true"
          className="atlas-base"
        />
        <g className="atlas-country-labels" aria-hidden="true">
          {base.labels.map((l) => (
            <text
              key={l.code}
              x={l.x}
              y={l.y}
              className={
                l.code === 'KZ' || l.code === 'CN' ? 'atlas-country-label major' : 'atlas-country-label'
              }
            >
              {countryName(l.code, locale)}
            </text>
          ))}
        </g>
        <g className="atlas-lines">
          {lines.map((item) => {
            const d = linePath(item.line as [number, number][]);
            if (!d) return null;
            const { color } = sectorStyle(item.sector);
            const label = item.detail ? `${item.name} (${item.detail})` : item.name;
            // The name shows at the first vertex of the line that lies inside the frame.
            const anchor = (item.line as [number, number][])
              .map(([lon, lat]) => project(lon, lat))
              .find((p): p is [number, number] => p !== undefined);
            const flip = anchor ? anchor[0] > MAP_WIDTH - 220 : false;
            const body = (
              <>
                <path d={d} className="atlas-line-hit" />
                <path d={d} className="atlas-line" style={{ stroke: color }} />
                {anchor && (
                  <text
                    x={flip ? anchor[0] - 8 : anchor[0] + 8}
                    y={anchor[1] - 8}
                    textAnchor={flip ? 'end' : 'start'}
                    className="atlas-label"
                    aria-hidden="true"
                  >
                    {item.name}
                  </text>
                )}
              </>
            );
            return item.href ? (
              <a
                key={item.key}
                href={item.href}
                aria-label={label}
                className="atlas-item"
                data-project={item.projectId}
              >
                {body}
              </a>
            ) : (
              <g key={item.key} role="img" aria-label={label} className="atlas-item">
                {body}
              </g>
            );
          })}
        </g>
        <g className="atlas-points">
          {points.map((item) => {
            const [lon, lat] = item.point as [number, number];
            const xy = project(lon, lat);
            if (!xy) return null;
            const [x, y] = xy;
            const { color, shape } = sectorStyle(item.sector);
            const ring = showPrecision ? (PRECISION_RING[item.precision ?? 'exact'] ?? 0) : 0;
            const label = item.detail ? `${item.name} (${item.detail})` : item.name;
            const flip = x > MAP_WIDTH - 220;
            const body = (
              <>
                {ring > 0 && (
                  <circle cx={x} cy={y} r={ring} className="atlas-ring" style={{ stroke: color }} />
                )}
                <circle cx={x} cy={y} r={11} className="atlas-hit" />
                <path
                  d={symbolPath(shape, 5.5)}
                  transform={`translate(${x} ${y})`}
                  className="atlas-symbol"
                  style={{ fill: color }}
                />
                <text
                  x={flip ? x - 10 : x + 10}
                  y={y + 4}
                  textAnchor={flip ? 'end' : 'start'}
                  className="atlas-label"
                  aria-hidden="true"
                >
                  {item.name}
                </text>
              </>
            );
            return item.href ? (
              <a
                key={item.key}
                href={item.href}
                aria-label={label}
                className="atlas-item"
                data-project={item.projectId}
              >
                {body}
              </a>
            ) : (
              <g key={item.key} role="img" aria-label={label} className="atlas-item" tabIndex={0}>
                {body}
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption className="atlas-credit">{t('credit')}</figcaption>
    </figure>
  );
}
