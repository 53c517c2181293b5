import { describe, expect, it } from 'vitest';
import { bookCss, expandIs, splitTopLevel } from '../../../../src/lib/formats/epub-css.ts';

describe('splitTopLevel and expandIs', () => {
  it('split on top-level commas only and spell out :is()/:where()', () => {
    expect(splitTopLevel('a, b:is(c, d), [x="1,2"]')).toEqual(['a', 'b:is(c, d)', '[x="1,2"]']);
    expect(expandIs('.m :is(.a, .b) path:where(.x, .y)')).toEqual(['.m .a path.x', '.m .a path.y', '.m .b path.x', '.m .b path.y']);
  });
});

describe('bookCss', () => {
  it('drops media, page and feature queries and :has() rules, keeps plain rules', () => {
    const css = bookCss(
      '.a { color: red } @media print { .b { color: blue } } @page { margin: 1cm } .c:has(.d) { color: green } .e :is(.f, .g) { fill: none } .h { font: var(--x) sans-serif; color: #000 }',
    );
    expect(css).toContain('.a { color: red }');
    expect(css).not.toMatch(/@media|@page|:has|\.b|var\(--x\)/);
    expect(css).toContain('.e .f,\n.e .g { fill: none }');
    expect(css).toContain('color: #000');
  });
});
