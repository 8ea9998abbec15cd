/**
 * Runs `callback` once the next frame is on screen: a task queued from the frame callback runs after
 * that frame's style, layout and paint. Used to write the address bar without delaying the frame, and
 * to mark "painted" on the performance timeline when it is true rather than when React committed
 * (an effect of a transition render can run before the browser has laid the new DOM out).
 */
export function afterNextPaint(callback: () => void): void {
  // A hidden page paints no frames (and jsdom has no frames to wait for): run at once.
  if (typeof requestAnimationFrame === 'undefined' || document.hidden) callback();
  else requestAnimationFrame(() => setTimeout(callback, 0));
}
