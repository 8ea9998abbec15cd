/**
 * The Export control by role: opening, keyboard, focus return, progress and errors. The export kit
 * itself (loaded by dynamic import) and the download are replaced: jsdom cannot rasterise, and what
 * is checked here is what the control does with a result or a failure.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImageFileNameParts } from '../../src/export/image-file-name';
import type { RenderedExport } from '../../src/export/run-export';
import { ExportMenu } from '../../src/ui/export-menu';
import { fixtureInput } from './export-fixture';

const kit = vi.hoisted(() => ({ renderExport: vi.fn<(...args: unknown[]) => Promise<RenderedExport>>() }));
vi.mock('../../src/export/run-export', () => kit);
const downloads = vi.hoisted(() => ({ downloadBlob: vi.fn() }));
vi.mock('../../src/export/download', () => downloads);

const FILE_NAME: ImageFileNameParts = { dataset: 'published', panel: 'trends', metric: 'minor-victims', period: { from: 2008, to: 2023 }, offices: [] };

function rendered(overrides: Partial<RenderedExport> = {}): RenderedExport {
  return {
    blob: new Blob(['png'], { type: 'image/png' }),
    fileName: 'occ_published_trends_minor-victims_2008-2023_national_2x.png',
    format: 'png',
    width: 2400,
    height: 1188,
    capped: false,
    scale: 2,
    note: null,
    ...overrides,
  };
}

function setup() {
  const input = fixtureInput();
  const buildExport = vi.fn(() => Promise.resolve({ name: FILE_NAME, input }));
  render(
    <>
      <ExportMenu subject="trends chart" buildExport={buildExport} />
      <button type="button">Next control</button>
    </>,
  );
  return { user: userEvent.setup(), buildExport, input, button: screen.getByRole('button', { name: 'Export trends chart' }) };
}

const itemNames = () => screen.getAllByRole('menuitem').map((item) => item.textContent);

beforeEach(() => {
  kit.renderExport.mockReset();
  downloads.downloadBlob.mockReset();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('ExportMenu: opening and keyboard', () => {
  it('is a closed menu button until used, and builds nothing while closed', () => {
    const { button, buildExport } = setup();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(buildExport).not.toHaveBeenCalled();
  });

  it('opens on a click with focus on the default, PNG 2×', async () => {
    const { user, button } = setup();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menu', { name: 'Export trends chart as' })).toBeInTheDocument();
    expect(itemNames()).toEqual(['PNG 1×', 'PNG 2× (default)', 'PNG 4×', 'Slide 1920 × 1080 (PNG)', 'SVG', 'Copy image']);
    expect(screen.getByRole('menuitem', { name: 'PNG 2× (default)' })).toHaveFocus();
  });

  it('moves with arrows, Home, End and first letters, wrapping; Escape closes and returns focus', async () => {
    const { user, button } = setup();
    button.focus();
    await user.keyboard('{ArrowDown}');
    const item = (name: string) => screen.getByRole('menuitem', { name });
    expect(item('PNG 1×')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('PNG 2× (default)')).toHaveFocus();
    await user.keyboard('{End}');
    expect(item('Copy image')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('PNG 1×')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(item('Copy image')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(item('PNG 1×')).toHaveFocus();
    await user.keyboard('s');
    expect(item('Slide 1920 × 1080 (PNG)')).toHaveFocus();
    await user.keyboard('s');
    expect(item('SVG')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens on the last item with ArrowUp, and Enter on the button opens on the default', async () => {
    const { user, button } = setup();
    button.focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Copy image' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menuitem', { name: 'PNG 2× (default)' })).toHaveFocus();
  });

  it('closes when focus leaves it by Tab', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export trends chart' }));
    await user.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'Next control' })).toHaveFocus();
  });
});

describe('ExportMenu: exporting', () => {
  it('builds the input only when chosen, announces progress, downloads, and returns focus', async () => {
    let finish: (value: RenderedExport) => void = () => undefined;
    kit.renderExport.mockReturnValue(new Promise<RenderedExport>((resolve) => (finish = resolve)));
    const { user, button, buildExport, input: built } = setup();
    await user.click(button);
    await user.keyboard('{Enter}');

    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Preparing PNG 2×…');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(buildExport).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(kit.renderExport).toHaveBeenCalledTimes(1));
    const [choice, input, parts] = kit.renderExport.mock.calls[0] ?? [];
    expect(choice).toMatchObject({ id: 'png-2x', format: 'png', scale: 2 });
    expect(input).toBe(built);
    expect(parts).toBe(FILE_NAME);

    const file = rendered();
    await act(() => {
      finish(file);
      return Promise.resolve();
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Saved occ_published_trends_minor-victims_2008-2023_national_2x.png (2400 × 1188 px).',
    );
    expect(downloads.downloadBlob).toHaveBeenCalledWith(file.blob, file.fileName);
    expect(button).not.toHaveAttribute('aria-disabled');
  });

  it('says when a 4× image was scaled down to the pixel cap', async () => {
    kit.renderExport.mockResolvedValue(
      rendered({ fileName: 'x_3.56x.png', width: 4272, height: 3916, capped: true, scale: 3.56, note: 'Scaled to 3.56× instead of 4×.' }),
    );
    const { user, button } = setup();
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'PNG 4×' }));
    expect(await screen.findByText('Saved x_3.56x.png (4272 × 3916 px). Scaled to 3.56× instead of 4×.')).toHaveAttribute('role', 'status');
  });

  it('keeps a failure inside the control, as an alert, and lets the user try again', async () => {
    kit.renderExport.mockRejectedValueOnce(new Error('The browser could not draw the exported SVG'));
    const { user, button } = setup();
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'SVG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The export failed: The browser could not draw the exported SVG');
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(downloads.downloadBlob).not.toHaveBeenCalled();

    kit.renderExport.mockResolvedValueOnce(rendered({ format: 'svg', fileName: 'x.svg' }));
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'SVG' }));
    expect(await screen.findByText('Saved x.svg.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('');
  });

  it('reports an input that cannot be built, without throwing into the panel', async () => {
    render(
      <ExportMenu
        subject="map"
        buildExport={() => {
          throw new Error('The map has not loaded yet');
        }}
      />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export map' }));
    await user.click(screen.getByRole('menuitem', { name: 'PNG 1×' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The export failed: The map has not loaded yet');
  });
});

describe('ExportMenu: Copy image', () => {
  it('downloads instead, and says so, where the browser cannot copy images', async () => {
    kit.renderExport.mockResolvedValue(rendered());
    const { user, button } = setup();
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Copy image' }));
    expect(await screen.findByText(/^This browser cannot copy images, so the image was downloaded instead\. Saved /)).toBeInTheDocument();
    expect(downloads.downloadBlob).toHaveBeenCalledTimes(1);
    expect(kit.renderExport.mock.calls[0]?.[0]).toMatchObject({ id: 'copy', scale: 2, copy: true });
  });

  it('writes the PNG to the clipboard where it can, or downloads when the browser refuses', async () => {
    const file = rendered();
    kit.renderExport.mockResolvedValue(file);
    const written: unknown[] = [];
    const write = vi.fn(async (items: { parts: Record<string, Promise<Blob>> }[]) => {
      written.push(await items[0]?.parts['image/png']);
    });
    vi.stubGlobal(
      'ClipboardItem',
      class {
        constructor(readonly parts: Record<string, Promise<Blob>>) {}
      },
    );
    const { user, button } = setup();
    // After userEvent.setup(), which puts its own clipboard stub on navigator.
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ write } as unknown as Clipboard);
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Copy image' }));
    expect(await screen.findByText('Copied the image (2400 × 1188 px) to the clipboard.')).toBeInTheDocument();
    expect(written).toEqual([file.blob]);
    expect(downloads.downloadBlob).not.toHaveBeenCalled();

    write.mockRejectedValueOnce(new DOMException('Write permission denied.', 'NotAllowedError'));
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Copy image' }));
    expect(await screen.findByText(/^The browser did not allow copying the image, so it was downloaded instead\./)).toBeInTheDocument();
    expect(downloads.downloadBlob).toHaveBeenCalledWith(file.blob, file.fileName);
  });
});
