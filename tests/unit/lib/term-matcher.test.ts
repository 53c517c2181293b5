import { describe, expect, test } from 'vitest';
import { compileTerms, firstHit } from '../../../src/lib/term-matcher.ts';

const compiled = compileTerms([
  { id: 'referentieregio', match: ['referentieregio', 'Referentieregio'] },
  { id: 'governance', match: ['governance'] },
  { id: 'bassin-de-vie', match: ['bassin de vie'] },
]);

describe('firstHit', () => {
  test('finds the earliest term and takes the whole word, plural included', () => {
    const text = "De governance van referentieregio's";
    expect(firstHit(text, compiled, new Set())).toEqual({ id: 'governance', start: 3, end: 13 });
    const hit = firstHit(text, compiled, new Set(['governance']));
    expect(hit && text.slice(hit.start, hit.end)).toBe("referentieregio's");
  });
  test('matches only at a word start and respects case', () => {
    expect(firstHit('afvalreferentieregio', compiled, new Set())).toBeUndefined();
    expect(firstHit('Politics & Public Governance', compiled, new Set())).toBeUndefined();
  });
  test('keeps a closing quote out of the link', () => {
    const text = 'het ‘bassin de vie’ en';
    const hit = firstHit(text, compiled, new Set());
    expect(hit && text.slice(hit.start, hit.end)).toBe('bassin de vie');
  });
  test('skips terms already used', () => {
    expect(firstHit('governance', compiled, new Set(['governance']))).toBeUndefined();
  });
});
