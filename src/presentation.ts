/** The lecture as a slide deck: the deck id of every section (for /presentatie/ and the "Toon als dia" links), computed once per build. */
import { render } from 'astro:content';
import { getLecture } from './chapters.ts';
import { slideIds, type SlideIdOf } from './lib/deck/slide-ids.ts';

let cached: Promise<SlideIdOf> | undefined;

/** Deck id of a chapter's section: its own id, or `<chapter>--<id>` where several chapters share it. */
export function getSlideIdOf(): Promise<SlideIdOf> {
  cached ??= (async () => {
    const { entries, parts } = await getLecture();
    const chapters = await Promise.all(
      entries.map(async (entry) => ({
        id: entry.id,
        sectionIds: (await render(entry)).headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => h.slug),
      })),
    );
    return slideIds(
      chapters,
      parts.map((p) => p.part),
    );
  })();
  return cached;
}
