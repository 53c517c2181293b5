/**
 * How many lessons the lecture has, counted from the chapter files in content/lessen/ (a ninth lesson is one new file there),
 * and the number as the site writes it in running text: "acht lessen". Read at build time, on the server only.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of the lessons; `CONTENT_DIR` is the content folder the build reads (src/content.config.ts). */
const LESSONS_DIR = join(process.env['CONTENT_DIR'] ?? 'content', 'lessen');

/** The number of .mdx files in `dir` (0 when there is no such folder, as in the test fixtures of broken chapters). */
export function countLessons(dir: string = LESSONS_DIR): number {
  try {
    return readdirSync(dir).filter((file) => file.endsWith('.mdx')).length;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}

export const LESSON_COUNT = countLessons();

const WORDS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];

/** A count as Dutch running text writes it: words up to twaalf, digits beyond (`8` → "acht", `13` → "13"). */
export function dutchCount(n: number): string {
  return WORDS[n] ?? String(n);
}

/** "acht lessen" (or "één les"): the lessons named by their number, for titles and links. */
export function lessonsPhrase(n: number = LESSON_COUNT): string {
  return n === 1 ? 'één les' : `${dutchCount(n)} lessen`;
}
