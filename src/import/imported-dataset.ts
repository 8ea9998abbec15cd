/**
 * An accepted file as a dataset of the app's one model: the reference data (editions, gaps, offices,
 * metrics, wording, sources) of the published package, and the file's values with origin `imported`.
 *
 * The national figure of each edition and metric the file gives is the sum of its offices, with the
 * coverage in its note ("41 of 56 offices reported"). An office not reported (a blank cell, or no row)
 * has an unknown value that is not negative, so a sum with any office missing is a lower bound:
 * qualifier `at-least`, shown "200+", as the breakdown table's sum row does (breakdown-cells.ts
 * sumCell). With no office reported, the national figure is not reported, never 0.
 */
import { resourcesFor } from '../data/package-write';
import { NATIONAL } from '../data/types';
import type { Dataset, Manifest, Observation } from '../data/types';
import type { ImportedValue } from './import-types';
import type { ImportReference } from './reference';
import type { ImportEntry } from './validate-rows';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-12-04` → `4 Dec 2026`. */
export function dayText(isoDate: string): string {
  const [year = '', month = '1', day = '1'] = isoDate.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? ''} ${year}`;
}

/** The file's name as a title may show it: no control, invisible or reordering characters, not too long. */
export function safeFileName(fileName: string): string {
  const clean = fileName.normalize('NFC').replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu, '').trim();
  return clean.length > 120 ? `${clean.slice(0, 119)}…` : clean || 'file';
}

export interface DatasetMeta {
  id: string;
  fileName: string;
  loadedOn: string;
}

function manifestFor(meta: DatasetMeta, reference: ImportReference): Manifest {
  const name = safeFileName(meta.fileName);
  const loaded = dayText(meta.loadedOn);
  const { version } = reference.dataset.manifest;
  return {
    id: meta.id,
    title: `${name}, loaded ${loaded}`,
    kind: 'imported',
    version: '1.0.0',
    asOf: meta.loadedOn,
    description:
      `Figures from the file ${name}, loaded ${loaded}: not published by the FBI. Field-office values are the file's own; ` +
      'each national figure is the sum of the offices, with how many reported, and a lower bound ("at least") when any office did not report. ' +
      `Editions, offices, metrics, release wording and sources come from the published package ${version}. A blank value means not reported; it is never zero.`,
    resources: resourcesFor(),
  };
}

function nationalNote(fileName: string, reported: number, total: number): string {
  const coverage = `${reported} of ${total} offices reported`;
  if (reported === 0) return `Sum of the field offices in ${fileName}: ${coverage}, so no national figure.`;
  if (reported < total) return `Sum of the field offices in ${fileName}: ${coverage}; the others are unknown, so the sum is a lower bound.`;
  return `Sum of the field offices in ${fileName}: ${coverage}.`;
}

export function importedDataset(
  entries: readonly ImportEntry[],
  metricIds: readonly string[],
  reference: ImportReference,
  meta: DatasetMeta,
): { dataset: Dataset; values: ImportedValue[] } {
  const values: ImportedValue[] = [];
  const byEdition = new Map<string, ImportEntry[]>();
  for (const entry of entries) {
    const rows = byEdition.get(entry.editionId);
    if (rows === undefined) byEdition.set(entry.editionId, [entry]);
    else rows.push(entry);
    metricIds.forEach((metric, i) => values.push({ edition: entry.editionId, office: entry.officeId, metric, value: entry.values[i] ?? null }));
  }
  const officeOrder = new Map(reference.offices.map((office, i) => [office.id, i]));
  const metricRank = new Map(reference.metrics.map((metric, i) => [metric.id, i]));
  const metricOrder = [...metricIds].sort((a, b) => (metricRank.get(a) ?? 0) - (metricRank.get(b) ?? 0));
  const total = reference.offices.length;
  const fileName = safeFileName(meta.fileName);
  const observations: Observation[] = [];
  const observation = (editionId: string, place: string, metricId: string, value: number | null, note = ''): Observation => ({
    editionId,
    place,
    metricId,
    value,
    qualifier: null,
    origin: 'imported',
    sourceIds: [],
    note,
  });
  for (const edition of reference.editions) {
    const rows = byEdition.get(edition.id);
    if (rows === undefined) continue;
    rows.sort((a, b) => (officeOrder.get(a.officeId) ?? 0) - (officeOrder.get(b.officeId) ?? 0));
    for (const metricId of metricOrder) {
      const column = metricIds.indexOf(metricId);
      const reportedValues = rows.map((row) => row.values[column] ?? null).filter((value): value is number => value !== null);
      const sum = reportedValues.reduce((a, b) => a + b, 0);
      const national = observation(edition.id, NATIONAL, metricId, reportedValues.length === 0 ? null : sum, nationalNote(fileName, reportedValues.length, total));
      if (reportedValues.length > 0 && reportedValues.length < total) national.qualifier = 'at-least';
      observations.push(national);
      for (const row of rows) observations.push(observation(edition.id, row.officeId, metricId, row.values[column] ?? null));
    }
  }
  const { dataset } = reference;
  return {
    dataset: {
      manifest: manifestFor(meta, reference),
      editions: dataset.editions,
      gaps: dataset.gaps,
      offices: dataset.offices,
      metrics: dataset.metrics,
      wording: dataset.wording,
      observations,
      sources: dataset.sources,
    },
    values,
  };
}
