import { markEncoding } from '../../charts/theme';
import type { Metric } from '../../data/types';
import { formatCount } from '../../domain/format';
import type { ValueState } from '../../domain/value-state';
import { VALUE_STATE_LABEL } from '../../domain/value-state';
import type { SizeReference } from './layout/symbols';
import { NOT_REPORTED_RADIUS, ZERO_RADIUS } from './layout/symbols';
import { SYMBOL_COLOUR } from './office-symbol';

const SWATCH = 18;

/** Labels of the size key sit at least this far apart, however small the circles are on a phone. */
const LABEL_SPACING = 13;

/**
 * Size key: nested reference circles drawn with the map's own scale, bottoms aligned, each labelled
 * at its top (labels pushed apart where small circles would make them collide).
 */
function SizeKey({ references, metric }: { references: readonly SizeReference[]; metric: Metric }) {
  const largest = references[0]?.r ?? 0;
  const labelX = 2 * largest + 12;
  const base = Math.max(2 * largest + 2, LABEL_SPACING * references.length);
  const rows = references.reduce<{ value: number; r: number; top: number; labelY: number }[]>((placed, ref) => {
    const top = base - 2 * ref.r;
    const previous = placed.at(-1);
    placed.push({ ...ref, top, labelY: Math.max(top, previous ? previous.labelY + LABEL_SPACING : top, 6) });
    return placed;
  }, []);
  const height = Math.max(base + 2, (rows.at(-1)?.labelY ?? 0) + 8);
  const text = `Circle area shows ${metric.shortLabel.toLowerCase()}: reference circles for ${references
    .map((ref) => formatCount(ref.value))
    .join(', ')}`;
  return (
    <figure className="office-map__size-key">
      <svg width={labelX + 48} height={height} role="img" aria-label={text}>
        {rows.map((row) => (
          <g key={row.value}>
            <circle cx={largest + 2} cy={row.top + row.r} r={row.r} className="office-map__size-ref" />
            <polyline
              points={`${largest + 2},${row.top} ${labelX - 8},${row.top} ${labelX - 4},${row.labelY}`}
              className="office-map__size-tick"
            />
            <text x={labelX} y={row.labelY} dominantBaseline="middle" className="office-map__size-label">
              {formatCount(row.value)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>{metric.shortLabel}, by circle area</figcaption>
    </figure>
  );
}

function stateRadius(state: ValueState): number {
  if (state === 'not-reported') return NOT_REPORTED_RADIUS;
  if (state === 'zero') return ZERO_RADIUS;
  return 6.5;
}

/**
 * The map's legend: the size key and one swatch per value state shown, drawn like the symbols (the
 * synthetic hatch is the pattern defined once in the map's own <svg>).
 */
export function MapLegend({
  references,
  metric,
  states,
}: {
  references: readonly SizeReference[];
  metric: Metric;
  states: readonly ValueState[];
}) {
  return (
    <div className="office-map__legend">
      {references.length > 0 ? (
        <SizeKey references={references} metric={metric} />
      ) : (
        <p className="office-map__no-size">
          No field office has a figure for this metric and edition: every office is drawn as a marker
          (the national figure is in the headline).
        </p>
      )}
      <ul className="office-map__state-key" aria-label="How offices are drawn">
        {states.map((state) => {
          const enc = markEncoding(state, SYMBOL_COLOUR);
          return (
            <li key={state} className="office-map__state-item" data-state={state}>
              <svg width={SWATCH} height={SWATCH} aria-hidden="true" focusable="false">
                <circle
                  className="office-symbol__mark"
                  cx={SWATCH / 2}
                  cy={SWATCH / 2}
                  r={stateRadius(state)}
                  {...enc}
                />
              </svg>
              <span>{VALUE_STATE_LABEL[state]}</span>
            </li>
          );
        })}
        {states.includes('approximate') ? (
          <li className="office-map__state-note">Approximate values are drawn at their published bound (“200+” as 200).</li>
        ) : null}
      </ul>
    </div>
  );
}
