/** Where the end-to-end tests find the built site: the test build is made with BASE_PATH=/lezing/ to prove sub-path deployment works. */
export const PORT = Number(process.env['E2E_PORT'] ?? 4329);
/** The built site under test (`dist/` unless DIST_DIR says otherwise). */
export const DIST = process.env['DIST_DIR'] ?? 'dist';
export const BASE = '/lezing/';
export const ORIGIN = `http://127.0.0.1:${PORT}`;

/** Path on the test server of a root-relative site path, e.g. `/lessen/` → `/lezing/lessen/`. */
export function sitePath(path: string): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

/** Every chapter path of the lecture (also the pages the key-statement fixture covers). */
export const CHAPTERS = [
  '/geografische-realiteit/',
  '/bestuurlijke-realiteit/',
  '/samenwerking-doen-werken/',
  '/lessen/1-feitelijke-realiteit/',
  '/lessen/2-coordinatieplatform/',
  '/lessen/3-maatwerk-en-centrale-sturing/',
  '/lessen/4-sectorale-dynamiek/',
  '/lessen/5-samenwerkingsmaturiteit/',
  '/lessen/6-ambtelijke-capaciteit/',
  '/lessen/7-leiderschap/',
  '/lessen/8-financiering-als-hefboom/',
] as const;

export const TEXT_PAGES = ['/', '/zoeken/', '/begrippen/', '/over-deze-site/', ...CHAPTERS] as const;

/** The printable handouts. */
export const HANDOUT_PAGES = ['/handout/', '/handout/lessen/'] as const;

/** The presentation: the deck and its speaker view. */
export const DECK_PAGES = ['/presentatie/', '/presentatie/spreker/'] as const;

/** A sample of the municipality pages (index, a merger across a vervoerregio border, a merged-away name, Meetjesland) for axe and hygiene; html-validate and the link crawl cover all of them. */
export const GEMEENTE_SAMPLE = ['/gemeenten/', '/gemeenten/beveren-kruibeke-zwijndrecht/', '/gemeenten/kruibeke/', '/gemeenten/eeklo/'] as const;
