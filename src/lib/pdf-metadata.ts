/** Stamps a PDF with its document metadata (title, author, subject, language) and fixed dates, so equal input gives equal bytes. */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFObject } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  /** BCP 47 language tag, e.g. `nl`. */
  language: string;
  creator: string;
  /**
   * The printed headings in document order. Chromium builds the outline from them but drops the space where a heading
   * wraps ("Regio's alsgeografische realiteit"); the outline entries get these texts instead.
   */
  headings: readonly string[];
  /** ISO date (`2026-11-27`) used as creation and modification date instead of the time of printing. */
  date: string;
}

/** Outline items in document order (depth first). */
function outlineItems(pdf: PDFDocument): PDFDict[] {
  const items: PDFDict[] = [];
  const walk = (first: PDFDict | undefined): void => {
    for (let item = first; item; item = pdf.context.lookupMaybe(item.get(PDFName.of('Next')), PDFDict)) {
      items.push(item);
      walk(pdf.context.lookupMaybe(item.get(PDFName.of('First')), PDFDict));
    }
  };
  const root = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  walk(root ? pdf.context.lookupMaybe(root.get(PDFName.of('First')), PDFDict) : undefined);
  return items;
}

/** Gives the outline items the heading texts; a different number of items and headings is an error. */
function retitleOutline(pdf: PDFDocument, headings: readonly string[]): void {
  const items = outlineItems(pdf);
  if (items.length !== headings.length) {
    throw new Error(`stampPdf: de PDF heeft ${items.length} bladwijzers maar de pagina ${headings.length} koppen (${headings.slice(0, 5).join(' | ')} …)`);
  }
  items.forEach((item, i) => item.set(PDFName.of('Title'), PDFHexString.fromText(headings[i] ?? '')));
}

const NODE_ID = /^node(\d+)$/;

/**
 * Chromium names the structure elements that tables refer to (/ID, /Headers, the IDTree) after internal DOM node
 * numbers, which shift from run to run. Renumbers them 1, 2, 3… in their original order (the IDTree stays sorted).
 */
function renumberNodeIds(pdf: PDFDocument): void {
  const nodeNumber = (value: PDFObject | undefined): number | undefined =>
    value instanceof PDFString ? Number(NODE_ID.exec(value.asString())?.[1] ?? Number.NaN) || undefined : undefined;
  /** Calls `found` for every direct node-id string, with a way to replace it where it sits. */
  const walk = (found: (n: number, replace: (s: PDFString) => void) => void): void => {
    const seen = new Set<PDFObject>();
    const visit = (value: PDFObject): void => {
      if (seen.has(value)) return;
      seen.add(value);
      if (value instanceof PDFArray) {
        for (let i = 0; i < value.size(); i += 1) {
          const item = value.get(i);
          const n = nodeNumber(item);
          if (n !== undefined) found(n, (s) => value.set(i, s));
          else visit(item);
        }
      } else if (value instanceof PDFDict) {
        for (const [key, item] of value.entries()) {
          const n = nodeNumber(item);
          if (n !== undefined) found(n, (s) => value.set(key, s));
          else visit(item);
        }
      }
    };
    for (const [, object] of pdf.context.enumerateIndirectObjects()) visit(object);
  };
  const numbers = new Set<number>();
  walk((n) => numbers.add(n));
  const renumbered = new Map([...numbers].sort((a, b) => a - b).map((n, i) => [n, `node${String(i + 1).padStart(8, '0')}`]));
  walk((n, replace) => replace(PDFString.of(renumbered.get(n) ?? '')));
}

/** Returns the PDF with its Info dictionary and catalog language set; structure tree, outline and links stay as they are. */
export async function stampPdf(bytes: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const date = new Date(`${meta.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`stampPdf: "${meta.date}" is geen datum (JJJJ-MM-DD)`);
  for (const field of ['title', 'author', 'language'] as const) {
    if (!meta[field].trim()) throw new Error(`stampPdf: ${field} ontbreekt`);
  }
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setSubject(meta.subject);
  pdf.setLanguage(meta.language);
  pdf.setCreator(meta.creator);
  retitleOutline(pdf, meta.headings);
  renumberNodeIds(pdf);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  // Without object streams every annotation (links) stays readable as plain text for tests and tools.
  return pdf.save({ useObjectStreams: false, updateFieldAppearances: false });
}
