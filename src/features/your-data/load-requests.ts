/**
 * What the reader asked of the import, shared by the Load your data button, a drop anywhere on the
 * page and the import dialog (loaded on demand): a request to choose a file or to load a dropped
 * one, and the report of the last accepted file. Transient UI state only: the dataset shown is in
 * the URL, the data in the query cache and the browser's storage.
 */
import { create } from 'zustand';
import type { ImportProblem, ProblemCounts } from '../../import/import-types';

export interface LoadRequest {
  /** Tells two requests apart, so a second drop restarts the dialog. */
  serial: number;
  /** A dropped file; null = let the reader choose one. */
  file: File | null;
}

/** Whether the accepted dataset will be there after a reload. */
export type StorageState = { kind: 'keeping' } | { kind: 'kept' } | { kind: 'session-only'; message: string };

/** An accepted file: what was read, and the notices and warnings about it. */
export interface LoadReport {
  datasetId: string;
  title: string;
  rows: number;
  counts: ProblemCounts;
  /** The warnings and notices listed (an accepted file has no errors). */
  problems: ImportProblem[];
  omitted: number;
  storage: StorageState;
}

export interface LoadRequests {
  request: LoadRequest | null;
  report: LoadReport | null;
  /** Opens the dialog: to choose a file (null) or to load `file`. */
  ask: (file: File | null) => void;
  /** Closes the dialog; an accepted file leaves its report. */
  close: (report?: LoadReport) => void;
  setStorage: (datasetId: string, storage: StorageState) => void;
  dismissReport: () => void;
}

export const useLoadRequests = create<LoadRequests>()((set, get) => ({
  request: null,
  report: null,
  ask: (file) => set({ request: { serial: (get().request?.serial ?? 0) + 1, file } }),
  close: (report) => set(report ? { request: null, report } : { request: null }),
  setStorage: (datasetId, storage) => {
    const { report } = get();
    if (report?.datasetId === datasetId) set({ report: { ...report, storage } });
  },
  dismissReport: () => set({ report: null }),
}));
