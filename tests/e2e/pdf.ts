/** Reads what a reader of a PDF meets: text, page count and size, metadata, outline, link targets, font sizes (poppler-utils, pdf-lib). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFObject } from 'pdf-lib';

export interface PdfInfo {
  pages: number;
  /** Paper of the first page as pdfinfo names it, with the orientation: "A4", "A4 landscape". */
  paper: string;
  tagged: boolean;
  fields: Record<string, string>;
}

export function pdfInfo(path: string): PdfInfo {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const fields = Object.fromEntries(
    info
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
  const [, width = '0', height = '0', name = '?'] = /([\d.]+) x ([\d.]+) pts \((\w+)\)/.exec(fields['Page size'] ?? '') ?? [];
  const paper = Number(width) > Number(height) ? `${name} landscape` : name;
  return { pages: Number(fields['Pages'] ?? 0), paper, tagged: fields['Tagged'] === 'yes', fields };
}

/** The text as pdftotext extracts it, in reading order (no layout padding). */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
}

/** The top line of every page (the running header, left and right, spaces collapsed), as pdftotext lays it out. */
export function pageHeads(path: string): string[] {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) => (page.split('\n').find((line) => line.trim() !== '') ?? '').trim().replace(/\s+/g, ' '));
}

const text = (value: PDFObject | undefined): string => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : '');

/** The outline (bookmarks) as a flat list of titles with their depth (1 = top level). */
export async function pdfOutline(path: string): Promise<{ title: string; depth: number }[]> {
  const pdf = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
  const out: { title: string; depth: number }[] = [];
  const walk = (node: PDFDict | undefined, depth: number): void => {
    for (let item = node; item; item = pdf.context.lookupMaybe(item.get(PDFName.of('Next')), PDFDict)) {
      out.push({ title: text(item.get(PDFName.of('Title'))).trim(), depth });
      walk(pdf.context.lookupMaybe(item.get(PDFName.of('First')), PDFDict), depth + 1);
    }
  };
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  walk(outlines ? pdf.context.lookupMaybe(outlines.get(PDFName.of('First')), PDFDict) : undefined, 1);
  return out;
}

/** The catalog's /Lang. */
export async function pdfLanguage(path: string): Promise<string> {
  const pdf = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
  return text(pdf.catalog.get(PDFName.of('Lang')));
}

/** Every URI a link annotation in the PDF points to. */
export function pdfLinks(path: string): string[] {
  const raw = readFileSync(path, 'latin1');
  return [...raw.matchAll(/\/URI \(((?:\\.|[^\\)])*)\)/g)].map((m) => (m[1] ?? '').replace(/\\(.)/g, '$1'));
}

/**
 * Font size (pt) of the body text: in the font family of the line that starts with `sample` (a sentence of the body
 * text), the size that carries the most characters. Sizes come from pdftohtml's font table at zoom 3, so in thirds of a
 * point; tables and captions in another family do not count.
 */
export function bodyFontSize(path: string, sample: string): number {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-zoom', '3', '-stdout', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const fonts = new Map<string, { size: number; family: string }>();
  for (const m of xml.matchAll(/<fontspec id="(\d+)" size="(-?\d+)" family="(?:[A-Z]{6}\+)?([^"]*)"/g))
    fonts.set(m[1] ?? '', { size: Number(m[2]) / 3, family: m[3] ?? '' });
  const runs = [...xml.matchAll(/<text [^>]*font="(\d+)"[^>]*>(.*?)<\/text>/g)].map((m) => ({
    font: fonts.get(m[1] ?? ''),
    text: (m[2] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"'),
  }));
  const family = runs.find((run) => run.text.trim().startsWith(sample))?.font?.family;
  if (!family) throw new Error(`${path}: geen regel die begint met "${sample}"`);
  const chars = new Map<number, number>();
  for (const run of runs) if (run.font?.family === family) chars.set(run.font.size, (chars.get(run.font.size) ?? 0) + run.text.length);
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/**
 * The pages whose last line above the footer is set larger than `size` pt, i.e. that end in a heading, as that line's text.
 */
export function headingsAtPageFoot(path: string, size: number): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-zoom', '3', '-stdout', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const sizes = new Map([...xml.matchAll(/<fontspec id="(\d+)" size="(-?\d+)"/g)].map((m) => [m[1] ?? '', Number(m[2]) / 3]));
  const out: string[] = [];
  for (const page of xml.split('<page ').slice(1)) {
    const height = Number(/height="(\d+)"/.exec(page)?.[1] ?? 0);
    const last = [...page.matchAll(/<text top="(\d+)"[^>]*font="(\d+)">(.*?)<\/text>/g)]
      .map((m) => ({ top: Number(m[1]), size: sizes.get(m[2] ?? '') ?? 0, text: (m[3] ?? '').replace(/<[^>]+>/g, '').trim() }))
      // Not the running header and footer, in the top and bottom 16 mm.
      .filter((run) => run.top > height * 0.055 && run.top < height * 0.94 && run.text !== '')
      .sort((a, b) => a.top - b.top)
      .at(-1);
    if (last && last.size > size) out.push(last.text);
  }
  return out;
}
