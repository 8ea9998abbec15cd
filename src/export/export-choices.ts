/**
 * The formats the Export menu offers (issue 6): PNG at 1×, 2× (the default) and 4× of the natural
 * size, a 1920×1080 slide, SVG, and the 2× PNG copied to the clipboard. Kept apart from the export
 * code itself, which is loaded only when one is chosen.
 */
export type ExportChoiceId = 'png-1x' | 'png-2x' | 'png-4x' | 'slide' | 'svg' | 'copy';

export interface ExportChoice {
  id: ExportChoiceId;
  /** The menu item's text. */
  label: string;
  /** What is being made, for the progress message ("Preparing PNG 2×…"). */
  name: string;
  format: 'png' | 'svg';
  layout: 'natural' | 'slide';
  /** Raster scale of the output size (1 for SVG and for the slide, which is 1920×1080 already). */
  scale: number;
  /** Copy to the clipboard instead of downloading. */
  copy: boolean;
}

export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { id: 'png-1x', label: 'PNG 1×', name: 'PNG 1×', format: 'png', layout: 'natural', scale: 1, copy: false },
  { id: 'png-2x', label: 'PNG 2× (default)', name: 'PNG 2×', format: 'png', layout: 'natural', scale: 2, copy: false },
  { id: 'png-4x', label: 'PNG 4×', name: 'PNG 4×', format: 'png', layout: 'natural', scale: 4, copy: false },
  { id: 'slide', label: 'Slide 1920 × 1080 (PNG)', name: 'the 1920 × 1080 slide', format: 'png', layout: 'slide', scale: 1, copy: false },
  { id: 'svg', label: 'SVG', name: 'SVG', format: 'svg', layout: 'natural', scale: 1, copy: false },
  { id: 'copy', label: 'Copy image', name: 'the image to copy', format: 'png', layout: 'natural', scale: 2, copy: true },
];

export const DEFAULT_EXPORT_CHOICE: ExportChoiceId = 'png-2x';

export function exportChoice(id: ExportChoiceId): ExportChoice {
  const choice = EXPORT_CHOICES.find((c) => c.id === id);
  if (!choice) throw new Error(`Unknown export choice ${id}`);
  return choice;
}
