import { describe, expect, test } from 'vitest';
import { parseProvenance, provenanceAttributes, provenanceKind, provenanceLabel, unknownSlides } from '../../../src/provenance/model.ts';

describe('the provenance model', () => {
  test('a unit without provenance stops the build, naming where it is', () => {
    expect(() => parseProvenance(undefined, 'content/x.mdx')).toThrow(/content\/x\.mdx: geen herkomst/);
  });
  test('added context names registered sources, at least one', () => {
    expect(() => parseProvenance({ kind: 'added', sources: [], compilation: false }, 'Achtergrond "X"')).toThrow(/Achtergrond "X": ongeldige herkomst/);
    expect(() => parseProvenance({ kind: 'added', sources: ['geen-bron'], compilation: false }, 'Achtergrond "X"')).toThrow(/sources/);
  });
  test('a lecture unit names slides that exist in the source text', () => {
    expect(() => parseProvenance({ kind: 'lecture', slides: ['9. Bestaat niet'] }, 'les 9')).toThrow(
      /les 9: dia\('s\) niet in content\/source\/lezing\.md: "9\. Bestaat niet"/,
    );
    expect(unknownSlides({ kind: 'lecture', slides: ['6. Ambtelijke capaciteit'] })).toEqual([]);
  });
  test('renders the same marking on every surface: data attributes and a Dutch label', () => {
    const lecture = parseProvenance({ kind: 'lecture', slides: ['Regio?', "Soorten regio's"] }, 't');
    const added = parseProvenance({ kind: 'added', sources: ['pinc', 'statbel'], compilation: false }, 't');
    const compiled = parseProvenance({ kind: 'added', sources: ['pinc'], compilation: true }, 't');
    expect(provenanceAttributes(lecture)).toEqual({ 'data-provenance': 'lecture', 'data-slides': "Regio? | Soorten regio's" });
    expect(provenanceAttributes(added)).toEqual({ 'data-provenance': 'added', 'data-sources': 'pinc statbel' });
    expect(provenanceKind(compiled)).toBe('compilation');
    expect([lecture, added, compiled].map(provenanceLabel)).toEqual(['Uit de lezing', 'Achtergrond', 'Samengesteld voor deze website']);
  });
});
