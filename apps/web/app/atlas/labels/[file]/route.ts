import { LOCALES } from '@/i18n/routing';
import { MAP_HEIGHT, MAP_WIDTH } from '@/lib/geo';
import { COUNTRY_LABELS } from '@/lib/geo-frame';
import { countryName } from '@/lib/i18n-helpers';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ file: `${locale}.svg` }));
}

const esc = (s: string) =>
  s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] as string);

/**
 * The country names over every map in one language, drawn over /atlas/base.svg as a second cached image:
 * they are decoration (the map's points and corridors carry its meaning), so a page need not carry them in
 * its markup and again in its props. Names come from the build's full ICU data (Chromium has no Kazakh).
 */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const locale = (await params).file.replace(/\.svg$/, '');
  const labels = COUNTRY_LABELS.map(({ code, x, y }) => {
    const major = code === 'KZ' || code === 'CN';
    return `<text x="${x}" y="${y}"${major ? ' class="major"' : ''}>${esc(countryName(code, locale))}</text>`;
  }).join('\n');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}">
<style>
text{fill:#5f6368;font:12px system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",sans-serif;text-anchor:middle;letter-spacing:.12em;text-transform:uppercase}
.major{fill:#4a4d52;font-size:15px;font-weight:700}
@media (prefers-color-scheme: dark){text{fill:#a7a49c}.major{fill:#c9c6bf}}
</style>
${labels}
</svg>
`;
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
}
