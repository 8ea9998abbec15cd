/**
 * The registry through which mounted panels offer their exports (to their Export menu and the
 * briefing pack): replacing, withdrawing, the page's order, notifying, and waiting for panels that
 * have not loaded yet (fake timers for the timeout, so no test waits on the clock).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  exportOffers,
  imageExportOffer,
  missingPanels,
  registerExportOffer,
  subscribeExportOffers,
  whenPanelsOffer,
} from '../../src/export/export-registry';
import type { ExportOffer } from '../../src/export/export-registry';
import { fixtureInput } from './export-fixture';

const withdrawals: (() => void)[] = [];
afterEach(() => {
  for (const withdraw of withdrawals.splice(0)) withdraw();
  vi.useRealTimers();
});

function image(panel: string, order = 0): ExportOffer {
  return {
    kind: 'image',
    panel,
    order,
    label: `the ${panel}`,
    name: { dataset: 'published', panel, metric: null, period: null, offices: [] },
    buildInput: () => fixtureInput(),
  };
}

function table(panel: string, order: number): ExportOffer {
  return { kind: 'table', panel, order, label: `table ${String(order)}`, build: () => ({ fileName: `t${String(order)}.csv`, text: 'a\r\n' }) };
}

const offer = (exportOffer: ExportOffer): ExportOffer => {
  withdrawals.push(registerExportOffer(exportOffer));
  return exportOffer;
};

describe('the export registry', () => {
  it('lists contributions in the page order given, then by their order within a panel', () => {
    offer(table('breakdown', 1));
    offer(image('office-map'));
    offer(table('breakdown', 0));
    offer(image('trends'));
    offer(image('elsewhere'));
    const order = ['trends', 'office-map', 'breakdown'];
    expect(exportOffers(order).map((c) => `${c.panel}#${String(c.order)}`)).toEqual([
      'trends#0',
      'office-map#0',
      'breakdown#0',
      'breakdown#1',
      'elsewhere#0',
    ]);
  });

  it('replaces an offer under the same panel and order, and a stale withdrawal leaves the new one', () => {
    const withdrawFirst = registerExportOffer(image('trends'));
    const second = offer(image('trends'));
    withdrawFirst();
    expect(exportOffers()).toEqual([second]);
  });

  it('finds a panel’s chart offer, the same object until replaced, and tells subscribers of each change', () => {
    const changes: string[] = [];
    const unsubscribe = subscribeExportOffers(() => changes.push(imageExportOffer('trends')?.label ?? 'none'));
    offer(table('trends', 1));
    const chart = offer(image('trends'));
    expect(imageExportOffer('trends')).toBe(chart);
    expect(imageExportOffer('trends')).toBe(imageExportOffer('trends'));
    expect(imageExportOffer('office-map')).toBeUndefined();
    unsubscribe();
    offer(image('office-map'));
    expect(changes).toEqual(['none', 'the trends']);
  });

  it('forgets a panel once it withdraws (unmounted)', () => {
    const withdraw = registerExportOffer(image('trends'));
    expect(missingPanels(['trends', 'office-map'])).toEqual(['office-map']);
    withdraw();
    expect(missingPanels(['trends', 'office-map'])).toEqual(['trends', 'office-map']);
    expect(exportOffers()).toEqual([]);
  });

  it('waits for the expected panels and resolves as soon as the last one registers', async () => {
    offer(image('trends'));
    const waiting = whenPanelsOffer(['trends', 'office-map'], 10_000);
    offer(image('office-map'));
    await expect(waiting).resolves.toEqual([]);
    await expect(whenPanelsOffer(['trends'], 10_000)).resolves.toEqual([]);
  });

  it('gives up after the timeout and names the panels still missing', async () => {
    vi.useFakeTimers();
    offer(image('trends'));
    const waiting = whenPanelsOffer(['trends', 'office-map', 'breakdown'], 10_000);
    offer(table('breakdown', 0));
    await vi.advanceTimersByTimeAsync(9_999);
    let settled = false;
    void waiting.then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(waiting).resolves.toEqual(['office-map']);
  });
});
