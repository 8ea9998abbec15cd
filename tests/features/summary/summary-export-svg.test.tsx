/**
 * The one-page summary as the file a reader gets (summary.svg): the composition serialised by the
 * real serialiser in jsdom, fonts stubbed. One SVG snapshot on the mini dataset
 * (__snapshots__/summary-export-mini.svg, viewable in a browser), then what the file must say. Regenerate
 * with `npx vitest run --project unit tests/features/summary -u` and read the diff.
 */
import { describe, expect, it } from 'vitest';
import { composeExport } from '../../../src/export/compose-export';
import { compositionSvgText } from '../../../src/export/serialize-svg';
import { summaryImageExport } from '../../../src/features/summary/summary-export';
import { miniDataset } from '../../fixtures/mini-dataset';
import { resolvedView } from '../../fixtures/view';
import { expectSvgSnapshot } from '../../support/svg-snapshot';

const FONT_CSS = "@font-face{font-family:'Public Sans';font-weight:400;src:url(data:font/woff2;base64,AAEC) format('woff2')}";
const VIEW_URL = 'https://occ.example.gov/?dataset=mini&metric=total-victims';

function summarySvg(kind: 'natural' | 'slide' = 'natural'): string {
  const image = summaryImageExport(resolvedView(miniDataset(), { metric: 'total-victims' }), VIEW_URL);
  return compositionSvgText(composeExport(image.input, kind), { fontCss: FONT_CSS });
}

const texts = (svg: string): string[] =>
  [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text')].map((node) => node.textContent);

describe('the summary image', () => {
  it('matches the reviewed drawing on the mini dataset', async () => {
    await expectSvgSnapshot(summarySvg(), 'summary-export-mini');
  });

  it('says the headline: the sentence, each card’s label, value as displayed, state and change', () => {
    const words = texts(summarySvg());
    expect(words.slice(0, 2)).toEqual(['Key figures at a glance, OCC IV (2012)', expect.stringContaining('National figures · Focus edition OCC IV (2012)')]);
    for (const text of ['Minor victims', '39', 'All victims', '210', 'Arrests', '—', 'Not reported', '2008', '2012']) expect(words).toContain(text);
    expect(words).not.toContain('0');
    expect(words.some((text) => text.startsWith('Sources: Some Outlet, Jun 2012; FBI National Press Office, 25 Jun 2008'))).toBe(true);
    expect(words).toContain(`Reproduce this view: ${VIEW_URL}`);
  });

  it('draws one sparkline a card, the focus edition ticked in each', () => {
    const doc = new DOMParser().parseFromString(summarySvg(), 'image/svg+xml');
    expect(doc.querySelectorAll('.sparkline-marks')).toHaveLength(3);
    expect(doc.querySelectorAll('.sl-focus')).toHaveLength(3);
    // Arrests: two bars in 2008, the two later editions not reported (dotted boxes, not zero bars).
    const arrests = doc.querySelectorAll('.sparkline-marks')[2];
    expect([...(arrests?.querySelectorAll('[data-edition]') ?? [])].map((bar) => bar.getAttribute('data-state'))).toEqual([
      'approximate',
      'reported',
      'not-reported',
      'not-reported',
    ]);
  });

  it('fits a 16:9 slide whole', () => {
    const root = new DOMParser().parseFromString(summarySvg('slide'), 'image/svg+xml').documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual(['1920', '1080', '0 0 1200 675']);
  });
});
