/**
 * How each sector looks on maps and legends: a colour AND a shape, so that colour is never the only
 * carrier of meaning. Colours are mid-tone so they read on light and dark backgrounds.
 */
export type Shape =
  | 'circle'
  | 'square'
  | 'diamond'
  | 'triangle'
  | 'triangle-down'
  | 'plus'
  | 'star'
  | 'hexagon';

export const SECTOR_STYLE: Record<string, { color: string; shape: Shape }> = {
  energy: { color: '#d97706', shape: 'circle' },
  transport: { color: '#2563eb', shape: 'square' },
  logistics: { color: '#0d9488', shape: 'diamond' },
  industry: { color: '#7c3aed', shape: 'triangle' },
  mining: { color: '#a16207', shape: 'triangle-down' },
  agriculture: { color: '#16a34a', shape: 'plus' },
  digital: { color: '#db2777', shape: 'star' },
  finance: { color: '#0891b2', shape: 'hexagon' },
  education: { color: '#dc2626', shape: 'circle' },
  culture: { color: '#c026d3', shape: 'square' },
  science: { color: '#4f46e5', shape: 'diamond' },
  aerospace: { color: '#475569', shape: 'triangle' },
  health: { color: '#e11d48', shape: 'plus' },
  tourism: { color: '#65a30d', shape: 'star' },
  other: { color: '#6b7280', shape: 'hexagon' },
};

export const sectorStyle = (sector: string) =>
  SECTOR_STYLE[sector] ?? { color: '#6b7280', shape: 'circle' as Shape };

/** SVG path of a symbol of radius r centred on (0, 0). */
export function symbolPath(shape: Shape, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case 'circle':
      return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square': {
      const s = r * 0.88;
      return `M${f(-s)},${f(-s)}H${f(s)}V${f(s)}H${f(-s)}Z`;
    }
    case 'diamond':
      return `M0,${f(-r * 1.2)}L${f(r * 1.2)},0L0,${f(r * 1.2)}L${f(-r * 1.2)},0Z`;
    case 'triangle':
      return `M0,${f(-r * 1.15)}L${f(r * 1.1)},${f(r * 0.85)}H${f(-r * 1.1)}Z`;
    case 'triangle-down':
      return `M0,${f(r * 1.15)}L${f(r * 1.1)},${f(-r * 0.85)}H${f(-r * 1.1)}Z`;
    case 'plus': {
      const a = r * 0.4;
      const b = r * 1.1;
      return `M${f(-a)},${f(-b)}H${f(a)}V${f(-a)}H${f(b)}V${f(a)}H${f(a)}V${f(b)}H${f(-a)}V${f(a)}H${f(-b)}V${f(-a)}H${f(-a)}Z`;
    }
    case 'star': {
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const rad = i % 2 === 0 ? r * 1.25 : r * 0.55;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        pts.push(`${f(rad * Math.cos(a))},${f(rad * Math.sin(a))}`);
      }
      return `M${pts.join('L')}Z`;
    }
    case 'hexagon': {
      const pts: string[] = [];
      for (let i = 0; i < 6; i++) {
        const a = (Math.PI / 3) * i;
        pts.push(`${f(r * Math.cos(a))},${f(r * Math.sin(a))}`);
      }
      return `M${pts.join('L')}Z`;
    }
  }
}
