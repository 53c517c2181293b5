/** Orders the lecture's chapters into parts and answers previous/next for any page. */
import { PART_TITLES, type ChapterData } from './chapter-schema.ts';
import { chapterPath } from './urls.ts';

export interface NavChapter {
  id: string;
  data: Pick<ChapterData, 'title' | 'navTitle' | 'part' | 'order' | 'summary'> & { lesson?: number | undefined };
}

export interface NavItem {
  id: string;
  path: string;
  title: string;
  navTitle: string;
  summary: string;
  part: 1 | 2 | 3;
  lesson?: number | undefined;
}

export interface NavPart {
  part: 1 | 2 | 3;
  title: string;
  items: NavItem[];
}

/** Sorts chapters by part, then order, then id; throws when two chapters claim the same part and order. */
export function orderChapters(chapters: readonly NavChapter[]): NavItem[] {
  const sorted = [...chapters].sort((a, b) => a.data.part - b.data.part || a.data.order - b.data.order || a.id.localeCompare(b.id));
  for (let i = 1; i < sorted.length; i += 1) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (prev && cur && prev.data.part === cur.data.part && prev.data.order === cur.data.order) {
      throw new Error(`content/${cur.id}.mdx en content/${prev.id}.mdx hebben allebei part ${cur.data.part}, order ${cur.data.order}.`);
    }
  }
  return sorted.map((c) => ({
    id: c.id,
    path: chapterPath(c.id),
    title: c.data.title,
    navTitle: c.data.navTitle,
    summary: c.data.summary,
    part: c.data.part,
    lesson: c.data.lesson,
  }));
}

/** Groups ordered items under the lecture's three parts. */
export function groupByPart(items: readonly NavItem[]): NavPart[] {
  return ([1, 2, 3] as const).map((part) => ({
    part,
    title: PART_TITLES[part],
    items: items.filter((item) => item.part === part),
  }));
}

/** The neighbours of `id` in reading order; `undefined` at either end. */
export function neighbours(items: readonly NavItem[], id: string): { prev: NavItem | undefined; next: NavItem | undefined } {
  const index = items.findIndex((item) => item.id === id);
  if (index === -1) return { prev: undefined, next: undefined };
  return { prev: items[index - 1], next: items[index + 1] };
}
