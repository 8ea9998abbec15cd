/**
 * The Export menu of the field-office map in the whole app (MSW node server, the real outlines from
 * node_modules): available once the view is, operable by keyboard, saving the whole map whatever the
 * zoom on screen; and still usable, saying so, when the outlines fail to load.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { atlasMissingHandler } from '../../../mocks/atlas-handler';
import { renderApp } from '../../support/render';
import { useMockServer } from '../../support/mock-server';
import { blobText, captureDownloads } from '../breakdown/capture-downloads';

vi.mock('../../../src/export/export-fonts', () => ({
  loadExportFontCss: () => Promise.resolve("@font-face{font-family:'Public Sans';src:url(data:font/woff2;base64,AAEC)}"),
}));

const server = useMockServer();

const downloads = captureDownloads();

async function readyMenu() {
  const region = await screen.findByRole('region', { name: 'Field-office map' });
  const button = within(region).getByRole('button', { name: 'Export field-office map' });
  await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'), { timeout: 5000 });
  return { region, button };
}

describe('the map’s Export menu', () => {
  it('saves the whole map by keyboard, zoomed in or not, with the ringed selection', async () => {
    const user = userEvent.setup();
    renderApp('?offices=denver');
    const { region, button } = await readyMenu();
    await user.click(await within(region).findByRole('button', { name: 'Zoom in' }, { timeout: 5000 }));
    const pageOutlines = () => region.querySelector('.office-map__basemap')?.getAttribute('transform') ?? '';
    await waitFor(() => expect(pageOutlines()).not.toMatch(/^translate\(0 0\) scale\(1\)/));

    act(() => button.focus());
    await user.keyboard('{Enter}');
    expect(within(region).getByRole('menuitem', { name: 'PNG 2× (default)' })).toHaveFocus();
    // "s" jumps to the slide, a second "s" to SVG.
    await user.keyboard('ss');
    expect(within(region).getByRole('menuitem', { name: 'SVG' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await within(region).findByText('Saved occ_published_office-map_minor-victims_XIII_all-offices.svg.')).toBeInTheDocument();
    expect(button).toHaveFocus();

    const svg = await blobText(downloads[0]?.blob ?? new Blob());
    expect(svg.match(/data-office-id=/g)).toHaveLength(56);
    // The outlines at zoom 1: the fit of the export's own frame, not the page's zoom transform.
    // (The outlines are in tenths of a reference pixel: scale 1.18 at the reference is 0.118 here.)
    expect(svg).toMatch(/<g transform="translate\(-?[\d.]+ -?[\d.]+\) scale\(0\.1\d+\)"><path d="m/);
    expect(svg).toContain('3 of 56 offices reported');
    expect(svg).toContain('ringed: the selected office, FBI Denver');
    expect(svg).not.toContain('class=');
  });

  it('exports the offices without outlines when these failed to load, and the image says so', async () => {
    server.use(atlasMissingHandler);
    const user = userEvent.setup();
    renderApp();
    const { region, button } = await readyMenu();
    await user.click(button);
    await user.click(within(region).getByRole('menuitem', { name: 'SVG' }));
    await within(region).findByText(/^Saved occ_published_office-map_/);
    const svg = await blobText(downloads[0]?.blob ?? new Blob());
    expect(svg).not.toContain('<path');
    expect(svg).toContain('The state outlines could not be loaded: offices are placed by the map’s projection, without them.');
  });
});
