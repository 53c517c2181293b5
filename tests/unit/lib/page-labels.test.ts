import { describe, expect, test } from 'vitest';
import { pageEyebrow } from '../../../src/lib/page-labels.ts';

describe('pageEyebrow', () => {
  test('names the lesson for lesson pages and the part otherwise', () => {
    expect(pageEyebrow({ part: 3, lesson: 5 })).toBe('Deel 3 · Les 5');
    expect(pageEyebrow({ part: 2 })).toBe("Deel 2 · Regio's als bestuurlijke realiteit");
  });
});
