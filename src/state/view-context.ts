/**
 * The resolved view as every panel reads it. The app's ViewProvider (src/app/view-provider.tsx)
 * derives it from the view store and the query cache; features only read it, through these hooks.
 */
import { createContext, useContext } from 'react';
import type { CatalogueEntry } from '../data/types';
import type { View } from '../domain/resolve-view';
import type { ViewRequest } from '../domain/view-request';

export interface ViewState {
  /** The datasets the reader can choose from; undefined until the catalogue loads. */
  catalogue: CatalogueEntry[] | undefined;
  /** The request as the address bar holds it (the dataset select shows a switch at once). */
  request: ViewRequest;
  /** The resolved view of the dataset on screen; undefined while the first dataset loads or when it failed. */
  view: View | undefined;
  /** The catalogue entry of the dataset on screen. */
  entry: CatalogueEntry | undefined;
  /** Of the dataset asked for: `pending` also while a switch loads with the previous one on screen. */
  status: 'pending' | 'error' | 'success';
  error: Error | null;
  retry: () => void;
}

export const ViewContext = createContext<ViewState | null>(null);

export function useViewState(): ViewState {
  const state = useContext(ViewContext);
  if (state === null) throw new Error('useViewState needs a ViewProvider above it');
  return state;
}
