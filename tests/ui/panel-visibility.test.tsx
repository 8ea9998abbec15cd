import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PanelVisibilityProvider, useHeldWhenOffScreen } from '../../src/ui/panel-visibility';

/** Editions are held; a change of dataset ("sample/XIII" → "published/XIII") is not. */
const sameDataset = (shown: string, next: string) => shown.split('/')[0] === next.split('/')[0];

function Shown({ edition }: { edition: string }) {
  return <p data-testid="shown">{useHeldWhenOffScreen(edition, sameDataset)}</p>;
}

function Page({ edition, visible }: { edition: string; visible: boolean }) {
  return (
    <PanelVisibilityProvider visible={visible}>
      <Shown edition={edition} />
    </PanelVisibilityProvider>
  );
}

const shown = () => screen.getByTestId('shown').textContent;

describe('useHeldWhenOffScreen: panels outside the viewport', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes every change at once while the panel is on screen', () => {
    const { rerender } = render(<Page edition="sample/XII" visible />);
    rerender(<Page edition="sample/XIII" visible />);
    expect(shown()).toBe('sample/XIII');
  });

  it('holds what it showed off screen and catches up once the view has been unchanged for 250 ms', () => {
    const { rerender } = render(<Page edition="sample/XI" visible={false} />);
    expect(shown()).toBe('sample/XI');
    rerender(<Page edition="sample/XII" visible={false} />);
    act(() => {
      vi.advanceTimersByTime(200);
    });
    rerender(<Page edition="sample/XIII" visible={false} />);
    // The first change's wait was cancelled by the second: a reader stepping through editions pays
    // for the panels below the fold once, when they stop.
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(shown()).toBe('sample/XI');
    act(() => {
      vi.advanceTimersByTime(50);
    });
    expect(shown()).toBe('sample/XIII');
  });

  it('catches up at the first scroll, before the panel can scroll into view', () => {
    const { rerender } = render(<Page edition="sample/XII" visible={false} />);
    rerender(<Page edition="sample/XIII" visible={false} />);
    expect(shown()).toBe('sample/XII');
    act(() => {
      window.dispatchEvent(new Event('scroll'));
    });
    expect(shown()).toBe('sample/XIII');
  });

  it('shows the current value as soon as the panel enters the viewport, and holds it when it leaves', () => {
    const { rerender } = render(<Page edition="sample/XII" visible={false} />);
    rerender(<Page edition="sample/XIII" visible={false} />);
    rerender(<Page edition="sample/XIII" visible />);
    expect(shown()).toBe('sample/XIII');
    rerender(<Page edition="sample/XIII" visible={false} />);
    rerender(<Page edition="sample/XI" visible={false} />);
    expect(shown()).toBe('sample/XIII');
  });

  it('takes a change that may not be held (another dataset) at once, off screen too', () => {
    const { rerender } = render(<Page edition="sample/XII" visible={false} />);
    rerender(<Page edition="sample/XIII" visible={false} />);
    expect(shown()).toBe('sample/XII');
    rerender(<Page edition="published/XIII" visible={false} />);
    expect(shown()).toBe('published/XIII');
  });

  it('shows every panel current while the page prints', () => {
    const { rerender } = render(<Page edition="sample/XII" visible={false} />);
    rerender(<Page edition="sample/XIII" visible={false} />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(shown()).toBe('sample/XIII');
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
  });
});
