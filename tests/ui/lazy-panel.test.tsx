import { act, render, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { LazyPanel } from '../../src/ui/lazy-panel';

/** A panel module whose loading the test finishes by hand. */
function deferredPanel(text: string) {
  let finish: () => void = () => undefined;
  const loaded = new Promise<ComponentType>((resolve) => {
    finish = () => resolve(() => <p>{text}</p>);
  });
  return { load: () => loaded, finish };
}

describe('LazyPanel', () => {
  it('reveals the panels that load at the same time together, once the last has loaded', async () => {
    const trends = deferredPanel('trends drawn');
    const map = deferredPanel('map drawn');
    render(
      <>
        <LazyPanel load={trends.load} skeleton={<p>trends loading</p>} loadMargin="0px" />
        <LazyPanel load={map.load} skeleton={<p>map loading</p>} loadMargin="0px" />
      </>,
    );
    await act(async () => {
      trends.finish();
      await Promise.resolve();
    });
    // The trends' code is in, but they wait for the map: one commit, one layout and paint for both.
    expect(screen.getByText('trends loading')).toBeInTheDocument();
    await act(async () => {
      map.finish();
      await Promise.resolve();
    });
    expect(await screen.findByText('trends drawn')).toBeInTheDocument();
    expect(screen.getByText('map drawn')).toBeInTheDocument();
  });

  it('reveals a panel that loads alone as soon as its code is in', async () => {
    const tables = deferredPanel('tables drawn');
    render(<LazyPanel load={tables.load} skeleton={<p>tables loading</p>} loadMargin="0px" />);
    await act(async () => {
      tables.finish();
      await Promise.resolve();
    });
    expect(await screen.findByText('tables drawn')).toBeInTheDocument();
  });
});
