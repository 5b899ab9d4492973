import { sectorStyle, symbolPath } from '@/lib/sectors';

/** A legend of sector symbols: shape, colour and name together. */
export function SectorLegend({
  sectors,
  title,
}: {
  sectors: { value: string; label: string; count?: number }[];
  title: string;
}) {
  return (
    <div className="legend">
      <p className="legend-title">{title}</p>
      <ul className="legend-list">
        {sectors.map((s) => {
          const { color, shape } = sectorStyle(s.value);
          return (
            <li key={s.value}>
              <SectorSymbol shape={shape} color={color} />
              <span>{s.label}</span>
              {s.count !== undefined && <span className="legend-count">{s.count}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function SectorSymbol({
  shape,
  color,
  size = 14,
}: {
  shape: Parameters<typeof symbolPath>[0];
  color: string;
  size?: number;
}) {
  return (
    <svg width={size} height={size} viewBox="-8 -8 16 16" aria-hidden="true" className="symbol">
      <path d={symbolPath(shape, 5.5)} style={{ fill: color }} className="atlas-symbol" />
    </svg>
  );
}
