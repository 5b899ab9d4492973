import { baseMap, MAP_HEIGHT, MAP_WIDTH } from '@/lib/geo';

export const dynamic = 'force-static';

/**
 * The countries under every map, as one static SVG that each page references (an <image>), so that the
 * ~75 KB of borders are downloaded and cached once instead of being repeated in every page. It follows the
 * reader's colour scheme with its own media query.
 */
export function GET() {
  const { countries } = baseMap();
  const cls = (code?: string) => (code === 'KZ' ? 'kz' : code === 'CN' ? 'cn' : 'land');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}">
<style>
.water{fill:#e4edf0}path{stroke:#b9b6ad;stroke-width:.6;stroke-linejoin:round}.land{fill:#ecebe6}.kz{fill:#f6e9c9;stroke-width:1.2}.cn{fill:#f3dcd6;stroke-width:1.2}
@media (prefers-color-scheme: dark){.water{fill:#17242b}path{stroke:#4a4f57}.land{fill:#262a30}.kz{fill:#3d3624}.cn{fill:#3f2c2a}}
</style>
<rect class="water" width="${MAP_WIDTH}" height="${MAP_HEIGHT}"/>
${countries.map((c) => `<path class="${cls(c.code)}" d="${c.d}"/>`).join('\n')}
</svg>
`;
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
}
