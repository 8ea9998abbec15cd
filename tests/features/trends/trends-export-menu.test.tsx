/**
 * The Export menu of the trends panel in the whole app (MSW node server): in the panel's header from
 * the first paint, unavailable until the chart is there, operable by keyboard, and saving the chart
 * on screen. The font CSS is mocked (jsdom cannot fetch the woff2 files); downloads are captured.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../support/render';
import { useMockServer } from '../../support/mock-server';
import { blobText, captureDownloads } from '../breakdown/capture-downloads';

vi.mock('../../../src/export/export-fonts', () => ({
  loadExportFontCss: () => Promise.resolve("@font-face{font-family:'Public Sans';src:url(data:font/woff2;base64,AAEC)}"),
}));

useMockServer();

const downloads = captureDownloads();

describe('the trends panel’s Export menu', () => {
  it('is in the panel header, unavailable until the chart has loaded', async () => {
    renderApp('?offices=denver');
    const region = await screen.findByRole('region', { name: 'Year-over-year trends' });
    const button = within(region).getByRole('button', { name: 'Export trends chart' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await within(region).findByRole('group', { name: 'National: minor victims by edition, bar chart' }, { timeout: 5000 });
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
  });

  it('opens, moves and closes by keyboard, and saves the chart on screen as SVG', async () => {
    const user = userEvent.setup();
    renderApp('?offices=denver');
    const region = await screen.findByRole('region', { name: 'Year-over-year trends' });
    const button = within(region).getByRole('button', { name: 'Export trends chart' });
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'), { timeout: 5000 });

    act(() => button.focus());
    await user.keyboard('{Enter}');
    expect(within(region).getByRole('menu', { name: 'Export trends chart as' })).toBeInTheDocument();
    expect(within(region).getByRole('menuitem', { name: 'PNG 2× (default)' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(region).getByRole('menuitem', { name: 'PNG 4×' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(within(region).queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();

    // Up opens on the last item (Copy image); one more Up is SVG.
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(within(region).getByRole('menuitem', { name: 'SVG' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await within(region).findByText('Saved occ_published_trends_minor-victims_2008-2025_denver.svg.')).toHaveAttribute('role', 'status');
    expect(button).toHaveFocus();

    expect(downloads.map((d) => d.fileName)).toEqual(['occ_published_trends_minor-victims_2008-2025_denver.svg']);
    const svg = await blobText(downloads[0]?.blob ?? new Blob());
    expect(svg).toContain('<title id="occ-export-title">Minor victims recovered or identified, by edition</title>');
    expect(svg).toContain('National and one field office: FBI Denver');
    expect(svg).toContain('>FBI Denver</text>');
    expect(svg).toContain('Reproduce this view: http://localhost:3000/?offices=denver');
  });
});
