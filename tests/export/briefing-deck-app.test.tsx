/**
 * The briefing deck in the whole app (MSW node server, the real outlines): its button beside the
 * briefing pack's, progress in its own status line, a failure in its own alert, and one .pptx of a
 * title slide and the summary, trends and map slides, each picture's alt text the summary sentence
 * its image carries. The rasteriser is replaced (jsdom has no canvas) and the font CSS mocked;
 * downloads are captured.
 */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../support/render';
import { useMockServer } from '../support/mock-server';
import { readPptx } from '../support/pptx';
import { captureDownloads } from '../features/breakdown/capture-downloads';

vi.mock('../../src/export/export-fonts', () => ({
  loadExportFontCss: () => Promise.resolve("@font-face{font-family:'Public Sans';src:url(data:font/woff2;base64,AAEC)}"),
}));
const raster = vi.hoisted(() => ({
  rasteriseSvg: vi.fn((_svg: string, width: number, height: number) => Promise.resolve(new Blob([`PNG ${String(width)}x${String(height)}`]))),
}));
vi.mock('../../src/export/rasterise', () => raster);

useMockServer();
const downloads = captureDownloads();
const DECK = 'occ_published_briefing-deck_2026-11-28.pptx';

async function chartsReady() {
  for (const name of ['Export trends chart', 'Export field-office map']) {
    await waitFor(() => expect(screen.getByRole('button', { name })).not.toHaveAttribute('aria-disabled'), { timeout: 5000 });
  }
}

describe('the briefing deck', () => {
  // Renders the whole app and builds every slide: slow on a loaded 2-core machine (not a timing check).
  it('downloads a title slide and one slide per image, by keyboard, with alt text and notes', async () => {
    const user = userEvent.setup();
    renderApp('?offices=denver');
    await chartsReady();
    const button = screen.getByRole('button', { name: 'Download briefing deck (.pptx)' });
    act(() => button.focus());
    await user.keyboard('{Enter}');
    const status = screen.getByText((_, element) => element?.classList.contains('briefing-deck__status') ?? false);
    expect([status.getAttribute('role'), status.textContent]).toEqual(['status', 'Preparing the briefing deck…']);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(
      await screen.findByText(
        `Saved ${DECK}: a title slide and 3 chart slides, each chart with its alt text and its sources in the notes.`,
        {},
        { timeout: 30_000 },
      ),
    ).toHaveAttribute('role', 'status');
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).toHaveFocus();

    expect(downloads.map((d) => d.fileName)).toEqual([DECK]);
    const deck = readPptx(new Uint8Array(await (downloads[0]?.blob ?? new Blob()).arrayBuffer()));
    expect(deck.slides).toHaveLength(4);
    const [title, summary, trends, map] = deck.slides;
    expect(title?.texts).toContain('Field offices: FBI Denver');
    expect(title?.texts).toContain('Metric: Minor victims recovered or identified');
    expect(title?.texts.find((text) => text.startsWith('OCC XIII (2023) reported 59 minor victims'))).toBeDefined();
    expect(summary?.pictures[0]?.descr).toMatch(/^OCC XIII \(2023\) reported 59 minor victims/);
    expect(trends?.pictures[0]?.descr).toMatch(/^National minor victims, 2008–2025: 13 of 13 editions reported a figure/);
    expect(map?.pictures[0]?.descr).toMatch(/^Minor victims by field office, OCC XIII \(2023\): 3 of 56 offices reported/);
    expect(new TextDecoder().decode(trends?.pictures[0]?.media)).toBe('PNG 1920x1080');
    for (const slide of [summary, trends, map]) expect(slide?.notes).toMatch(/^Sources:\r\n• /);
    expect(map?.notes).toContain('Reproduce this view: http://localhost');
  }, 90_000);

  it('reports a failure in its own alert, leaves the pack’s lines alone, and can be tried again', async () => {
    raster.rasteriseSvg.mockRejectedValueOnce(new Error('The browser could not draw the exported SVG'));
    const user = userEvent.setup();
    renderApp();
    await chartsReady();
    const button = screen.getByRole('button', { name: 'Download briefing deck (.pptx)' });
    await user.click(button);
    expect(await screen.findByText('The briefing deck failed: The browser could not draw the exported SVG', {}, { timeout: 30_000 })).toHaveAttribute(
      'role',
      'alert',
    );
    expect(screen.queryByText(/briefing pack failed/)).toBeNull();
    expect(downloads).toHaveLength(0);
    await user.click(button);
    await screen.findByText(new RegExp(`^Saved ${DECK.replaceAll('.', '\\.')}`), {}, { timeout: 30_000 });
    expect(screen.queryByText(/briefing deck failed/)).toBeNull();
    expect(downloads).toHaveLength(1);
  }, 90_000);
});
