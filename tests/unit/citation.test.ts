import { describe, expect, test } from 'vitest';
import { apa, bibtex, bibtexKey, citationMeta, dutchDate, type CitableWork } from '../../src/lib/citation.ts';

const work: CitableWork = {
  title: 'Samenwerkingsmaturiteit',
  container: 'Regionale samenwerking in internationaal perspectief',
  authorFamily: 'Derudder',
  authorGiven: 'Ben',
  publisher: 'KU Leuven Instituut voor de Overheid',
  date: '2026-11-27',
  url: 'https://voorbeeld.be/lezing/lessen/5-samenwerkingsmaturiteit/',
};

describe('dutchDate', () => {
  test('writes the month in Dutch', () => {
    expect(dutchDate('2018-07-20')).toBe('20 juli 2018');
  });
  test('refuses a malformed date', () => {
    expect(() => dutchDate('20/07/2018')).toThrow(/Ongeldige datum/);
  });
});

describe('apa', () => {
  test('follows APA 7 for a page within the lecture site', () => {
    expect(apa(work)).toBe(
      'Derudder, B. (2026, 27 november). Samenwerkingsmaturiteit. In Regionale samenwerking in internationaal perspectief. KU Leuven Instituut voor de Overheid. https://voorbeeld.be/lezing/lessen/5-samenwerkingsmaturiteit/',
    );
  });
  test('omits the container for the home page', () => {
    expect(apa({ ...work, title: work.container })).not.toContain(' In ');
  });
});

describe('bibtex', () => {
  test('builds a stable key from author, year and page slug', () => {
    expect(bibtexKey(work)).toBe('derudder20265samenwerkingsmaturiteit');
  });
  test('writes a @misc entry with url and date, escaping TeX specials', () => {
    const entry = bibtex({ ...work, title: 'Politics & Public Governance' });
    expect(entry.startsWith('@misc{derudder20265samenwerkingsmaturiteit,')).toBe(true);
    expect(entry).toContain('title = {Politics \\& Public Governance}');
    expect(entry).toContain('url = {https://voorbeeld.be/lezing/lessen/5-samenwerkingsmaturiteit/}');
    expect(entry.trim().endsWith('}')).toBe(true);
  });
});

describe('citationMeta', () => {
  test('has the tags Google Scholar needs, with a slash-separated date', () => {
    const tags = Object.fromEntries(citationMeta(work).map((t) => [t.name, t.content]));
    expect(tags['citation_title']).toBe('Samenwerkingsmaturiteit');
    expect(tags['citation_author']).toBe('Derudder, Ben');
    expect(tags['citation_publication_date']).toBe('2026/11/27');
    expect(tags['citation_publisher']).toBe('KU Leuven Instituut voor de Overheid');
  });
});
