import { describe, expect, test } from 'vitest';
import { EXTRA_PDF_PAGES, pdfLink, pdfPages, pdfsEnabled } from '../../../src/lib/pdfs.ts';
import { HANDOUTS } from '../../../src/lib/handouts.ts';

describe('pdfPages', () => {
  test('every chapter and handout on A4, then the slides on A4 landscape', () => {
    const pages = pdfPages(['geografische-realiteit', 'lessen/1-feitelijke-realiteit']);
    expect(pages.map((p) => p.id)).toEqual(['geografische-realiteit', 'lessen/1-feitelijke-realiteit', ...HANDOUTS.map((h) => h.id), 'presentatie']);
    expect(pages.filter((p) => p.paper === 'A4 landscape').map((p) => p.id)).toEqual(['presentatie']);
    expect(EXTRA_PDF_PAGES.map((p) => p.id)).toEqual([...HANDOUTS.map((h) => h.id), 'presentatie']);
  });

  test('one more entry brings its own paper; an id listed twice prints once, with the entry’s paper', () => {
    const pages = pdfPages(['a', 'presentatie'], [{ id: 'presentatie', paper: 'A4 landscape' }]);
    expect(pages).toEqual([
      { id: 'a', paper: 'A4' },
      { id: 'presentatie', paper: 'A4 landscape' },
    ]);
  });
});

describe('pdfsEnabled', () => {
  test('on unless PDFS=off', () => {
    expect(pdfsEnabled({})).toBe(true);
    expect(pdfsEnabled({ PDFS: '' })).toBe(true);
    expect(pdfsEnabled({ PDFS: 'on' })).toBe(true);
    expect(pdfsEnabled({ PDFS: 'off' })).toBe(false);
    expect(pdfsEnabled({ PDFS: 'OFF ' })).toBe(false);
  });

  test('a value it does not know stops the build naming the variable', () => {
    expect(() => pdfsEnabled({ PDFS: 'nee' })).toThrow(/PDFS="nee".*PDFS=off/);
  });
});

describe('pdfLink', () => {
  test('the PDF under the base path with its file name, or nothing when PDFs are off', () => {
    expect(pdfLink('/lezing/', 'lessen/5-x', {})).toEqual({ href: '/lezing/pdf/lessen-5-x.pdf', download: 'lessen-5-x.pdf' });
    expect(pdfLink('/', 'handout/lessen', {})).toEqual({ href: '/pdf/handout-lessen.pdf', download: 'handout-lessen.pdf' });
    expect(pdfLink('/lezing/', 'lessen/5-x', { PDFS: 'off' })).toBeUndefined();
  });
});
