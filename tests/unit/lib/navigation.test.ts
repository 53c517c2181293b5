import { describe, expect, test } from 'vitest';
import { groupByPart, neighbours, orderChapters, type NavChapter } from '../../../src/lib/navigation.ts';

const chapter = (id: string, part: 1 | 2 | 3, order: number): NavChapter => ({
  id,
  data: { title: id, navTitle: id, part, order, summary: `Samenvatting van ${id}` },
});

describe('orderChapters', () => {
  test('sorts by part, then order', () => {
    const items = orderChapters([chapter('les-2', 3, 2), chapter('deel-2', 2, 1), chapter('les-1', 3, 1), chapter('deel-1', 1, 1), chapter('deel-3', 3, 0)]);
    expect(items.map((i) => i.id)).toEqual(['deel-1', 'deel-2', 'deel-3', 'les-1', 'les-2']);
    expect(items[3]?.path).toBe('/les-1/');
  });
  test('refuses two chapters in the same slot, naming both files', () => {
    expect(() => orderChapters([chapter('a', 1, 1), chapter('b', 1, 1)])).toThrow(/content\/b\.mdx.*content\/a\.mdx/);
  });
});

describe('groupByPart', () => {
  test('always returns the three parts with their titles', () => {
    const parts = groupByPart(orderChapters([chapter('x', 2, 1)]));
    expect(parts.map((p) => p.part)).toEqual([1, 2, 3]);
    expect(parts[1]?.items.map((i) => i.id)).toEqual(['x']);
    expect(parts[0]?.title).toBe("Regio's als geografische realiteit");
  });
});

describe('neighbours', () => {
  const items = orderChapters([chapter('a', 1, 1), chapter('b', 2, 1), chapter('c', 3, 0)]);
  test('gives previous and next in reading order', () => {
    expect(neighbours(items, 'b').prev?.id).toBe('a');
    expect(neighbours(items, 'b').next?.id).toBe('c');
  });
  test('has no previous at the start, no next at the end, nothing for unknown ids', () => {
    expect(neighbours(items, 'a').prev).toBeUndefined();
    expect(neighbours(items, 'c').next).toBeUndefined();
    expect(neighbours(items, 'z')).toEqual({ prev: undefined, next: undefined });
  });
});
