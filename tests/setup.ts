import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Without `globals: true` Testing Library does not clean up by itself (docs/STACK.md).
afterEach(() => {
  cleanup();
});

// findBy/waitFor give up after 1 s by default; on a 2-core CI machine busy with a build beside the tests,
// an export that renders a whole composition can take longer. A wider ceiling is not a sleep: a passing
// wait still ends as soon as its condition holds.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lacks ResizeObserver and matchMedia (docs/STACK.md); components that use them get inert shims.
class ResizeObserverShim {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = ResizeObserverShim;
}
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as unknown as MediaQueryList;
}
