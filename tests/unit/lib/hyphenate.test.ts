import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { SOFT_HYPHEN, dehyphenate, hyphenate, hyphenateDocument } from '../../../src/lib/hyphenate.ts';

const show = (text: string) => text.replaceAll(SOFT_HYPHEN, '|');

describe('hyphenate', () => {
  test('breaks long Dutch words at the patterns’ points, never a single letter off either end', () => {
    expect(show(hyphenate('Samenwerkingsmaturiteit'))).toBe('Sa|men|wer|kings|ma|tu|ri|teit');
    expect(show(hyphenate('Coördinatieplatform'))).toBe('Co|ör|di|na|tie|plat|form');
    expect(show(hyphenate('realiteit'))).toBe('re|a|li|teit');
    expect(show(hyphenate('agglomeratie'))).not.toMatch(/^.\||\|.{1,2}$/);
  });
  test('leaves short words, numbers, punctuation and existing hyphens alone, and is idempotent', () => {
    expect(hyphenate('Les 5: de regio (2019–2024)')).toBe('Les 5: de regio (2019–2024)');
    const once = hyphenate("Regio's als bestuurlijke realiteit");
    expect(hyphenate(once)).toBe(once);
    expect(dehyphenate(once)).toBe("Regio's als bestuurlijke realiteit");
  });
});

describe('hyphenateDocument', () => {
  test('hyphenates headings, the page contents and the previous/next links, not the body text, title, code or the menu', () => {
    const { document } = parseHTML(`<html><head><title>Samenwerkingsmaturiteit</title></head><body>
      <nav class="site-nav"><a>Samenwerkingsmaturiteit</a></nav>
      <h1>Samenwerkingsmaturiteit <code>samenwerkingsmaturiteit</code></h1>
      <nav class="page-toc"><a>Agglomeratieprogramma's</a></nav>
      <p>Samenwerkingsmaturiteit</p></body></html>`);
    expect(hyphenateDocument(document)).toBe(2);
    expect(show(document.querySelector('h1')?.textContent ?? '')).toBe('Sa|men|wer|kings|ma|tu|ri|teit samenwerkingsmaturiteit');
    expect(document.querySelector('.page-toc')?.textContent).toContain(SOFT_HYPHEN);
    for (const selector of ['title', '.site-nav', 'p']) expect(document.querySelector(selector)?.textContent, selector).not.toContain(SOFT_HYPHEN);
  });
});
