import { describe, expect, test } from 'vitest';
import { vervoerregioOnzekerheid, VERVOERREGIO_ONZEKER } from '../../../src/facts/zekerheid.ts';
import { SOURCES } from '../../../src/facts/sources.ts';

describe('uncertain memberships', () => {
  test('the member list of Vlaamse Ardennen (medium confidence in the research) carries its doubt and registered sources', () => {
    const u = VERVOERREGIO_ONZEKER['Vlaamse Ardennen'];
    expect(u?.tag).toBe('zekerheid: middel');
    expect(u?.note).toContain('Gavere');
    for (const id of u?.sources ?? []) expect(Object.keys(SOURCES)).toContain(id);
  });
  test('applies to a municipality of that region and to Gavere, which one source put there, not to others', () => {
    expect(vervoerregioOnzekerheid('Zottegem', 'Vlaamse Ardennen')).toBeDefined();
    expect(vervoerregioOnzekerheid('Gavere', 'Gent')).toBeDefined();
    expect(vervoerregioOnzekerheid('Eeklo', 'Gent')).toBeUndefined();
  });
});
