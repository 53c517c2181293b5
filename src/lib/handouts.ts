/** The printable handouts: which chapters each one bundles, its URL and its PDF. */

export interface HandoutDef {
  /** Page id, also the PDF name: `handout` → /handout/ and /pdf/handout.pdf. */
  id: string;
  title: string;
  intro: string;
  /** Chooses the chapters (already in reading order). */
  includes(chapter: { part: number; lesson?: number | undefined }): boolean;
}

export const HANDOUTS: readonly HandoutDef[] = [
  {
    id: 'handout',
    title: 'Volledige lezing',
    intro: 'Alle hoofdstukken van de lezing in één document, om af te drukken of als PDF te bewaren.',
    includes: () => true,
  },
  {
    id: 'handout/lessen',
    title: 'De acht lessen',
    intro: 'De acht lessen uit het derde deel van de lezing in één document, om af te drukken of als PDF te bewaren.',
    includes: (chapter) => chapter.lesson !== undefined,
  },
];

/** Other pages printed to PDF with the chapters and handouts; `landscape` for a slide deck (A4 landscape, one slide a page). */
export const EXTRA_PDFS: readonly { id: string; landscape?: boolean }[] = [{ id: 'presentatie', landscape: true }];
