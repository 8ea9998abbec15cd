/**
 * Reads the source list from the markdown table in scripts/published-source/SOURCES.md:
 * `| id | URL | outlet | date | what it supports |`.
 *
 * Two cells need care because the package format is stricter than the markdown:
 * - URL: S71 and S72 are GitHub files whose repository was not recorded, so the cell holds a
 *   description instead of an address. The package gets an empty URL and the description moves into
 *   the summary, so no reader is sent to a made-up link.
 * - date: the format allows YYYY, YYYY-MM or YYYY-MM-DD only. A remark after the date
 *   ("(repost date)") moves into the summary; "undated" becomes empty; S71's
 *   `data labelled "updated August 12, 2021"` becomes 2021-08-12 with the wording kept in the summary.
 */
import type { Source } from '../../src/data/types';

const ROW = /^\|\s*(S\d+)\s*\|/;
const ISO_DATE = /^(\d{4}(?:-\d{2}){0,2})(?:\s*\((.+)\))?$/;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const WORDED_DATE = new RegExp(`(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})`);

interface SourceDate {
  date: string;
  /** Whatever the cell said beyond the date, kept for the summary; '' when nothing. */
  remark: string;
}

function readDate(cell: string, id: string): SourceDate {
  if (cell === 'undated') return { date: '', remark: '' };
  const iso = ISO_DATE.exec(cell);
  if (iso?.[1] !== undefined) return { date: iso[1], remark: iso[2] ?? '' };
  const worded = WORDED_DATE.exec(cell);
  if (worded?.[1] !== undefined && worded[2] !== undefined && worded[3] !== undefined) {
    const month = String(MONTHS.indexOf(worded[1]) + 1).padStart(2, '0');
    return { date: `${worded[3]}-${month}-${worded[2].padStart(2, '0')}`, remark: cell };
  }
  throw new Error(`SOURCES.md ${id}: cannot read the date "${cell}"`);
}

const sentence = (text: string): string => {
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
};

export function parseSourcesTable(markdown: string): Source[] {
  const sources: Source[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const id = ROW.exec(line)?.[1];
    if (id === undefined) continue;
    const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
    const [, address = '', outlet = '', dateCell = '', supports = ''] = cells;
    if (cells.length !== 5 || outlet === '' || supports === '') {
      throw new Error(`SOURCES.md ${id}: expected 5 filled cells, found ${cells.length}`);
    }
    const { date, remark } = readDate(dateCell, id);
    const hasUrl = /^https?:\/\//.test(address);
    const parts = [hasUrl ? '' : sentence(address), supports, remark === '' ? '' : `Date: ${remark}.`];
    sources.push({
      id,
      outlet,
      date,
      url: hasUrl ? address : '',
      summary: parts.filter((part) => part !== '').join(' '),
    });
  }
  return sources;
}
