/**
 * The briefing pack in the whole app (MSW node server, the real outlines): one keyboard-operable
 * button, progress in a status line, failures in an alert, and one ZIP with every chart panel as a
 * 2× PNG and an SVG, their alt text, and the CSV of each breakdown table exactly as the table's own
 * Download CSV saves it (after a sort, too). The rasteriser is replaced (jsdom has no canvas) and
 * the font CSS mocked; downloads are captured.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { ALT_TEXT_FILE } from '../../src/export/briefing-pack';
import { renderApp } from '../support/render';
import { useMockServer } from '../support/mock-server';
import { blobText, captureDownloads } from '../features/breakdown/capture-downloads';

vi.mock('../../src/export/export-fonts', () => ({
  loadExportFontCss: () => Promise.resolve("@font-face{font-family:'Public Sans';src:url(data:font/woff2;base64,AAEC)}"),
}));
const raster = vi.hoisted(() => ({
  rasteriseSvg: vi.fn((_svg: string, width: number, height: number) => Promise.resolve(new Blob([`PNG ${String(width)}x${String(height)}`]))),
}));
vi.mock('../../src/export/rasterise', () => raster);

// The server's own handlers serve the real outlines.
useMockServer();

const downloads = captureDownloads();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Every panel has offered its files: both charts can export, both tables are on screen. */
async function everyPanelReady() {
  for (const name of ['Export trends chart', 'Export field-office map']) {
    await waitFor(() => expect(screen.getByRole('button', { name })).not.toHaveAttribute('aria-disabled'), { timeout: 5000 });
  }
  // Both tables offer their CSV when they render; on a loaded machine the editions table can come
  // after the offices table, and the pack would then first say it is waiting for it.
  await screen.findByTestId('editions-table', {}, { timeout: 5000 });
  return screen.findByTestId('offices-table', {}, { timeout: 5000 });
}

describe('the briefing pack', () => {
  // Renders the whole app and builds every export: slow on a loaded 2-core machine (20 s limit; not a
  // timing check).
  it('downloads one ZIP with both charts, their alt text and the tables as displayed, by keyboard', async () => {
    const user = userEvent.setup();
    renderApp('?offices=denver');
    const officesTable = await everyPanelReady();
    // Sorted by minor victims: the pack must hold the table in this order, as its own CSV does.
    await user.click(within(officesTable).getByRole('button', { name: 'Minor victims' }));
    await user.click(screen.getByRole('button', { name: 'Download CSV of the field-office table' }));
    await user.click(screen.getByRole('button', { name: 'Download CSV of the editions table' }));
    const [officesCsv, editionsCsv] = downloads.splice(0);

    const button = screen.getByRole('button', { name: 'Download briefing pack' });
    act(() => button.focus());
    await user.keyboard('{Enter}');
    // Read from the status line itself, so a failure says what it announced instead.
    const status = screen.getByText((_, element) => element?.classList.contains('briefing-pack__status') ?? false);
    expect([status.getAttribute('role'), status.textContent]).toEqual(['status', 'Preparing the briefing pack…']);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(
      await screen.findByText(
        'Saved occ_published_briefing-pack_2026-11-28.zip: 3 images as PNG and SVG with alt text, 2 tables as CSV.',
        {},
        // Three compositions drawn in jsdom: about 8 s on a busy 2-core machine. A ceiling, not a wait.
        { timeout: 30_000 },
      ),
    ).toHaveAttribute('role', 'status');
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).toHaveFocus();

    expect(downloads.map((d) => d.fileName)).toEqual(['occ_published_briefing-pack_2026-11-28.zip']);
    const files = unzipSync(new Uint8Array(await (downloads[0]?.blob ?? new Blob()).arrayBuffer()));
    expect(Object.keys(files)).toEqual([
      'summary.png',
      'summary.svg',
      'occ_published_trends_minor-victims_2008-2025_denver_2x.png',
      'occ_published_trends_minor-victims_2008-2025_denver.svg',
      'occ_published_office-map_minor-victims_XIII_all-offices_2x.png',
      'occ_published_office-map_minor-victims_XIII_all-offices.svg',
      officesCsv?.fileName,
      editionsCsv?.fileName,
      ALT_TEXT_FILE,
    ]);
    const text = (name: string): string => decoder.decode(files[name]);
    expect(text(officesCsv?.fileName ?? '')).toBe(await blobText(officesCsv?.blob ?? new Blob()));
    // The sort shows in the file: its caveat is a note row only a table sorted by a figure has.
    expect(text(officesCsv?.fileName ?? '')).toContain('Note: ');
    expect(text(editionsCsv?.fileName ?? '')).toBe(await blobText(editionsCsv?.blob ?? new Blob()));
    expect(text('occ_published_trends_minor-victims_2008-2025_denver_2x.png')).toMatch(/^PNG 2400x\d+$/);
    expect(text('occ_published_office-map_minor-victims_XIII_all-offices.svg')).toContain('3 of 56 offices reported');
    expect(text('summary.png')).toMatch(/^PNG 2400x\d+$/);
    expect(text('summary.svg')).toContain('Key figures at a glance, OCC XIII (2023)');
    const altText = text(ALT_TEXT_FILE);
    expect(altText).toContain('summary.png\r\nsummary.svg\r\nKey figures at a glance, OCC XIII (2023). OCC XIII (2023) reported 59 minor victims');
    expect(altText).toContain('Minor victims recovered or identified, by edition. National minor victims, 2008–2025: 13 of 13 editions reported a figure');
    expect(altText).toContain(
      'Minor victims recovered or identified, by field office, OCC XIII (2023). Minor victims by field office, OCC XIII (2023): 3 of 56 offices reported;',
    );
  }, 60_000);

  it('reports a failure in an alert and can be tried again', async () => {
    raster.rasteriseSvg.mockRejectedValueOnce(new Error('The browser could not draw the exported SVG'));
    const user = userEvent.setup();
    renderApp();
    await everyPanelReady();
    expect(screen.queryByText(/briefing pack failed/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Download briefing pack' }));
    expect(await screen.findByText('The briefing pack failed: The browser could not draw the exported SVG')).toHaveAttribute('role', 'alert');
    expect(downloads).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Download briefing pack' }));
    await screen.findByText(/^Saved occ_published_briefing-pack_2026-11-28\.zip/, {}, { timeout: 5000 });
    expect(screen.queryByText(/briefing pack failed/)).toBeNull();
    expect(downloads).toHaveLength(1);
  });
});
