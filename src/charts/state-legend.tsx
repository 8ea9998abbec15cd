import type { ValueState } from '../domain/value-state';
import { VALUE_STATE_LABEL } from '../domain/value-state';
import { markEncoding } from './theme';
import { ValueStatePatterns } from './value-state-patterns';

/** The legend of value states a view shows: swatch (same encoding as the marks) and its name. */
export function StateLegend({ states, colour }: { states: readonly ValueState[]; colour: string }) {
  return (
    <ul className="state-legend" aria-label="How values are drawn">
      {states.map((state) => {
        const enc = markEncoding(state, colour);
        return (
          <li key={state} className="state-legend__item">
            <svg width="18" height="14" aria-hidden="true" focusable="false">
              {state === 'synthetic' ? <ValueStatePatterns /> : null}
              <rect
                x="1"
                y="1"
                width="16"
                height="12"
                {...enc}
              />
            </svg>
            <span>{VALUE_STATE_LABEL[state]}</span>
          </li>
        );
      })}
    </ul>
  );
}
