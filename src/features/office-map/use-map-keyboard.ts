/**
 * Keyboard use of the map, which is one tab stop (a listbox whose options are the offices, with
 * aria-activedescendant): arrows move to the nearest office in that direction, Home/End to the
 * westernmost/easternmost, Enter or Space toggles the office in the selection, Escape clears the
 * selection, + / − / 0 zoom. Tab leaves the map.
 */
import { useCallback, useMemo, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import { neighbourInDirection, westToEast } from './layout/navigation';
import type { Direction, NavPoint } from './layout/navigation';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export interface MapKeyboardOptions {
  points: readonly NavPoint[];
  selected: readonly string[];
  onToggle: (id: string) => void;
  onClear: () => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onZoomReset: () => void;
  /** Called after the keyboard moves to an office (the map pans to it when it is off screen). */
  onMove: (id: string) => void;
}

export interface MapKeyboard {
  activeId: string | null;
  focused: boolean;
  setActiveId: (id: string) => void;
  onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
  onFocus: (event: FocusEvent<SVGSVGElement>) => void;
  onBlur: (event: FocusEvent<SVGSVGElement>) => void;
}

export function useMapKeyboard(options: MapKeyboardOptions): MapKeyboard {
  const { points, selected, onToggle, onClear, onZoomIn, onZoomOut, onZoomReset, onMove } = options;
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const order = useMemo(() => westToEast(points), [points]);
  // An office of another dataset (or one no longer placed) is not a place to stand on.
  const current = activeId !== null && order.includes(activeId) ? activeId : null;

  const moveTo = useCallback(
    (id: string | null | undefined) => {
      if (!id) return;
      setActiveId(id);
      onMove(id);
    },
    [onMove],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGSVGElement>) => {
      const direction = ARROWS[event.key];
      const from = current ?? order[0] ?? null;
      let handled = true;
      if (direction) {
        moveTo(from === current && from ? (neighbourInDirection(points, from, direction) ?? from) : from);
      } else if (event.key === 'Home') moveTo(order[0]);
      else if (event.key === 'End') moveTo(order.at(-1));
      else if ((event.key === 'Enter' || event.key === ' ') && from) {
        setActiveId(from);
        onToggle(from);
      } else if (event.key === 'Escape') onClear();
      else if (event.key === '+' || event.key === '=') onZoomIn();
      else if (event.key === '-') onZoomOut();
      else if (event.key === '0') onZoomReset();
      else handled = false;
      if (handled) event.preventDefault();
    },
    [current, order, points, moveTo, onToggle, onClear, onZoomIn, onZoomOut, onZoomReset],
  );

  const onFocus = useCallback(() => {
    setFocused(true);
    // Entering the map lands on the office last used, else the last one selected, else the west.
    if (current === null) {
      const lastSelected = [...selected].reverse().find((id) => order.includes(id));
      setActiveId(lastSelected ?? order[0] ?? null);
    }
  }, [current, selected, order]);

  const onBlur = useCallback(() => setFocused(false), []);

  return { activeId: current, focused, setActiveId, onKeyDown, onFocus, onBlur };
}
