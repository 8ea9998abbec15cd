/**
 * The datasets this build validated (scripts/verified-data.ts), by the SHA-256 of the exact bytes:
 * a file that hashes to its record is the very file the build's validating loader accepted, so its
 * JSON is read as is; anything else is validated here like any other package (docs/DESIGN.md §8,
 * "a pre-validated build artifact may skip work only when its integrity is checked").
 */
import type { CatalogueEntry } from '../data/types';

export interface VerifiedBundle {
  /** The manifest path the catalogue gives this dataset, e.g. `sample/datapackage.json`. */
  manifest: string;
  /** The validated Dataset as JSON, e.g. `sample/dataset.json`. */
  bundle: string;
  sha256: string;
}

export interface VerifiedData {
  /** The hash of `catalogue.json`; empty when the build made none. */
  catalogue: string;
  datasets: Record<string, VerifiedBundle>;
}

const NONE: VerifiedData = { catalogue: '', datasets: {} };

/** Set by the build (scripts/vite-plugin-data.ts); absent in development and tests, which validate everything. */
function readRecord(): VerifiedData {
  const raw = import.meta.env.VITE_VERIFIED_DATA as string | undefined;
  if (!raw) return NONE;
  try {
    return JSON.parse(raw) as VerifiedData;
  } catch {
    return NONE;
  }
}

export const VERIFIED: VerifiedData = readRecord();

/** The verified bundle of a catalogue entry, when this build made one for that very entry. */
export function verifiedBundle(entry: Pick<CatalogueEntry, 'id' | 'path'>, record: VerifiedData = VERIFIED): VerifiedBundle | undefined {
  const bundle = Object.hasOwn(record.datasets, entry.id) ? record.datasets[entry.id] : undefined;
  return bundle?.manifest === entry.path ? bundle : undefined;
}

function toBase64(bytes: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The JSON of `bytes` when they hash to `sha256`; null when they do not, or when there is no hash or
 * no Web Crypto to check it with (plain http on a host other than localhost): then the caller
 * validates the package instead.
 */
export async function verifiedJson<T>(bytes: Uint8Array, sha256: string): Promise<T | null> {
  // Web Crypto exists only in secure contexts (https, or http on localhost); elsewhere `subtle` is undefined.
  const subtle = crypto.subtle as SubtleCrypto | undefined;
  if (sha256 === '' || subtle === undefined) return null;
  const digest = toBase64(await subtle.digest('SHA-256', bytes.slice().buffer));
  if (digest !== sha256) return null;
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
}
