/**
 * The wording of every notice shown when a URL value is dropped. Parsing (syntax, src/state) and
 * resolving (against the loaded dataset, resolve-view.ts) share these builders, so the same bad value
 * always reads the same way and gets the same id, which lets the store merge duplicates.
 */
import type { ViewNotice } from './view-request';

/** Long pasted values would swamp the notice; the id keeps the full value. */
const MAX_QUOTED_LENGTH = 40;

function quote(value: string): string {
  const shown = value.length > MAX_QUOTED_LENGTH ? `${value.slice(0, MAX_QUOTED_LENGTH)}…` : value;
  return `"${shown}"`;
}

export function notice(param: string, value: string, message: string): ViewNotice {
  return { id: `${param}=${value}`, param, value, message };
}

export function unknownDatasetNotice(value: string): ViewNotice {
  return notice('dataset', value, `Unknown dataset ${quote(value)} in dataset was ignored; showing the published figures.`);
}

export function unknownMetricNotice(value: string): ViewNotice {
  return notice('metric', value, `Unknown metric ${quote(value)} in metric was ignored; showing the default metric.`);
}

export function unknownOfficeNotice(value: string): ViewNotice {
  return notice('offices', value, `Unknown field office ${quote(value)} in offices was ignored.`);
}

/**
 * `detail` explains a year given in place of an edition (editions are numbered, and some years had
 * none); without it the message stays generic rather than guess why.
 */
export function unknownEditionNotice(value: string, detail?: string): ViewNotice {
  const message = detail
    ? `${quote(value)} is not an edition (${detail}); showing the latest edition.`
    : `Unknown edition ${quote(value)} in edition was ignored; showing the latest edition.`;
  return notice('edition', value, message);
}

export function notAYearNotice(param: 'from' | 'to', value: string): ViewNotice {
  return notice(param, value, `${quote(value)} in ${param} is not a four-digit year and was ignored; ${rangeFallback(param)}.`);
}

export function yearOutsideAxisNotice(param: 'from' | 'to', value: string, first: number, last: number): ViewNotice {
  return notice(
    param,
    value,
    `${quote(value)} in ${param} is outside the years covered (${first}–${last}) and was ignored; ${rangeFallback(param)}.`,
  );
}

export function toBeforeFromNotice(value: string, from: number): ViewNotice {
  return notice('to', value, `${quote(value)} in to is before from (${from}) and was ignored; ${rangeFallback('to')}.`);
}

function rangeFallback(param: 'from' | 'to'): string {
  return param === 'from' ? 'showing from the first year' : 'showing through the last year';
}

export function tooManyOfficesNotice(dropped: readonly string[], max: number): ViewNotice {
  return notice(
    'offices',
    dropped.join(','),
    `Only ${max} field offices can be compared at once; ${dropped.map(quote).join(', ')} ${dropped.length === 1 ? 'was' : 'were'} left out.`,
  );
}

/** A view option given a value it does not take (`scale=wide`): the default is shown instead. */
export function unknownOptionNotice(param: string, value: string, allowed: readonly string[]): ViewNotice {
  return notice(param, value, `${quote(value)} in ${param} is not one of ${allowed.join(', ')} and was ignored; showing the default.`);
}

/** A sort by a column the table does not have. */
export function unknownSortNotice(param: string, value: string): ViewNotice {
  return notice(param, value, `Unknown column ${quote(value)} in ${param} was ignored; sorting by the first column.`);
}

/**
 * `suppress=1`, `suppress=abc`: the reader asked for release mode, so it stays on at the default
 * threshold rather than showing small counts a link meant to hide.
 */
export function invalidThresholdNotice(value: string, min: number, max: number, fallback: number): ViewNotice {
  return notice(
    'suppress',
    value,
    `${quote(value)} in suppress is not a whole number from ${min} to ${max} and was ignored; release mode shows counts under ${fallback} as <${fallback}.`,
  );
}

export function searchTooLongNotice(value: string, max: number): ViewNotice {
  return notice('search', value, `The search ${quote(value)} is longer than ${max} characters and was ignored.`);
}

export function datasetNotLoadedNotice(value: string, title: string, detail: string): ViewNotice {
  return notice('dataset', value, `The dataset “${title}” could not be loaded, so the previous one stays on screen.${detail}`);
}

/**
 * A link to a dataset kept in another browser (`dataset=local-…`): such data never leave the browser
 * that loaded the file, so the link cannot bring them; the reader is told how to see them here.
 */
export function localDatasetMissingNotice(value: string): ViewNotice {
  return notice(
    'dataset',
    value,
    `The dataset ${quote(value)} was loaded from a file in another browser (or removed from this one): ` +
      'your data stay in the browser that loaded them. Showing the published figures; to see that dataset here, load the file here with Load your data.',
  );
}
