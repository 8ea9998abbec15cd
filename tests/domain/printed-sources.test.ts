// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { printedSources } from '../../src/domain/printed-sources';
import { loadCommittedDataset } from '../published/committed-package';
import { resolvedView } from '../fixtures/view';

describe('printedSources: what a printed page cites', () => {
  const dataset = loadCommittedDataset();

  it('cites the cards of the focus edition, the national trend over the years shown and the map, in id order', () => {
    const ids = printedSources(resolvedView(dataset)).map((source) => source.id);
    // Minor victims of OCC I–XIII (national), XIII's seven cards and its office figures.
    expect(ids).toEqual(['S1', 'S4', 'S7', 'S10', 'S11', 'S12', 'S13', 'S16', 'S20', 'S28', 'S33', 'S35', 'S37', 'S40', 'S47', 'S53', 'S62', 'S63', 'S64', 'S65', 'S66']);
  });

  it('cites fewer sources when fewer years are shown', () => {
    const all = printedSources(resolvedView(dataset));
    const recent = printedSources(resolvedView(dataset, { from: 2022 }));
    expect(recent.length).toBeLessThan(all.length);
    expect(recent.map((source) => source.id)).not.toContain('S1');
  });
});
