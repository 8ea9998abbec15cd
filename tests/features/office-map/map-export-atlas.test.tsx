// @vitest-environment node
/**
 * The map export over the real us-atlas outlines on the published package: the outlines carried
 * onto the export's size with the same fit as the symbols, strokes kept thin by dividing by the
 * scale, and every one of the 56 offices drawn, whatever the zoom on screen.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseStateOutlines } from '../../../src/api/outlines-query';
import { indexDataset } from '../../../src/domain/dataset-index';
import { mapModelFor } from '../../fixtures/view';
import { basemapFit } from '../../../src/features/office-map/layout/basemap';
import { MAP_EXPORT_WIDTH, mapExportInput, mapExportSpec } from '../../../src/features/office-map/map-export';
import { mapExportLayout } from '../../../src/features/office-map/map-export-layout';
import { loadCommittedDataset } from '../../published/committed-package';

const OUTLINES_FILE = fileURLToPath(new URL('../../../src/api/state-outlines.json', import.meta.url));

describe('the map export with the real outlines', () => {
  const basemap = parseStateOutlines(readFileSync(OUTLINES_FILE, 'utf8'), 'state-outlines.json');
  const index = indexDataset(loadCommittedDataset());
  const model = mapModelFor(index, { edition: 'XIII' });
  const input = mapExportInput(model, { index, basemap, selectedIds: [], viewUrl: '' });
  const size = { width: MAP_EXPORT_WIDTH, height: input.chart.height };
  const markup = renderToStaticMarkup(<svg>{input.chart.draw(size)}</svg>);

  it('draws the land, the borders and the inset frames with the symbols’ own fit', () => {
    const fit = basemapFit(mapExportLayout(mapExportSpec(model), size).symbols.frame);
    const r4 = (value: number): number => Number(value.toFixed(4));
    const r6 = (value: number): number => Number(value.toFixed(6));
    expect(markup).toContain(`transform="translate(${r4(fit.x)} ${r4(fit.y)}) scale(${r6(fit.k)})"`);
    const paths = [...markup.matchAll(/<path d="([^"]*)" fill="([^"]*)" stroke="([^"]*)" stroke-width="([^"]*)"/g)];
    expect(paths.map((p) => [p[1] === basemap.land || p[1] === basemap.borders || p[1] === basemap.insetFrames, p[2], p[3]])).toEqual([
      [true, '#f0f0f0', '#a9aeb1'],
      [true, 'none', '#a9aeb1'],
      [true, 'none', '#a9aeb1'],
    ]);
    // Frames for Alaska, Hawaii and Puerto Rico only: none for Guam and Samoa, where no office is.
    expect(paths[2]?.[1]?.match(/m/g)).toHaveLength(3);
    // 0.75 px on the page, whatever the scale: the stroke width is divided by it.
    expect(Number(paths[0]?.[4]) * fit.k).toBeCloseTo(0.75, 3);
    expect(markup).not.toContain('vector-effect');
    expect(markup).not.toContain('class=');
  });

  it('draws all 56 offices', () => {
    expect(markup.match(/data-office-id=/g)).toHaveLength(56);
    expect(markup.match(/data-state="reported"/g)).toHaveLength(3);
  });
});
