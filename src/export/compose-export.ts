/**
 * composeExport: the export composition at its natural size or as a 1920×1080 slide. Pure and
 * deterministic: the same input gives the same layout, in any browser and in tests.
 *
 * The slide is the same composition laid out in a 16:9 frame (1200×675 user units, drawn at
 * 1920×1080 px), the chart taking the height the title, legend and footer leave. When that is too
 * little (many sources, a long summary), the frame grows in steps of 1/8, keeping 16:9, so the text
 * gets relatively smaller and the chart keeps at least 45 % of the height; nothing is cut off.
 * The slide's root element is 1920×1080 with the frame as its viewBox.
 */
import type { ExportInput } from './composition-types';
import { chromeHeight, layoutComposition } from './composition-layout';
import type { CompositionLayout } from './composition-layout';

export const NATURAL_WIDTH = 1200;
export const SLIDE = { pixelWidth: 1920, pixelHeight: 1080, width: 1200, height: 675 } as const;
const SLIDE_MIN_CHART_SHARE = 0.45;
const SLIDE_MAX_GROWTH = 3;

export type CompositionKind = 'natural' | 'slide';

export interface ExportComposition {
  kind: CompositionKind;
  input: ExportInput;
  layout: CompositionLayout;
  /** Size of the image at scale 1 in px (the natural size, or 1920×1080 for the slide). */
  outputWidth: number;
  outputHeight: number;
}

function slideLayout(input: ExportInput): CompositionLayout {
  for (let growth = 1; growth <= SLIDE_MAX_GROWTH; growth += 0.125) {
    const width = SLIDE.width * growth;
    const height = SLIDE.height * growth;
    if (height - chromeHeight(input, width) >= SLIDE_MIN_CHART_SHARE * height) {
      return layoutComposition(input, { width, height });
    }
  }
  // Text that would not fit even three times larger: the composition grows taller than 16:9 and the
  // slide shows it whole, scaled down and centred (white bands at the sides), rather than cut.
  const width = SLIDE.width * SLIDE_MAX_GROWTH;
  const chart = { ...input.chart, height: SLIDE_MIN_CHART_SHARE * SLIDE.height * SLIDE_MAX_GROWTH };
  return layoutComposition({ ...input, chart }, { width, height: null });
}

export function composeExport(input: ExportInput, kind: CompositionKind = 'natural'): ExportComposition {
  if (kind === 'slide') {
    return { kind, input, layout: slideLayout(input), outputWidth: SLIDE.pixelWidth, outputHeight: SLIDE.pixelHeight };
  }
  const layout = layoutComposition(input, { width: NATURAL_WIDTH, height: null });
  return { kind, input, layout, outputWidth: layout.width, outputHeight: layout.height };
}
