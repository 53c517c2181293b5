import { describe, expect, test } from 'vitest';
import { anchorLabel, copyLabel } from '../../../src/lib/anchor-label.ts';

describe('anchor-label', () => {
  test('labels are Dutch and name the section', () => {
    expect(anchorLabel('Regio?')).toBe('Directe link naar de sectie ‘Regio?’');
    expect(copyLabel('Regio?')).toContain('Regio?');
  });
  test('the copy label starts with the visible text, as WCAG 2.5.3 asks', () => {
    expect(copyLabel('Leiderschap').startsWith('Kopieer link')).toBe(true);
  });
});
