import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PanelVisibilityProvider, useDeferredWhenHidden } from '../../src/ui/panel-visibility';

function Shown({ edition }: { edition: string }) {
  return <p data-testid="shown">{useDeferredWhenHidden(edition)}</p>;
}

function Page({ edition, visible }: { edition: string; visible: boolean }) {
  return (
    <PanelVisibilityProvider visible={visible}>
      <Shown edition={edition} />
    </PanelVisibilityProvider>
  );
}

const shown = () => screen.getByTestId('shown').textContent;

describe('useDeferredWhenHidden: panels outside the viewport', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes every change at once while the panel is on screen', () => {
    const { rerender } = render(<Page edition="XII" visible />);
    rerender(<Page edition="XIII" visible />);
    expect(shown()).toBe('XIII');
  });

  it('holds what it showed off screen and catches up once the view has been unchanged for 250 ms', () => {
    const { rerender } = render(<Page edition="XI" visible={false} />);
    expect(shown()).toBe('XI');
    rerender(<Page edition="XII" visible={false} />);
    act(() => vi.advanceTimersByTime(200));
    rerender(<Page edition="XIII" visible={false} />);
    // The first change's wait was cancelled by the second: a reader stepping through editions pays
    // for the panels below the fold once, when they stop.
    act(() => vi.advanceTimersByTime(200));
    expect(shown()).toBe('XI');
    act(() => vi.advanceTimersByTime(50));
    expect(shown()).toBe('XIII');
  });

  it('catches up at the first scroll, before the panel can scroll into view', () => {
    const { rerender } = render(<Page edition="XII" visible={false} />);
    rerender(<Page edition="XIII" visible={false} />);
    expect(shown()).toBe('XII');
    act(() => {
      window.dispatchEvent(new Event('scroll'));
    });
    expect(shown()).toBe('XIII');
  });

  it('shows the current value as soon as the panel enters the viewport, and holds it when it leaves', () => {
    const { rerender } = render(<Page edition="XII" visible={false} />);
    rerender(<Page edition="XIII" visible={false} />);
    rerender(<Page edition="XIII" visible />);
    expect(shown()).toBe('XIII');
    rerender(<Page edition="XIII" visible={false} />);
    rerender(<Page edition="XI" visible={false} />);
    expect(shown()).toBe('XIII');
  });

  it('shows every panel current while the page prints', () => {
    const { rerender } = render(<Page edition="XII" visible={false} />);
    rerender(<Page edition="XIII" visible={false} />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(shown()).toBe('XIII');
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
  });
});
