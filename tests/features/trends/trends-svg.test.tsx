// @vitest-environment node
/**
 * SVG snapshots of the trends marks on fixed data and sizes (__snapshots__/trends-marks-*.svg): a
 * review of the drawing as a whole (what the layout tests cannot see: element order, attributes,
 * encodings). Regenerate with `npx vitest run --project unit tests/features/trends -u` after an
 * intended change, and read the diff.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, it } from 'vitest';
import type { Dataset } from '../../../src/data/types';
import type { RequestPatch } from '../../fixtures/view';
import { TrendMarks } from '../../../src/features/trends/trend-marks';
import { trendLayout } from '../../../src/features/trends/trends-layout';
import { loadCommittedDataset } from '../../published/committed-package';
import { miniDataset } from '../../fixtures/mini-dataset';
import { viewFor } from '../../fixtures/trends-view';
import { expectSvgSnapshot } from '../../support/svg-snapshot';

function svgFor(dataset: Dataset, input: RequestPatch, width: number, shown: string | null = null) {
  const view = viewFor(dataset, input);
  const focus = view.focus?.id ?? null;
  const layout = trendLayout({
    years: view.years,
    points: view.national.series.points,
    breaks: view.national.series.breaks.map((change, i) => ({ change, number: i + 1 })),
    width,
    height: 300 + view.scale.length * 30,
    sharedMax: null,
    focusEditionId: focus,
    scaleRows: view.scale,
    colour: '#0072B2',
  });
  // Rendered to markup in Node (no DOM needed: the marks are stateless), as an export would be.
  return renderToStaticMarkup(
    <TrendMarks layout={layout} focusEditionId={focus} shownEditionId={shown} />,
  );
}

describe('trends SVG snapshots', () => {
  it('mini dataset, minor victims, 556 px: two editions in 2008, gaps, a wording change', async () => {
    await expectSvgSnapshot(svgFor(miniDataset(), {}, 556, 'III'), 'trends-marks-mini-556');
  });

  it('mini dataset, all victims, 156 px: dashes for not reported, upright "200+"', async () => {
    await expectSvgSnapshot(svgFor(miniDataset(), { metric: 'total-victims' }, 156), 'trends-marks-mini-all-victims-156');
  });

  it('published minor victims, 1000 px, with the scale of each edition', async () => {
    await expectSvgSnapshot(svgFor(loadCommittedDataset(), {}, 1000), 'trends-marks-published-1000');
  });
});
