import type { FocusEvent, KeyboardEvent, RefObject } from 'react';
import type { MapFrame } from './layout/projection';
import type { DisplayedSymbol } from './layout/zoomed';
import { LeaderLines } from './office-marks';
import { OfficeSymbolMark, optionId } from './office-symbol-marks';

export interface MapMarksProps {
  svgRef: RefObject<SVGSVGElement | null>;
  frame: MapFrame;
  symbols: readonly DisplayedSymbol[];
  labels: ReadonlyMap<string, string>;
  selected: ReadonlySet<string>;
  activeId: string | null;
  name: string;
  describedBy: string;
  onToggle: (id: string) => void;
  onPoint: (id: string | null) => void;
  onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
  onFocus: (event: FocusEvent<SVGSVGElement>) => void;
  onBlur: (event: FocusEvent<SVGSVGElement>) => void;
}

/**
 * Stateless: the offices as one focusable listbox over the outlines (BasemapMarks, drawn beneath), with
 * the export's own marks. Leader lines are decoration (aria-hidden); each office is an option. Symbols
 * come largest first, so small ones are on top.
 */
export function MapMarks({
  svgRef,
  frame,
  symbols,
  labels,
  selected,
  activeId,
  name,
  describedBy,
  onToggle,
  onPoint,
  onKeyDown,
  onFocus,
  onBlur,
}: MapMarksProps) {
  return (
    <svg
      ref={svgRef}
      className="office-map__svg"
      width={frame.width}
      height={frame.height}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role="listbox"
      aria-multiselectable="true"
      aria-label={name}
      aria-describedby={describedBy}
      aria-activedescendant={activeId ? optionId(activeId) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      <LeaderLines symbols={symbols} />
      {symbols.map((symbol) => (
        <OfficeSymbolMark
          key={symbol.id}
          symbol={symbol}
          label={labels.get(symbol.id) ?? symbol.figure.office.name}
          selected={selected.has(symbol.id)}
          active={symbol.id === activeId}
          onToggle={onToggle}
          onPoint={onPoint}
        />
      ))}
    </svg>
  );
}
