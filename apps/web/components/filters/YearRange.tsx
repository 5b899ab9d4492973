export interface YearRangeValue {
  from?: number;
  to?: number;
}

interface Props {
  years: number[];
  value: YearRangeValue;
  labels: { from: string; to: string; any: string };
  /** The new range; an end set to "any" is absent (never present as undefined). */
  onChange: (range: YearRangeValue) => void;
  /** Form field names, for the filter forms that also work as plain GET forms. */
  names?: { from: string; to: string };
}

/** "From" and "to" year selects, each with an "any" choice: the year filter of the projects and the timeline. */
export function YearRange({ years, value, labels, onChange, names }: Props) {
  const select = (end: 'from' | 'to') => (
    <label>
      <span>{labels[end]}</span>
      <select
        name={names?.[end]}
        value={value[end] ?? ''}
        onChange={(e) => {
          const other = end === 'from' ? 'to' : 'from';
          const range: YearRangeValue = {};
          if (value[other] !== undefined) range[other] = value[other];
          if (e.target.value) range[end] = Number(e.target.value);
          onChange(range);
        }}
      >
        <option value="">{labels.any}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="year-range">
      {select('from')}
      {select('to')}
    </div>
  );
}
