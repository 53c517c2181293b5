import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

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

/** A chapter as its file in content/ declares it: the URL path, its place in the lecture and, for part 3, its lesson number. */
export interface ChapterFile {
  path: string;
  part: number;
  order: number;
  lesson: number | undefined;
}

/** A number field of a chapter's YAML frontmatter (`part: 3`), or undefined. */
function frontmatterNumber(frontmatter: string, name: string): number | undefined {
  const value = new RegExp(`^${name}:\\s*["']?(\\d+)["']?\\s*$`, 'm').exec(frontmatter)?.[1];
  return value === undefined ? undefined : Number(value);
}

/**
 * The chapters of the lecture, read from the .mdx files in content/ (as the site's content collection reads them) and put
 * in reading order by their frontmatter's part and order, so a new chapter gets every per-chapter check without an edit here.
 */
function readChapters(dir = 'content'): ChapterFile[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
  return files
    .map((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
      const part = frontmatterNumber(frontmatter, 'part');
      const order = frontmatterNumber(frontmatter, 'order');
      if (part === undefined || order === undefined) throw new Error(`${dir}/${file}: no part or order in the frontmatter`);
      const id = file
        .replace(/\.mdx$/, '')
        .split(sep)
        .join('/');
      return { path: `/${id}/`, part, order, lesson: frontmatterNumber(frontmatter, 'lesson') };
    })
    .sort((a, b) => a.part - b.part || a.order - b.order || a.path.localeCompare(b.path));
}

/** Every chapter of the lecture in reading order, from content/. */
const CHAPTER_FILES: readonly ChapterFile[] = readChapters();

/** Every chapter path of the lecture, in reading order (also the pages the key-statement fixture covers). */
export const CHAPTERS: readonly string[] = CHAPTER_FILES.map((chapter) => chapter.path);

/** The lessons of part 3 (content/lessen/), in order. */
export const LESSONS: readonly string[] = CHAPTER_FILES.filter((chapter) => chapter.lesson !== undefined).map((chapter) => chapter.path);

export const TEXT_PAGES = ['/', '/zoeken/', '/begrippen/', '/over-deze-site/', ...CHAPTERS] as const;

/** The printable handouts. */
export const HANDOUT_PAGES = ['/handout/', '/handout/lessen/'] as const;

/** The presentation: the deck and its speaker view. */
export const DECK_PAGES = ['/presentatie/', '/presentatie/spreker/'] as const;

/** A sample of the municipality pages (index, a merger across a vervoerregio border, a merged-away name, Meetjesland) for axe and hygiene; html-validate and the link crawl cover all of them. */
export const GEMEENTE_SAMPLE = ['/gemeenten/', '/gemeenten/beveren-kruibeke-zwijndrecht/', '/gemeenten/kruibeke/', '/gemeenten/eeklo/'] as const;
