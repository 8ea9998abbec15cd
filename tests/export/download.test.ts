import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../src/export/download';

describe('downloadText', () => {
  const created: Blob[] = [];
  const revoked: string[] = [];
  const clicks: { href: string; download: string; attached: boolean }[] = [];
  const onClick = (event: MouseEvent): void => {
    const link = event.target as HTMLAnchorElement;
    clicks.push({ href: link.href, download: link.download, attached: link.isConnected });
    // jsdom cannot navigate; the browser would save the file here.
    event.preventDefault();
  };

  beforeEach(() => {
    // jsdom has no object URLs; these stand in for the browser's.
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return `blob:test/${created.length}`;
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
    };
    document.addEventListener('click', onClick);
  });
  afterEach(() => {
    document.removeEventListener('click', onClick);
    created.length = 0;
    revoked.length = 0;
    clicks.length = 0;
  });

  it('clicks a temporary <a download> on a Blob URL, removes it, then revokes the URL', async () => {
    let revoke: (() => void) | undefined;
    downloadText('\uFEFFa,b\r\n', 'table.csv', 'text/csv;charset=utf-8', { scheduleRevoke: (fn) => (revoke = fn) });
    expect(clicks).toEqual([{ href: 'blob:test/1', download: 'table.csv', attached: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoked).toEqual([]);
    revoke?.();
    expect(revoked).toEqual(['blob:test/1']);
    const blob = created[0];
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await (blob as Blob).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('revokes on the next task by default', async () => {
    vi.useFakeTimers();
    try {
      downloadText('x', 'x.txt', 'text/plain');
      expect(revoked).toEqual([]);
      await vi.runAllTimersAsync();
      expect(revoked).toEqual(['blob:test/1']);
    } finally {
      vi.useRealTimers();
    }
  });
});
