import { useTranslations } from 'next-intl';
import { MAP_HEIGHT, MAP_WIDTH } from '@/lib/geo-frame';
import { recordHref } from '@/lib/links';
import type { MapItem } from '@/lib/map-items';
import { type PageKit, usePageKit } from '@/lib/page-kit';
import { sectorStyle, symbolPath } from '@/lib/sectors';

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
  /** Sector labels, named after an item on hover and focus when it has no `detail` of its own. */
  sectorLabels?: Record<string, string>;
}

/** What the markup needs of an item beyond its data: its link and the words after its name. */
interface Drawn {
  item: MapItem;
  href: string | undefined;
  label: string;
}

/** Escapes text and attribute values for the SVG markup below. */
const esc = (s: string | number) =>
  String(s).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
  );

/** `name="value"` pairs, skipping absent values. */
const attrs = (a: Record<string, string | number | undefined>) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(v as string | number)}"`)
    .join('');

/** An item as a link to its record, or as a named graphic when it has no page. */
function itemMarkup({ item, href, label }: Drawn, body: string, focusable: boolean): string {
  return href
    ? `<a${attrs({ href, 'aria-label': label, class: 'atlas-item', 'data-project': item.projectId })}>${body}</a>`
    : `<g${attrs({ role: 'img', 'aria-label': label, class: 'atlas-item', tabindex: focusable ? 0 : undefined })}>${body}</g>`;
}

function lineMarkup(kit: PageKit, drawn: Drawn): string {
  const { item } = drawn;
  const line = item.line as [number, number][];
  const d = kit.line(line);
  if (!d) return '';
  const { color } = sectorStyle(item.sector);
  // The name shows at the first vertex of the line that lies inside the frame.
  const anchor = line
    .map(([lon, lat]) => kit.project(lon, lat))
    .find((p): p is [number, number] => p !== undefined);
  const flip = anchor ? anchor[0] > MAP_WIDTH - 220 : false;
  const text = anchor
    ? `<text${attrs({
        x: flip ? anchor[0] - 8 : anchor[0] + 8,
        y: anchor[1] - 8,
        'text-anchor': flip ? 'end' : 'start',
        class: 'atlas-label',
        'aria-hidden': 'true',
      })}>${esc(item.name)}</text>`
    : '';
  const body = `<path${attrs({ d, class: 'atlas-line-hit' })}/><path${attrs({ d, class: 'atlas-line', style: `stroke:${color}` })}/>${text}`;
  return itemMarkup(drawn, body, false);
}

function pointMarkup(kit: PageKit, drawn: Drawn, showPrecision: boolean): string {
  const { item } = drawn;
  const [lon, lat] = item.point as [number, number];
  const xy = kit.project(lon, lat);
  if (!xy) return '';
  const [x, y] = xy;
  const { color, shape } = sectorStyle(item.sector);
  const ring = showPrecision ? (PRECISION_RING[item.precision ?? 'exact'] ?? 0) : 0;
  const flip = x > MAP_WIDTH - 220;
  const body = [
    ring > 0
      ? `<circle${attrs({ cx: x, cy: y, r: ring, class: 'atlas-ring', style: `stroke:${color}` })}/>`
      : '',
    `<circle${attrs({ cx: x, cy: y, r: 11, class: 'atlas-hit' })}/>`,
    `<path${attrs({ d: symbolPath(shape, 5.5), transform: `translate(${x} ${y})`, class: 'atlas-symbol', style: `fill:${color}` })}/>`,
    `<text${attrs({
      x: flip ? x - 10 : x + 10,
      y: y + 4,
      'text-anchor': flip ? 'end' : 'start',
      class: 'atlas-label',
      'aria-hidden': 'true',
    })}>${esc(item.name)}</text>`,
  ].join('');
  return itemMarkup(drawn, body, true);
}

/**
 * The atlas: a server-rendered SVG of Kazakhstan and western China with the dataset's points and
 * corridors. Every item is a link, reachable by keyboard, whose name shows on hover and focus.
 * The map never changes after the server draws it (the projects page only toggles classes on its items),
 * so its contents go out as one markup string: React then hydrates one element instead of hundreds.
 */
export function AtlasMap({ items, title, showPrecision = false, id = 'map', sectorLabels }: Props) {
  const t = useTranslations('map');
  const kit = usePageKit();
  const drawn = (item: MapItem): Drawn => {
    const detail = item.detail ?? sectorLabels?.[item.sector];
    return {
      item,
      href: item.projectId ? recordHref(kit.locale, 'projects', item.projectId) : undefined,
      label: detail ? `${item.name} (${detail})` : item.name,
    };
  };
  // Borders and country names come from cached files (/atlas/base.svg, /atlas/labels/{locale}.svg); only data is inline.
  const titleId = `${id}-title`;
  const markup = [
    `<title${attrs({ id: titleId })}>${esc(title)}</title>`,
    `<image${attrs({ href: '/atlas/base.svg', width: MAP_WIDTH, height: MAP_HEIGHT, 'aria-hidden': 'true', class: 'atlas-base' })}/>`,
    // Country names: one cached image per language (decoration, hidden from assistive technology).
    `<image${attrs({ href: `/atlas/labels/${kit.locale}.svg`, width: MAP_WIDTH, height: MAP_HEIGHT, 'aria-hidden': 'true', class: 'atlas-labels' })}/>`,
    '<g class="atlas-lines">',
    ...items.filter((i) => i.line && i.line.length > 1).map((i) => lineMarkup(kit, drawn(i))),
    '</g><g class="atlas-points">',
    ...items.filter((i) => i.point).map((i) => pointMarkup(kit, drawn(i), showPrecision)),
    '</g>',
  ].join('');
  return (
    <figure className={showPrecision ? 'atlas labelled' : 'atlas'}>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        className="atlas-svg"
        role="group"
        aria-labelledby={titleId}
        dangerouslySetInnerHTML={{ __html: markup }}
      />
      <figcaption className="atlas-credit">{t('credit')}</figcaption>
    </figure>
  );
}
