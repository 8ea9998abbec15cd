import { useLayoutEffect, useRef, useState } from 'react';

export interface Size {
  width: number;
  height: number;
}

/**
 * The size of a container, kept current with ResizeObserver. Charts lay out from this number only
 * (they never measure text), so layout stays a pure function of data and size.
 *
 * The size is null until the container has been measured, in the layout effect of the first commit:
 * a chart draws its marks only then, so it lays out and renders once, at its real size, instead of
 * once at a guessed size and again before the paint (a cold load spent about 80 ms at 4× CPU on the
 * map's and the trends' second render). Nothing is painted in between. `fallback` is the size where
 * the container measures nothing (jsdom, which has no layout, or a container not displayed).
 */
export function useElementSize<T extends HTMLElement>(fallback: Size) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState<Size | null>(null);
  const fallbackSize = useRef(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = (width: number, height: number): void => {
      if (width <= 0) return;
      setSize((prev) =>
        prev && Math.round(prev.width) === Math.round(width) && Math.round(prev.height) === Math.round(height)
          ? prev
          : { width: Math.round(width), height: Math.round(height) },
      );
    };
    const rect = element.getBoundingClientRect();
    if (rect.width > 0) measure(rect.width, rect.height);
    else setSize((prev) => prev ?? fallbackSize.current);
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) measure(box.width, box.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, size };
}
