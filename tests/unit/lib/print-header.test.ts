import { describe, expect, test } from 'vitest';
import { cssString, handoutHeaderCss, handoutHeaderSheet, namedPage } from '../../../src/lib/print-header.ts';

const CHAPTERS = [
  { id: 'lessen/7-leiderschap', title: 'Leiderschap' },
  { id: 'lessen/8-financiering-als-hefboom', title: 'Financiering als hefboom' },
];

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

describe('handoutHeaderCss', () => {
  test("gives each handout chapter its own named page and header, above the site's own @page header", () => {
    const css = handoutHeaderCss(CHAPTERS);
    expect(css).toContain('[data-page="ch-lessen-7-leiderschap"] { page: ch-lessen-7-leiderschap; }');
    expect(css).toContain('@page ch-lessen-8-financiering-als-hefboom { @top-right { content: "Financiering als hefboom" !important; } }');
  });
});

describe('handoutHeaderSheet', () => {
  test('a file name that changes with the text, so a changed title is never served from a stale cache', () => {
    const sheet = handoutHeaderSheet(CHAPTERS);
    expect(sheet.css).toBe(`${handoutHeaderCss(CHAPTERS)}\n`);
    expect(sheet.file).toMatch(/^koppen\.[0-9a-f]{8}\.css$/);
    expect(handoutHeaderSheet(CHAPTERS).file).toBe(sheet.file);
    expect(handoutHeaderSheet([{ id: 'lessen/7-leiderschap', title: 'Leiderschap ' }]).file).not.toBe(sheet.file);
  });
});
