/** Facts about the lecture shown across the site (title, author, affiliation, version date). */
import type { CitableWork } from './lib/citation.ts';
import { SOURCES, type SourceId } from './facts/sources.ts';

export const LECTURE = {
  title: 'Regionale samenwerking in internationaal perspectief',
  author: 'Ben Derudder',
  authorWithTitle: 'Prof. Dr. Ben Derudder',
  affiliation: 'KU Leuven Instituut voor de Overheid',
  /**
   * The lecture opens with a slide on the recognition of this Steunpunt; the slides say nothing more about how the lecture
   * relates to it, so the site never calls the lecture part of it.
   */
  openingSlide: 'Steunpunt Bestuurlijke Vernieuwing (2021–2025)',
  /**
   * Date of this version of the site's text: shown in print, and the retrieval date ("Geraadpleegd op …") in citations.
   * A constant, never the build clock, so builds stay deterministic. The slides themselves carry no date.
   */
  versionDate: '2026-11-27',
} as const;

/** Short names of the sources of the site's compilations, as a citation names them (the full labels are in src/facts/sources.ts). */
const CITED_AS: Partial<Record<SourceId, string>> = {
  pinc: 'Provincies in Cijfers (gebiedsniveaus)',
  statbel: 'Statbel (statistische sectoren)',
  'meetjesland-afbakeningen': 'afbakeningen van het Meetjesland, elk met eigen bron',
};

/** The citation record of a page that is the site's own compilation of data, with its sources and the lecture as context. */
export function compiledWork(title: string, url: string, sources: readonly SourceId[]): CitableWork {
  return {
    ...citableWork(title, url),
    compilation: {
      sources: sources.map((id) => CITED_AS[id] ?? SOURCES[id]),
      context: `${LECTURE.author.split(' ').reverse().join(', ')}, ${LECTURE.title} (lezing, z.d.)`,
    },
  };
}

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
