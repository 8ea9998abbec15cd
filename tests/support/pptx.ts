/**
 * Reads a .pptx the way a test needs it, with fflate (a dependency already) and no PowerPoint library:
 * the slides in presentation order, each with its text runs, its pictures' alt text (`descr`) and
 * media, and its speaker notes. Plain string matching on the XML that PowerPoint files use, so it
 * runs in Node (e2e) and jsdom (unit) alike.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface PptxSlide {
  /** Every text run (`<a:t>`), in document order. */
  texts: string[];
  pictures: { descr: string; media: Uint8Array | undefined }[];
  /** The text of the notes' body (lines joined by CRLF, as written); '' without notes. */
  notes: string;
}

export interface PptxFile {
  /** `<p:sldSz>` in EMU (914400 a inch): 9144000 × 5143500 is 16:9 at 10 in wide. */
  slideSize: { cx: number; cy: number };
  slides: PptxSlide[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? '';
  });
}

const runs = (xml: string): string[] => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1] ?? ''));

/** Relationship id → target path inside the package, from a part's .rels file. */
function relationships(files: Record<string, Uint8Array>, relsPath: string): Map<string, string> {
  const xml = files[relsPath] ? strFromU8(files[relsPath]) : '';
  const base = relsPath.replace(/_rels\/[^/]+\.rels$/, '');
  return new Map(
    [...xml.matchAll(/<Relationship\b[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => {
      const target = m[2] ?? '';
      // Targets are relative to the part's folder: "../media/image-2-1.png" from ppt/slides/.
      const parts = `${base}${target}`.split('/');
      const resolved: string[] = [];
      for (const part of parts) {
        if (part === '..') resolved.pop();
        else if (part !== '.') resolved.push(part);
      }
      return [m[1] ?? '', resolved.join('/')];
    }),
  );
}

export function readPptx(bytes: Uint8Array): PptxFile {
  const files = unzipSync(bytes);
  const presentation = strFromU8(files['ppt/presentation.xml'] ?? new Uint8Array());
  const size = /<p:sldSz\b[^>]*cx="(\d+)"[^>]*cy="(\d+)"/.exec(presentation);
  const presentationRels = relationships(files, 'ppt/_rels/presentation.xml.rels');
  const slidePaths = [...presentation.matchAll(/<p:sldId\b[^>]*r:id="([^"]+)"/g)].map((m) => presentationRels.get(m[1] ?? '') ?? '');
  const slides = slidePaths.map((path): PptxSlide => {
    const xml = strFromU8(files[path] ?? new Uint8Array());
    const rels = relationships(files, path.replace(/([^/]+)$/, '_rels/$1.rels'));
    const pictures = [...xml.matchAll(/<p:pic>([\s\S]*?)<\/p:pic>/g)].map((m) => {
      const pic = m[1] ?? '';
      const descr = unescapeXml(/<p:cNvPr\b[^>]*\bdescr="([^"]*)"/.exec(pic)?.[1] ?? '');
      const embed = /<a:blip\b[^>]*r:embed="([^"]+)"/.exec(pic)?.[1] ?? '';
      return { descr, media: files[rels.get(embed) ?? ''] };
    });
    const notesPath = [...rels.values()].find((target) => target.includes('notesSlides/'));
    const notesXml = notesPath ? strFromU8(files[notesPath] ?? new Uint8Array()) : '';
    // The notes' body placeholder only (the notes page also holds the slide number).
    const body = [...notesXml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].find((m) => /<p:ph type="body"/.test(m[1] ?? ''));
    const notes = runs(body?.[1] ?? '').join('');
    return { texts: runs(xml), pictures, notes };
  });
  return { slideSize: { cx: Number(size?.[1]), cy: Number(size?.[2]) }, slides };
}
