import { describe, expect, test } from 'vitest';
import { sectionUrl } from '../../../src/lib/section-url.ts';

describe('sectionUrl', () => {
  test('replaces query and fragment with the section id', () => {
    expect(sectionUrl('https://x.org/lezing/les/?regio=4#oud', 'regio')).toBe('https://x.org/lezing/les/#regio');
  });
  test('keeps the sub-path', () => {
    expect(sectionUrl('http://127.0.0.1:4329/lezing/lessen/5-samenwerkingsmaturiteit/', 'kernpunten')).toBe(
      'http://127.0.0.1:4329/lezing/lessen/5-samenwerkingsmaturiteit/#kernpunten',
    );
  });
});
