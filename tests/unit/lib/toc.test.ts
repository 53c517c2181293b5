import { describe, expect, test } from 'vitest';
import { buildToc } from '../../../src/lib/toc.ts';

describe('buildToc', () => {
  test('nests h3 under the preceding h2 and ignores other depths', () => {
    const toc = buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'x', text: 'X' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
  test('keeps an h3 that comes before any h2 at the top level', () => {
    expect(buildToc([{ depth: 3, slug: 'c', text: 'C' }]).map((e) => e.slug)).toEqual(['c']);
  });
  test('is empty for a page without h2/h3', () => {
    expect(buildToc([])).toEqual([]);
  });
});
