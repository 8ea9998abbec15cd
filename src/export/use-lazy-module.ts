import { useEffect, useState } from 'react';

/**
 * A module loaded with a dynamic import once the component mounts, or null until then. Export code is
 * loaded this way so it never lands in the first view's JS; a failed load leaves it null, which keeps
 * the Export menu unavailable while the panel itself is unaffected.
 */
export function useLazyModule<T>(load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  useEffect(() => {
    let mounted = true;
    load().then(
      (module) => {
        if (mounted) setLoaded(() => module);
      },
      () => undefined,
    );
    return () => {
      mounted = false;
    };
    // Loaded once per mount: `load` is a module-level import thunk.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return loaded;
}
