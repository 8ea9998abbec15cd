import { ChartTooltip } from '../../charts/chart-tooltip';
import type { Edition, Metric } from '../../data/types';
import { editionName, formatDate } from '../../domain/format';
import { isSampleValue } from '../../domain/shown-value';
import { VALUE_STATE_LABEL } from '../../domain/value-state';
import type { DisplayedSymbol } from './layout/zoomed';
import { useEffect } from 'react';

export const TOOLTIP_ID = 'office-map-tooltip';

/**
 * Office, value with its qualifier and state, edition and sources, beside the symbol. Shown on hover
 * and while the keyboard is on an office; everything in it is also in the office list below.
 */
export function OfficeTooltip({
  symbol,
  metric,
  edition,
  containerWidth,
}: {
  symbol: DisplayedSymbol;
  metric: Metric;
  edition: Edition;
  containerWidth: number;
}) {
  const { figure } = symbol;
  const flipLeft = symbol.cx > containerWidth / 2;
  return (
    <ChartTooltip
      id={TOOLTIP_ID}
      x={symbol.cx + (flipLeft ? -symbol.r : symbol.r)}
      y={symbol.cy}
      containerWidth={containerWidth}
    >
      <p className="office-tooltip__office">{figure.office.name}</p>
      <p className="office-tooltip__value">
        {metric.shortLabel}: <strong>{figure.display}</strong>
        {figure.state === 'approximate' ? ` (${figure.spoken})` : null}
      </p>
      <p className="office-tooltip__state">
        {VALUE_STATE_LABEL[figure.state]} · {editionName(edition)}
      </p>
      <p className="office-tooltip__sources">
        {figure.sources.length > 0
          ? `Sources: ${figure.sources.map((s) => `${s.id} ${s.outlet}, ${formatDate(s.date)}`).join('; ')}`
          : isSampleValue(figure)
            ? 'Generated sample value: no source'
            : figure.withheld
              ? 'Withheld in release mode'
              : 'No source gave a figure'}
      </p>
    </ChartTooltip>
  );
}

/**
 * While `active`, Escape anywhere calls `dismiss`: a tooltip shown by hover can be put away without
 * moving the pointer (WCAG 1.4.13), even when the keyboard focus is elsewhere on the page.
 */
export function useDismissOnEscape(active: boolean, dismiss: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') dismiss();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active, dismiss]);
}
