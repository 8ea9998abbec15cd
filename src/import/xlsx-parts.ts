/**
 * The parts of an `.xlsx` workbook the import reads, taken out of its ZIP with fflate's synchronous
 * `unzipSync` (no worker started, no code built from text) and parsed with saxen, a small SAX parser
 * that evaluates nothing: no DTD, no external entity, only the five XML entities and character
 * references. Each part's declared size is checked against a cap before it is inflated (fflate never
 * writes past the declared size), so a ZIP bomb costs one message.
 *
 * Why not a ready-made reader: read-excel-file (checked at 9.3.17) turns an Excel error (#DIV/0!, #REF!)
 * and a formula without a saved result into an empty cell — "not reported" here — trims text, gives
 * up at the first bad cell, and unzips large files in workers built from text. See the README.
 */
import { unzipSync } from 'fflate';
import { Parser } from 'saxen';

/** The largest part (sheet, shared strings, styles) inflated: 100 MiB, far above any results table. */
export const MAX_PART_BYTES = 100 * 1024 * 1024;

export class XlsxError extends Error {
  constructor(
    readonly code: 'xlsx-invalid' | 'xlsx-too-large' | 'xlsx-sheet',
    message: string,
  ) {
    super(message);
  }
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML entities, astral character references included (saxen's own decoder cuts those). */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (!ref.startsWith('#')) return ENTITIES[ref] ?? whole;
    const point = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

/** Excel writes characters XML cannot hold as `_xHHHH_` (`_x000D_` is a carriage return). */
export function decodeExcelEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

export interface XmlHandlers {
  /** `attribute` reads the tag being opened, and only during this call. */
  open?: (name: string, attribute: (name: string) => string | undefined, selfClosing: boolean) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Parses one part, with local element and attribute names and decoded text and attributes. */
export function parseXml(xml: string, part: string, handlers: XmlHandlers): void {
  const parser = new Parser();
  // One attribute reader for every tag, parsing the tag's attributes only when one is asked for:
  // most tags of a sheet (<v>, <f>, <t>) are opened without reading any.
  let readAttributes: () => Record<string, string> = () => ({});
  let attributes: Record<string, string> | null = null;
  const attribute = (key: string): string | undefined => {
    attributes ??= readAttributes();
    let raw = attributes[key];
    if (raw === undefined) {
      const suffix = `:${key}`;
      for (const name in attributes) {
        if (name.endsWith(suffix)) {
          raw = attributes[name];
          break;
        }
      }
    }
    return raw === undefined ? undefined : decodeXml(raw);
  };
  parser.on('openTag', (name, getAttrs, _decode, selfClosing) => {
    if (handlers.open === undefined) return;
    readAttributes = getAttrs;
    attributes = null;
    handlers.open(localName(name), attribute, selfClosing);
    if (selfClosing) handlers.close?.(localName(name));
  });
  parser.on('closeTag', (name, _decode, selfClosing) => {
    if (!selfClosing) handlers.close?.(localName(name));
  });
  parser.on('text', (text) => handlers.text?.(decodeXml(text)));
  parser.on('cdata', (text) => handlers.text?.(text));
  parser.on('attention', (text) => {
    // No spreadsheet part declares a DOCTYPE; refusing it keeps entity tricks out altogether.
    if (/^<!DOCTYPE/i.test(text)) throw new XlsxError('xlsx-invalid', `the workbook's ${part} declares a DOCTYPE, which no spreadsheet part has; save the file again from Excel`);
  });
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  try {
    const returned = parser.parse(xml);
    if (returned instanceof Error) failure ??= returned;
  } catch (error) {
    if (error instanceof XlsxError) throw error;
    failure ??= error instanceof Error ? error : new Error(String(error));
  }
  if (failure instanceof XlsxError) throw failure;
  if (failure !== undefined) throw new XlsxError('xlsx-invalid', `the workbook's ${part} is not well-formed XML (${failure.message}); save the file again from Excel`);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Inflates the named parts that exist, after checking each declared size. */
export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, string> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES) {
          const mib = Math.round(file.originalSize / 1024 / 1024).toLocaleString('en-US');
          throw new XlsxError('xlsx-too-large', `the workbook's ${file.name} unpacks to ${mib} MiB, more than the 100 MiB read; a results table is far smaller, so save only the results sheet`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof XlsxError) throw error;
    throw new XlsxError('xlsx-invalid', 'this file is not a readable .xlsx workbook (its ZIP structure is damaged); open it in Excel and save it again as .xlsx');
  }
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) {
    try {
      parts.set(name, utf8.decode(data));
    } catch {
      throw new XlsxError('xlsx-invalid', `the workbook's ${name} is not UTF-8 XML; save the file again from Excel`);
    }
  }
  return parts;
}

/** A relationship target resolved against the folder of the part that names it. */
export function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const folder = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
  const segments: string[] = [];
  for (const segment of `${folder}${target}`.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** `Id → target` of a relationships part. */
export function readRelationships(xml: string | undefined, from: string): Map<string, string> {
  const targets = new Map<string, string>();
  if (xml === undefined) return targets;
  parseXml(xml, 'relationships', {
    open: (name, attribute) => {
      const id = attribute('Id');
      const target = attribute('Target');
      if (name === 'Relationship' && id !== undefined && target !== undefined && attribute('TargetMode') !== 'External') {
        targets.set(id, resolveTarget(from, target));
      }
    },
  });
  return targets;
}

/** The shared strings: rich-text runs joined, phonetic guides (`rPh`) left out. */
export function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  parseXml(xml, 'shared strings', {
    open: (name) => {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic += 1;
      else if (name === 't') inText = true;
    },
    close: (name) => {
      if (name === 'si') {
        strings.push(decodeExcelEscapes(current ?? ''));
        current = null;
      } else if (name === 'rPh') phonetic -= 1;
      else if (name === 't') inText = false;
    },
    text: (text) => {
      if (inText && phonetic === 0 && current !== null) current += text;
    },
  });
  return strings;
}

/** Number formats that show dates or times: Excel's built-in ids, and custom codes with date letters. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function isDateCode(code: string): boolean {
  // Quoted text, escaped characters and [colour]/[$-409] sections are not format letters.
  const letters = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(letters) && !/^general$/i.test(letters.trim());
}

/** For each cell style (the `s` attribute), whether it shows a date. */
export function readDateStyles(xml: string | undefined): boolean[] {
  const dates: boolean[] = [];
  if (xml === undefined) return dates;
  const customDates = new Set<number>();
  let inCellXfs = false;
  parseXml(xml, 'styles', {
    open: (name, attribute) => {
      if (name === 'numFmt' && isDateCode(attribute('formatCode') ?? '')) customDates.add(Number(attribute('numFmtId')));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attribute('numFmtId') ?? '0');
        dates.push(DATE_FORMAT_IDS.has(id) || customDates.has(id));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dates;
}
