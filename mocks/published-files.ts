/**
 * The published package's files as text, bundled by Vite (and Vitest) from public/data/published.
 * The same files the static host serves, so the mocks can never drift from the real package.
 */
const modules = import.meta.glob<string>('../public/data/published/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** File name within the package (e.g. `observations.csv`) → file text. */
export const publishedFiles: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(modules).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);
