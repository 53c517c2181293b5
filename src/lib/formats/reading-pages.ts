/** Which built pages get a Markdown copy and an llms.txt entry, in reading order, and what each one's note says it is. */
import { parseHTML } from 'linkedom';

export type PageKind = 'home' | 'chapter' | 'glossary' | 'municipalities' | 'municipality' | 'about';

export interface ReadingPage {
  /** Root-relative path without base, e.g. `/lessen/5-samenwerkingsmaturiteit/`. */
  path: string;
  kind: PageKind;
}

/** Strips the base from a link on a built page (`/lezing/lessen/1-x/` → `/lessen/1-x/`); undefined for a link outside it. */
export function pathWithoutBase(href: string, base: string): string | undefined {
  const head = base.endsWith('/') ? base : `${base}/`;
  if (!href.startsWith(head)) return undefined;
  return `/${href.slice(head.length)}`;
}

/**
 * The chapters in reading order, read from the home page's overview (its links in `.overview-parts`). Throws when the home
 * page lists none, since every later format would then silently lack the lecture.
 */
export function chapterPathsFromHome(homeHtml: string, base: string): string[] {
  const { document } = parseHTML(homeHtml);
  const paths = [...document.querySelectorAll('.overview-parts a[href]')]
    .map((a) => pathWithoutBase(a.getAttribute('href') ?? '', base))
    .filter((path): path is string => path !== undefined);
  if (paths.length === 0) throw new Error('index.html: geen hoofdstukken gevonden in het overzicht (.overview-parts a).');
  return [...new Set(paths)];
}

/** All pages with a Markdown copy: home, chapters (in order), glossary, about page, municipality index, municipalities (sorted). */
export function readingPages(chapters: readonly string[], municipalitySlugs: readonly string[]): ReadingPage[] {
  return [
    { path: '/', kind: 'home' },
    ...chapters.map((path): ReadingPage => ({ path, kind: 'chapter' })),
    { path: '/begrippen/', kind: 'glossary' },
    { path: '/over-deze-site/', kind: 'about' },
    { path: '/gemeenten/', kind: 'municipalities' },
    ...[...municipalitySlugs].sort().map((slug): ReadingPage => ({ path: `/gemeenten/${slug}/`, kind: 'municipality' })),
  ];
}

const LECTURE_NOTE = 'de lezing ‘Regionale samenwerking in internationaal perspectief’ van Prof. Dr. Ben Derudder (KU Leuven Instituut voor de Overheid)';
const ADDED_NOTE = 'Wat als ‘Achtergrond’ gemarkeerd staat, is context die deze website toevoegt, met haar bron; het is geen bevinding uit de lezing.';

/** The sentence under the title of a Markdown copy: where the page lives and whose work it is. */
export function provenanceNote(kind: PageKind, url: string): string {
  const where = `Tekstversie van ${url}.`;
  switch (kind) {
    case 'chapter':
    case 'home':
      return `${where} Deze pagina geeft ${LECTURE_NOTE} weer. ${ADDED_NOTE}`;
    case 'glossary':
      return `${where} De begrippenlijst is voor deze website geschreven bij ${LECTURE_NOTE}; feiten die niet uit de lezing komen, noemen hun bron.`;
    case 'municipalities':
    case 'municipality':
      return `${where} Deze pagina is voor deze website samengesteld uit de open gegevens die onderaan genoemd staan, bij ${LECTURE_NOTE}; ze is geen deel van de lezing.`;
    case 'about':
      return `${where} Deze pagina beschrijft de website, niet de lezing.`;
  }
}
