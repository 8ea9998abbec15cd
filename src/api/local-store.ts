/**
 * The analysts' datasets kept in this browser (docs/DESIGN.md §11), and the column mappings they
 * chose: IndexedDB through idb-keyval (a maintained wrapper of a few hundred bytes), one database,
 * one object store. A copy of every dataset loaded in this page is also held in memory, so a dataset
 * still works for the session when the browser refuses storage (a private window, a full disk, a
 * policy) — the reader is told it will not survive a reload.
 *
 * Not in the first view's JS: the list of datasets kept here is asked for after the first view, so the
 * build puts this code with the panels' (scripts/chunk-groups.ts). Nothing here sends
 * anything anywhere: IndexedDB is the browser's own storage for this origin.
 */
import { createStore, del, get, getMany, keys, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import type { CatalogueEntry, Dataset } from '../data/types';
import type { ColumnMapping } from '../import/import-types';

const DATABASE = 'cross-country-outcomes';
const STORE = 'your-data';
/** Bumped when the stored shape changes; records of another version are not read. */
const RECORD_VERSION = 1;

interface StoredDataset {
  version: number;
  entry: CatalogueEntry;
  dataset: Dataset;
}

/** Why a dataset could not be kept: the message names what the reader can do. */
export type KeepOutcome = { kept: true } | { kept: false; message: string };

/** This page's copies: read first, and the only ones when storage is refused. */
const session = new Map<string, StoredDataset>();
let opened: UseStore | null = null;

const entryKey = (id: string): string => `entry:${id}`;
const datasetKey = (id: string): string => `dataset:${id}`;
const mappingKey = (headers: string): string => `mapping:${headers}`;

/** The store, opened on first use; throws where IndexedDB is missing or refused. */
function store(): UseStore {
  if (opened !== null) return opened;
  if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB storage to this page');
  opened = createStore(DATABASE, STORE);
  return opened;
}

/** A refusal in the reader's words: full storage and blocked storage need different fixes. */
export function storageProblem(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'the browser’s storage for this page is full. Remove a dataset you no longer need, or free disk space, and load the file again';
  }
  return 'the browser does not let this page store data (a private window, or a setting that blocks site data). To keep the dataset, load the file in a normal window';
}

export async function keepLocalDataset(entry: CatalogueEntry, dataset: Dataset): Promise<KeepOutcome> {
  session.set(entry.id, { version: RECORD_VERSION, entry, dataset });
  try {
    const db = store();
    // The dataset first: an entry is only listed once its data are there.
    await set(datasetKey(entry.id), { version: RECORD_VERSION, entry, dataset } satisfies StoredDataset, db);
    await set(entryKey(entry.id), entry, db);
    return { kept: true };
  } catch (error) {
    return { kept: false, message: storageProblem(error) };
  }
}

/** Every dataset kept here (and this page's unkept ones), newest load first. Storage errors leave the session's. */
export async function listLocalDatasets(): Promise<CatalogueEntry[]> {
  const byId = new Map<string, CatalogueEntry>();
  try {
    const db = store();
    const entryKeys = (await keys<string>(db)).filter((key) => typeof key === 'string' && key.startsWith('entry:'));
    for (const entry of await getMany<CatalogueEntry>(entryKeys, db)) if (entry) byId.set(entry.id, entry);
  } catch {
    // Storage refused: only this page's datasets exist.
  }
  for (const [id, record] of session) byId.set(id, record.entry);
  return [...byId.values()].sort((a, b) => b.title.localeCompare(a.title));
}

export async function readLocalDataset(id: string): Promise<Dataset | undefined> {
  const kept = session.get(id);
  if (kept) return kept.dataset;
  try {
    const record = await get<StoredDataset>(datasetKey(id), store());
    return record?.version === RECORD_VERSION ? record.dataset : undefined;
  } catch {
    return undefined;
  }
}

export async function removeLocalDataset(id: string): Promise<void> {
  session.delete(id);
  try {
    const db = store();
    await del(entryKey(id), db);
    await del(datasetKey(id), db);
  } catch {
    // Nothing was stored where storage is refused.
  }
}

/** The mapping chosen for a header set (column-mapping.ts headerSetKey), if storage allows. */
export async function readMapping(headers: string): Promise<ColumnMapping | undefined> {
  try {
    return await get<ColumnMapping>(mappingKey(headers), store());
  } catch {
    return undefined;
  }
}

export async function rememberMapping(headers: string, mapping: ColumnMapping): Promise<void> {
  try {
    await set(mappingKey(headers), mapping, store());
  } catch {
    // Not remembered: the next file with these headers asks again.
  }
}

/** Tests: forget this page's copies and the opened store. */
export function forgetSession(): void {
  session.clear();
  opened = null;
}
