/**
 * "Copy image": the PNG onto the clipboard where the browser allows it. The ClipboardItem is created
 * at once, in the click, around a promise of the PNG: Safari accepts a clipboard write only inside
 * the user's gesture, and the PNG takes a moment to draw.
 */
export function canCopyImages(): boolean {
  // Both are missing outside secure contexts (http:// other than localhost) and in older browsers.
  return 'ClipboardItem' in globalThis && 'clipboard' in navigator && 'write' in navigator.clipboard;
}

export async function copyPng(png: Promise<Blob>): Promise<void> {
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}
