/**
 * The import's code: the dialog, the steps, the worker's handle. Fetched on the first request (or a
 * hint of one). The host passes the chunk what it needs of the page (the requests store, the view
 * store's navigate) instead of the chunk importing them: with those imports the bundler (rolldown)
 * split React or the shared domain modules out of the entry chunk, 1.5–3.8 kB more for the first view.
 */
export const loadImportFlow = () => import('./import-flow');
