import { useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';

export interface ChartNavigation {
  /** The edition whose details show: the hovered one, else the one reached by keyboard. */
  shownEditionId: string | null;
  /** True when the shown edition was reached by keyboard (then it is also announced). */
  byKeyboard: boolean;
  handlers: {
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
    onFocus: (event: FocusEvent<HTMLElement>) => void;
    onBlur: () => void;
    onPointerDown: () => void;
  };
  hover: (editionId: string | null) => void;
  choose: (editionId: string) => void;
}

/**
 * Keyboard and pointer interaction of one chart, which is a single tab stop: focus lands on the
 * focus edition (or the last one), Left/Right and Home/End move between editions, Enter or Space
 * (or a click) makes the edition the focus edition, Escape closes the details.
 */
export function useChartNavigation(
  editionIds: readonly string[],
  focusEditionId: string | null,
  onChoose: (editionId: string) => void,
): ChartNavigation {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  // A click also focuses the chart; the details then follow the pointer, not the keyboard.
  const pointerFocus = useRef(false);

  const move = (to: string | undefined): void => {
    if (to !== undefined) setActiveId(to);
  };
  const startId = (): string | undefined =>
    focusEditionId !== null && editionIds.includes(focusEditionId) ? focusEditionId : editionIds.at(-1);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    const current = activeId === null ? -1 : editionIds.indexOf(activeId);
    switch (event.key) {
      case 'ArrowRight':
        move(current < 0 ? startId() : editionIds[Math.min(editionIds.length - 1, current + 1)]);
        break;
      case 'ArrowLeft':
        move(current < 0 ? startId() : editionIds[Math.max(0, current - 1)]);
        break;
      case 'Home':
        move(editionIds[0]);
        break;
      case 'End':
        move(editionIds.at(-1));
        break;
      case 'Enter':
      case ' ':
        if (activeId !== null) onChoose(activeId);
        break;
      case 'Escape':
        if (activeId === null) return;
        setActiveId(null);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const onFocus = (event: FocusEvent<HTMLElement>): void => {
    if (event.target !== event.currentTarget) return;
    if (pointerFocus.current) {
      pointerFocus.current = false;
      return;
    }
    setActiveId(startId() ?? null);
  };

  return {
    shownEditionId: hoveredId ?? activeId,
    byKeyboard: hoveredId === null && activeId !== null,
    handlers: {
      onKeyDown,
      onFocus,
      onBlur: () => {
        pointerFocus.current = false;
        setActiveId(null);
      },
      onPointerDown: () => {
        pointerFocus.current = true;
      },
    },
    hover: setHoveredId,
    choose: onChoose,
  };
}
