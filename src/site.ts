/** Facts about the lecture shown across the site (title, author, affiliation, version date). */
import type { CitableWork } from './lib/citation.ts';

export const LECTURE = {
  title: 'Regionale samenwerking in internationaal perspectief',
  author: 'Ben Derudder',
  authorWithTitle: 'Prof. Dr. Ben Derudder',
  affiliation: 'KU Leuven Instituut voor de Overheid',
  programme: 'Steunpunt Bestuurlijke Vernieuwing (2021–2025)',
  /**
   * Date of this version of the site's text: shown in print, and the retrieval date ("Geraadpleegd op …") in citations.
   * A constant, never the build clock, so builds stay deterministic. The slides themselves carry no date.
   */
  versionDate: '2026-11-27',
} as const;

/** The citation record of a page of this site. */
export function citableWork(title: string, url: string): CitableWork {
  return {
    title,
    container: LECTURE.title,
    authorFamily: 'Derudder',
    authorGiven: 'Ben',
    publisher: LECTURE.affiliation,
    retrieved: LECTURE.versionDate,
    url,
  };
}
