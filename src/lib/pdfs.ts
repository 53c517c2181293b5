/** Which pages the build prints to PDF and on what paper, whether PDFs are on at all (`PDFS=off`), and a page's PDF link. */
import { HANDOUTS } from './handouts.ts';
import { pdfPath, withBase } from './urls.ts';

export type Paper = 'A4' | 'A4 landscape';

export interface PdfPage {
  /** Page id: `lessen/5-x` is /lessen/5-x/, printed to /pdf/lessen-5-x.pdf. */
  id: string;
  paper: Paper;
}

/**
 * Pages printed besides every chapter (chapters are A4 portrait): the handouts and the slide deck (one slide a landscape
 * page). To print another page, add one entry and link it with `pdfLink(base, id)`.
 */
export const EXTRA_PDF_PAGES: readonly PdfPage[] = [
  ...HANDOUTS.map((handout): PdfPage => ({ id: handout.id, paper: 'A4' })),
  { id: 'presentatie', paper: 'A4 landscape' },
];

/** Every PDF of the build: the chapters (in the order given), then the extra pages; an id listed twice is printed once. */
export function pdfPages(chapterIds: readonly string[], extra: readonly PdfPage[] = EXTRA_PDF_PAGES): PdfPage[] {
  const pages = new Map<string, PdfPage>(chapterIds.map((id) => [id, { id, paper: 'A4' }]));
  for (const page of extra) pages.set(page.id, page);
  return [...pages.values()];
}

/** False when PDFs are switched off with `PDFS=off`; `PDFS` unset, empty or `on` means on. Any other value is an error. */
export function pdfsEnabled(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const value = (env['PDFS'] ?? '').trim().toLowerCase();
  if (value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(`PDFS="${env['PDFS']}" begrijp ik niet: gebruik PDFS=off (geen PDF's bouwen of linken) of laat het weg.`);
}

/** The "Download als PDF" link of a page (href under `base`, file name), or undefined when PDFs are switched off. */
export function pdfLink(
  base: string,
  id: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): { href: string; download: string } | undefined {
  if (!pdfsEnabled(env)) return undefined;
  const path = pdfPath(id);
  return { href: withBase(base, path), download: path.slice('/pdf/'.length) };
}
