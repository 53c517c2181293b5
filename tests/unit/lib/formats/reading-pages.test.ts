import { describe, expect, it } from 'vitest';
import { chapterPathsFromHome, pathWithoutBase, provenanceNote, readingPages } from '../../../../src/lib/formats/reading-pages.ts';

describe('chapterPathsFromHome', () => {
  it('reads the chapters in the order of the home page overview, without base', () => {
    const home =
      '<ol class="overview-parts"><li><a href="/lezing/b/">B</a></li><li><a href="/lezing/a/">A</a><a href="/lezing/b/">B</a></li></ol><a href="/lezing/x/">X</a>';
    expect(chapterPathsFromHome(home, '/lezing/')).toEqual(['/b/', '/a/']);
  });
  it('stops when the overview lists no chapter', () => {
    expect(() => chapterPathsFromHome('<p>leeg</p>', '/')).toThrow(/index\.html: geen hoofdstukken/);
  });
  it('leaves out links outside the base', () => {
    expect(pathWithoutBase('/elders/', '/lezing/')).toBeUndefined();
    expect(pathWithoutBase('/lezing/', '/lezing/')).toBe('/');
  });
});

describe('readingPages and provenanceNote', () => {
  it('lists home, chapters, glossary, about, index and sorted municipalities', () => {
    expect(readingPages(['/a/'], ['zele', 'aalst']).map((p) => p.path)).toEqual([
      '/',
      '/a/',
      '/begrippen/',
      '/over-deze-site/',
      '/gemeenten/',
      '/gemeenten/aalst/',
      '/gemeenten/zele/',
    ]);
  });
  it('credits the lecture for chapters and marks what the site compiled', () => {
    expect(provenanceNote('chapter', 'https://x.org/a/')).toMatch(
      /geeft de lezing .* weer\. Wat als ‘Achtergrond’ gemarkeerd staat, is context die deze website toevoegt/,
    );
    expect(provenanceNote('municipality', 'https://x.org/g/')).toContain('geen deel van de lezing');
    expect(provenanceNote('glossary', 'https://x.org/b/')).toContain('voor deze website geschreven');
  });
});
