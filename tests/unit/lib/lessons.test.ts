import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LESSON_COUNT, countLessons, dutchCount, lessonsPhrase } from '../../../src/lib/lessons.ts';

describe('the number of lessons', () => {
  test('is the number of chapter files in content/lessen/', () => {
    expect(LESSON_COUNT).toBe(readdirSync('content/lessen').filter((file) => file.endsWith('.mdx')).length);
    expect(countLessons('tests/fixtures/content-missing-field')).toBe(1);
    expect(countLessons('tests/fixtures/bestaat-niet')).toBe(0);
  });
  test('is written as Dutch running text writes it', () => {
    expect(lessonsPhrase(8)).toBe('acht lessen');
    expect(lessonsPhrase(9)).toBe('negen lessen');
    expect(lessonsPhrase(1)).toBe('één les');
    expect(dutchCount(12)).toBe('twaalf');
    expect(dutchCount(13)).toBe('13');
  });
});
