import { describe, expect, test } from 'vitest';
import { cssString, handoutHeaderCss, namedPage, runningHeaderCss } from '../../../src/lib/print-header.ts';

describe('cssString', () => {
  test('escapes quotes and backslashes so a title cannot break out of the rule', () => {
    expect(cssString('Les "8" \\ x')).toBe('"Les \\"8\\" \\\\ x"');
    expect(cssString("Regio's")).toBe('"Regio\'s"');
  });
});

describe('namedPage', () => {
  test('turns a chapter id into a valid CSS identifier', () => {
    expect(namedPage('lessen/5-samenwerkingsmaturiteit')).toBe('ch-lessen-5-samenwerkingsmaturiteit');
  });
});

describe('runningHeaderCss and handoutHeaderCss', () => {
  test('put the title in the top-right margin box', () => {
    expect(runningHeaderCss('Leiderschap')).toBe('@page { @top-right { content: "Leiderschap"; } }');
  });
  test('give each handout chapter its own named page and header', () => {
    const css = handoutHeaderCss([
      { id: 'lessen/7-leiderschap', title: 'Leiderschap' },
      { id: 'lessen/8-financiering-als-hefboom', title: 'Financiering als hefboom' },
    ]);
    expect(css).toContain('[data-page="ch-lessen-7-leiderschap"] { page: ch-lessen-7-leiderschap; }');
    expect(css).toContain('@page ch-lessen-8-financiering-als-hefboom { @top-right { content: "Financiering als hefboom"; } }');
  });
});
