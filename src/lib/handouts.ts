/** The printable handouts: which chapters each one bundles, its URL and its PDF. */
import { lessonsPhrase } from './lessons.ts';

export interface HandoutDef {
  /** Page id, also the PDF name: `handout` → /handout/ and /pdf/handout.pdf. */
  id: string;
  title: string;
  intro: string;
  /** On paper, chapters follow one another (a new page only when less than a third is left) instead of each starting a page. */
  flow?: boolean;
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
    title: `De ${lessonsPhrase()}`,
    intro: `De ${lessonsPhrase()} uit het derde deel van de lezing in één document, om af te drukken of als PDF te bewaren.`,
    includes: (chapter) => chapter.lesson !== undefined,
    flow: true,
  },
];
