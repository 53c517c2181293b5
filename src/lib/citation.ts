/**
 * Citation formats for a page of the lecture site: APA 7 (Dutch), BibTeX, and the citation_* meta tags. The slides carry
 * no date, so no format invents a publication date: APA says "(z.d.)" with the retrieval date, BibTeX and the meta tags
 * give only the retrieval date.
 */
import { dutchDate, parseIsoDate } from './format.ts';

export interface CitableWork {
  /** Title of the page, e.g. "Samenwerkingsmaturiteit". */
  title: string;
  /** Title of the whole lecture. */
  container: string;
  authorFamily: string;
  authorGiven: string;
  publisher: string;
  /** ISO date on which this version of the page was consulted (a constant of the site, never the build clock). */
  retrieved: string;
  url: string;
  /**
   * Set when the page is the site's own compilation of data (the municipality pages): it is cited as the site's work,
   * without the lecturer as author, naming its sources; the lecture is named as context.
   */
  compilation?: { sources: readonly string[]; context: string } | undefined;
}

/**
 * APA 7 reference in Dutch for an undated web page, e.g. "Derudder, B. (z.d.). Leiderschap. In Regionale samenwerking …
 * KU Leuven …. Geraadpleegd op 27 november 2026, van https://…". Plain text.
 */
export function apa(work: CitableWork): string {
  if (work.compilation) {
    return `${work.title}. (z.d.). In ${work.container} [website; samenstelling uit ${work.compilation.sources.join('; ')}]. Geraadpleegd op ${dutchDate(work.retrieved)}, van ${work.url}`;
  }
  const initials = work.authorGiven
    .split(/\s+/)
    .map((name) => `${name.charAt(0)}.`)
    .join(' ');
  const inContainer = work.title === work.container ? '' : ` In ${work.container}.`;
  return `${work.authorFamily}, ${initials} (z.d.). ${work.title}.${inContainer} ${work.publisher}. Geraadpleegd op ${dutchDate(work.retrieved)}, van ${work.url}`;
}

/** A BibTeX key built from author and the last path segment, without a year, e.g. "derudder5samenwerkingsmaturiteit". */
export function bibtexKey(work: CitableWork): string {
  const slug = new URL(work.url).pathname.split('/').filter(Boolean).at(-1) ?? 'lezing';
  return `${work.compilation ? 'regionalesamenwerking' : work.authorFamily}${slug}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

const escapeTex = (value: string): string => value.replace(/([{}%&$#_])/g, '\\$1');

/** A BibTeX `@misc` entry for the page: no year or date (the slides give none), only the retrieval date as `urldate`. */
export function bibtex(work: CitableWork): string {
  parseIsoDate(work.retrieved);
  const fields: [string, string][] = work.compilation
    ? [
        ['title', work.title],
        ['organization', `Website ${work.container}`],
        ['note', `Samenstelling van de website uit: ${work.compilation.sources.join('; ')}. Context: ${work.compilation.context}`],
      ]
    : [
        ['author', `${work.authorFamily}, ${work.authorGiven}`],
        ['title', work.title],
        ['booktitle', work.container],
        ['publisher', work.publisher],
      ];
  fields.push(['url', work.url], ['urldate', work.retrieved], ['language', 'dutch']);
  const body = fields.map(([key, value]) => `  ${key} = {${key === 'url' ? value : escapeTex(value)}}`).join(',\n');
  return `@misc{${bibtexKey(work)},\n${body}\n}`;
}

/** `citation_*` meta tags (Highwire Press) that reference managers read; no citation_publication_date, as the slides carry none. */
export function citationMeta(work: CitableWork): { name: string; content: string }[] {
  if (work.compilation) {
    return [
      { name: 'citation_title', content: work.title },
      { name: 'citation_publisher', content: `Website ${work.container}` },
      { name: 'citation_language', content: 'nl' },
      { name: 'citation_public_url', content: work.url },
      ...work.compilation.sources.map((s) => ({ name: 'citation_reference', content: s })),
      { name: 'citation_reference', content: work.compilation.context },
    ];
  }
  return [
    { name: 'citation_title', content: work.title },
    { name: 'citation_author', content: `${work.authorFamily}, ${work.authorGiven}` },
    { name: 'citation_publisher', content: work.publisher },
    { name: 'citation_inbook_title', content: work.container },
    { name: 'citation_language', content: 'nl' },
    { name: 'citation_public_url', content: work.url },
  ];
}
