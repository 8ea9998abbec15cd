/**
 * Text width without measuring the DOM: layouts stay pure functions of data and size (jsdom has no
 * text metrics, and the export must lay out the same as the screen). Public Sans digits and lower
 * case run at about 0.6 em; a dash is a full em. The estimate errs wide, so a label that "fits" fits.
 */
const EM_PER_CHAR = 0.6;
const WIDE_CHARS = /[—–MW≈]/gu;

export function estimateTextWidth(text: string, fontSize: number): number {
  const wide = text.match(WIDE_CHARS)?.length ?? 0;
  return (text.length - wide) * EM_PER_CHAR * fontSize + wide * fontSize;
}

/** Rounds a coordinate to 0.1 px: stable snapshots and smaller SVG, no visible difference. */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}
