/**
 * Where data packages live. Default: the app's own static `data/` folder, so the production build
 * works offline on any static host; `VITE_DATA_URL` points the app at a server serving the same paths.
 */
export function dataBaseUrl(): string {
  const configured = import.meta.env.VITE_DATA_URL as string | undefined;
  const base = configured && configured.trim() !== '' ? configured : `${import.meta.env.BASE_URL}data`;
  // Absolute, so fetch works the same in the browser and in Node-based tests.
  return new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI).href;
}

/** Resolves a package-relative path (`published/datapackage.json`) against the data base URL. */
export function dataUrl(path: string, base: string = dataBaseUrl()): string {
  return new URL(path, base).href;
}

/** The catalogue of packages, at the root of the data URL space. */
export const CATALOGUE_PATH = 'catalogue.json';
