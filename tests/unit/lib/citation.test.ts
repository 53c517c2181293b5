import { describe, expect, test } from 'vitest';
import { apa, bibtex, bibtexKey, citationMeta, type CitableWork } from '../../../src/lib/citation.ts';

const work: CitableWork = {
  title: 'Samenwerkingsmaturiteit',
  container: 'Regionale samenwerking in internationaal perspectief',
  authorFamily: 'Derudder',
  authorGiven: 'Ben',
  publisher: 'KU Leuven Instituut voor de Overheid',
  retrieved: '2026-11-27',
  url: 'https://voorbeeld.be/lezing/lessen/5-samenwerkingsmaturiteit/',
};

describe('apa', () => {
  test('follows APA 7 in Dutch for an undated page: (z.d.) and the retrieval date', () => {
    expect(apa(work)).toBe(
      'Derudder, B. (z.d.). Samenwerkingsmaturiteit. In Regionale samenwerking in internationaal perspectief. KU Leuven Instituut voor de Overheid. Geraadpleegd op 27 november 2026, van https://voorbeeld.be/lezing/lessen/5-samenwerkingsmaturiteit/',
    );
  });
  test('gives no year except the retrieval date', () => {
    const years = apa({ ...work, retrieved: '2031-02-03' }).match(/\b(19|20)\d{2}\b/g);
    expect(years).toEqual(['2031']);
  });
  test('omits the container for the home page', () => {
    expect(apa({ ...work, title: work.container })).not.toContain(' In ');
  });
});

describe('bibtex', () => {
  test('builds a stable key from author and page slug, without a year', () => {
    expect(bibtexKey(work)).toBe('derudder5samenwerkingsmaturiteit');
  });
  test('writes a @misc entry with url and retrieval date only, escaping TeX specials', () => {
    const entry = bibtex({ ...work, title: 'Politics & Public Governance' });
    expect(entry.startsWith('@misc{derudder5samenwerkingsmaturiteit,')).toBe(true);
    expect(entry).toContain('title = {Politics \\& Public Governance}');
    expect(entry).toContain('url = {https://voorbeeld.be/lezing/lessen/5-samenwerkingsmaturiteit/}');
    expect(entry).toContain('urldate = {2026-11-27}');
    expect(entry).not.toMatch(/\b(year|date) =/);
    expect(entry.trim().endsWith('}')).toBe(true);
  });
  test('refuses a malformed retrieval date', () => {
    expect(() => bibtex({ ...work, retrieved: '27-11-2026' })).toThrow(/Ongeldige datum/);
  });
});

describe('citationMeta', () => {
  test('has title, author and publisher, and no publication date the slides do not give', () => {
    const tags = Object.fromEntries(citationMeta(work).map((t) => [t.name, t.content]));
    expect(tags['citation_title']).toBe('Samenwerkingsmaturiteit');
    expect(tags['citation_author']).toBe('Derudder, Ben');
    expect(tags['citation_publisher']).toBe('KU Leuven Instituut voor de Overheid');
    expect(tags['citation_publication_date']).toBeUndefined();
    expect(Object.values(tags).join(' ')).not.toMatch(/\b(19|20)\d{2}\b/);
  });
});

describe('a page that is the site’s compilation', () => {
  const compiled: CitableWork = {
    ...work,
    title: "Gent: regio's",
    url: 'https://voorbeeld.be/lezing/gemeenten/gent/',
    compilation: {
      sources: ['Provincies in Cijfers', 'Statbel'],
      context: 'Derudder, Ben, Regionale samenwerking in internationaal perspectief (lezing, z.d.)',
    },
  };
  test('is cited as the website’s work with its sources, not as Derudder (z.d.)', () => {
    const text = apa(compiled);
    expect(text).toBe(
      "Gent: regio's. (z.d.). In Regionale samenwerking in internationaal perspectief [website; samenstelling uit Provincies in Cijfers; Statbel]. Geraadpleegd op 27 november 2026, van https://voorbeeld.be/lezing/gemeenten/gent/",
    );
    expect(text).not.toMatch(/^Derudder/);
  });
  test('has no author in BibTeX and names sources and the lecture as context', () => {
    const entry = bibtex(compiled);
    expect(entry).not.toContain('author');
    expect(entry).toContain('note = {Samenstelling van de website uit: Provincies in Cijfers; Statbel. Context: Derudder, Ben');
    expect(bibtexKey(compiled)).toBe('regionalesamenwerkinggent');
  });
  test('has no citation_author tag; its references are the sources and the lecture', () => {
    const tags = citationMeta(compiled);
    expect(tags.map((t) => t.name)).not.toContain('citation_author');
    expect(tags.filter((t) => t.name === 'citation_reference').map((t) => t.content)).toEqual([
      'Provincies in Cijfers',
      'Statbel',
      'Derudder, Ben, Regionale samenwerking in internationaal perspectief (lezing, z.d.)',
    ]);
  });
});
