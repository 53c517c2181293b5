/** The lecture's source text (content/source/lezing.md), split into slides: what "the lecture says" means on this site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCE_FILE = 'content/source/lezing.md';

export interface SourceSlide {
  /** The slide's title as in the source, without `#` marks, e.g. "6. Ambtelijke capaciteit". */
  title: string;
  /** The slide's text, title included, as plain words (see `plainText`). */
  text: string;
}

/** Plain words of a Markdown fragment: no emphasis marks or links, one kind of quote and dash, single spaces. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_]+/g, '')
    .replace(/[‘’‚`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\u00ad/g, '')
    .replace(/^\s*[-#]+\s*/gm, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits the source text into slides: every Markdown heading starts one; text before the first heading is dropped. */
export function parseSourceText(markdown: string): SourceSlide[] {
  const slides: SourceSlide[] = [];
  let current: { title: string; lines: string[] } | undefined;
  const flush = (): void => {
    if (current) slides.push({ title: current.title, text: plainText([current.title, ...current.lines].join('\n')) });
  };
  for (const line of markdown.split('\n')) {
    const heading = /^#{1,6}\s+(.+?)\s*$/.exec(line);
    if (heading) {
      flush();
      current = { title: plainText(heading[1] ?? ''), lines: [] };
    } else if (current) current.lines.push(line);
  }
  flush();
  return slides;
}

let cached: SourceSlide[] | undefined;

/** The slides of the committed source text (read once); a missing or empty file stops the build, naming it. */
export function lectureSlides(root = process.cwd()): SourceSlide[] {
  if (cached) return cached;
  let markdown: string;
  try {
    markdown = readFileSync(join(root, SOURCE_FILE), 'utf8');
  } catch {
    throw new Error(`${SOURCE_FILE}: de brontekst van de lezing ontbreekt; zonder die tekst kan de site niet nagaan wat de lezing zegt.`);
  }
  const slides = parseSourceText(markdown);
  if (slides.length === 0) throw new Error(`${SOURCE_FILE}: geen enkele dia gevonden (elke dia begint met een kop "# …").`);
  cached = slides;
  return slides;
}

/** The slides with this title (several slides can share one, e.g. "De Nederlandse Regiodeals"). */
export function slidesTitled(title: string, slides: readonly SourceSlide[] = lectureSlides()): SourceSlide[] {
  return slides.filter((s) => s.title === title);
}

/** Whether the words occur in the lecture (case-insensitive; in the given slide only, when a title is given). */
export function lectureSays(words: string, slideTitle?: string, slides: readonly SourceSlide[] = lectureSlides()): boolean {
  const needle = plainText(words).toLowerCase();
  const pool = slideTitle === undefined ? slides : slidesTitled(slideTitle, slides);
  return pool.some((s) => s.text.toLowerCase().includes(needle));
}
