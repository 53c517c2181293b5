/** Citation formats for a page of the lecture site: APA 7 (Dutch), BibTeX, and the citation_* meta tags. */

export interface CitableWork {
  /** Title of the page, e.g. "Samenwerkingsmaturiteit". */
  title: string;
  /** Title of the whole lecture. */
  container: string;
  authorFamily: string;
  authorGiven: string;
  publisher: string;
  /** ISO date of this version of the site, e.g. "2026-11-27". */
  date: string;
  url: string;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

function parts(date: string): { year: string; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Ongeldige datum "${date}": verwacht JJJJ-MM-DD.`);
  return { year: match[1] ?? '', month: Number(match[2]), day: Number(match[3]) };
}

/** A date in Dutch long form, e.g. "2026-11-27" → "27 november 2026". */
export function dutchDate(date: string): string {
  const { year, month, day } = parts(date);
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** APA 7 reference in Dutch, e.g. "Derudder, B. (2026, 27 november). Leiderschap. In Regionale samenwerking … KU Leuven …. https://…". Plain text; the page and container are italic in the HTML version. */
export function apa(work: CitableWork): string {
  const { year, month, day } = parts(work.date);
  const initials = work.authorGiven.split(/\s+/).map((name) => `${name.charAt(0)}.`).join(' ');
  const inContainer = work.title === work.container ? '' : ` In ${work.container}.`;
  return `${work.authorFamily}, ${initials} (${year}, ${day} ${MONTHS[month - 1] ?? ''}). ${work.title}.${inContainer} ${work.publisher}. ${work.url}`;
}

/** A BibTeX key built from author, year and the last path segment, e.g. "derudder2026samenwerkingsmaturiteit". */
export function bibtexKey(work: CitableWork): string {
  const slug = new URL(work.url).pathname.split('/').filter(Boolean).at(-1) ?? 'lezing';
  return `${work.authorFamily}${parts(work.date).year}${slug}`.toLowerCase().normalize('NFD').replace(/[^a-z0-9]/g, '');
}

const escapeTex = (value: string): string => value.replace(/([{}%&$#_])/g, '\\$1');

/** A BibTeX `@misc` entry for the page. */
export function bibtex(work: CitableWork): string {
  const fields: [string, string][] = [
    ['author', `${work.authorFamily}, ${work.authorGiven}`],
    ['title', work.title],
    ['booktitle', work.container],
    ['publisher', work.publisher],
    ['year', parts(work.date).year],
    ['date', work.date],
    ['url', work.url],
    ['urldate', work.date],
    ['language', 'dutch'],
  ];
  const body = fields.map(([key, value]) => `  ${key} = {${key === 'url' ? value : escapeTex(value)}}`).join(',\n');
  return `@misc{${bibtexKey(work)},\n${body}\n}`;
}

/** `citation_*` meta tags (Highwire Press) that reference managers and Google Scholar read. */
export function citationMeta(work: CitableWork): { name: string; content: string }[] {
  const { year, month, day } = parts(work.date);
  return [
    { name: 'citation_title', content: work.title },
    { name: 'citation_author', content: `${work.authorFamily}, ${work.authorGiven}` },
    { name: 'citation_publication_date', content: `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}` },
    { name: 'citation_publisher', content: work.publisher },
    { name: 'citation_inbook_title', content: work.container },
    { name: 'citation_language', content: 'nl' },
    { name: 'citation_public_url', content: work.url },
  ];
}
