/** The one place that reads the chapters collection and hands out ordered navigation data. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { groupByPart, orderChapters, type NavItem, type NavPart } from './lib/navigation.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;

export interface Lecture {
  entries: ChapterEntry[];
  items: NavItem[];
  parts: NavPart[];
}

let cached: Promise<Lecture> | undefined;

/** All chapters in reading order, grouped by part (computed once per build). */
export function getLecture(): Promise<Lecture> {
  cached ??= (async () => {
    const entries = await getCollection('chapters');
    const items = orderChapters(entries);
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    return {
      entries: items.map((item) => byId.get(item.id)).filter((e): e is ChapterEntry => e !== undefined),
      items,
      parts: groupByPart(items),
    };
  })();
  return cached;
}
