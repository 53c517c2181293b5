/** Public ids of the slides in /presentatie/: a section keeps its reading id unless another chapter uses the same one. */
import { chapterAnchor } from '../handout-links.ts';

/** The title slide. */
export const TITLE_SLIDE_ID = 'titel';

/** The slide that opens part `n`, e.g. `deel-2`. */
export function partSlideId(part: number): string {
  return `deel-${part}`;
}

/** The slide that opens a chapter: its handout anchor, e.g. `lessen/5-x` → `lessen-5-x`. */
export function chapterSlideId(chapterId: string): string {
  return chapterAnchor(chapterId);
}

export interface ChapterSections {
  /** Chapter id, e.g. `lessen/5-samenwerkingsmaturiteit`. */
  id: string;
  /** Ids of its h2/h3 sections in reading order. */
  sectionIds: readonly string[];
}

export type SlideIdOf = (chapterId: string, sectionId: string) => string;

/**
 * Maps every (chapter, section) to its id in the deck: the section id itself when no other chapter uses it, else
 * `<chapter-anchor>--<section-id>` as in the handouts (`lessen-5-x--kernpunten`). Throws, naming the chapter, when a
 * deck id would be used twice (a section id that equals a title, part or chapter slide id).
 */
export function slideIds(chapters: readonly ChapterSections[], parts: readonly number[]): SlideIdOf {
  const uses = new Map<string, number>();
  for (const chapter of chapters) for (const id of new Set(chapter.sectionIds)) uses.set(id, (uses.get(id) ?? 0) + 1);
  const map = new Map<string, string>();
  const owner = new Map<string, string>([[TITLE_SLIDE_ID, 'de titeldia'], ...parts.map((p) => [partSlideId(p), `de dia van deel ${p}`] as [string, string])]);
  for (const chapter of chapters) owner.set(chapterSlideId(chapter.id), `de titeldia van content/${chapter.id}.mdx`);
  for (const chapter of chapters) {
    for (const section of chapter.sectionIds) {
      const deckId = (uses.get(section) ?? 0) > 1 ? `${chapterSlideId(chapter.id)}--${section}` : section;
      const taken = owner.get(deckId);
      if (taken) throw new Error(`content/${chapter.id}.mdx: sectie-id "${section}" botst in de presentatie met ${taken}; kies een ander id.`);
      owner.set(deckId, `sectie "${section}" van content/${chapter.id}.mdx`);
      map.set(`${chapter.id}#${section}`, deckId);
    }
  }
  return (chapterId, sectionId) => map.get(`${chapterId}#${sectionId}`) ?? sectionId;
}
