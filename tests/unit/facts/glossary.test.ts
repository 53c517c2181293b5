import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { GLOSSARY, glossaryProvenance, type GlossaryEntry } from '../../../src/facts/glossary.ts';
import { lectureSays } from '../../../src/provenance/source-text.ts';
import { PINNED_GLOSSARY_IDS } from '../../fixtures/glossary-ids.ts';

const anchors = JSON.parse(readFileSync('tests/fixtures/anchors.json', 'utf8')) as Record<string, string[]>;

describe('the glossary', () => {
  test('keeps its public term ids (shared links to /begrippen/#… must not break)', () => {
    const ids = GLOSSARY.map((e) => e.id);
    for (const id of PINNED_GLOSSARY_IDS) {
      expect(ids).toContain(id);
    }
  });
  test('is sorted by term, Dutch collation', () => {
    const terms = GLOSSARY.map((e) => e.term);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'nl')));
  });
  test('every entry points to a pinned section of the lecture where the term is used', () => {
    for (const e of GLOSSARY) {
      const [path, id] = e.from.split('#');
      expect(Object.keys(anchors), e.id).toContain(path);
      if (id) expect(anchors[path ?? ''], `${e.id}: ${e.from}`).toContain(id);
    }
  });
  test('a figure in a definition that the lecture does not give names a registered source', () => {
    for (const e of GLOSSARY) if (/\d/.test(e.definition.replace(/\b(30 tot 50%|15|20 juli 2018)\b/g, ''))) expect(e.sources.length, e.id).toBeGreaterThan(0);
  });
});

describe('"in de lezing" in the glossary', () => {
  test('is said only of terms the source text of the lecture contains, on the slide named', () => {
    for (const e of GLOSSARY) {
      if (e.inLecture) expect(lectureSays(e.inLecture.form ?? e.term, e.inLecture.slide), `${e.id}`).toBe(true);
    }
  });
  test('Botschaft and basisbereikbaarheid are the site’s terms, with sources', () => {
    for (const id of ['botschaft', 'basisbereikbaarheid']) {
      const e = GLOSSARY.find((x) => x.id === id);
      expect(e?.inLecture, id).toBeUndefined();
      expect(e?.sources.length, id).toBeGreaterThan(0);
      expect(glossaryProvenance(e as GlossaryEntry).kind).toBe('added');
    }
  });
  test('every term the site does not take from the lecture is really absent from it', () => {
    for (const e of GLOSSARY.filter((x) => !x.inLecture)) expect(lectureSays(e.term), e.id).toBe(false);
  });
  test('no definition asserts what neither the lecture nor a source says', () => {
    const text = GLOSSARY.map((e) => e.definition).join(' ');
    for (const unsourced of ['organiseert het openbaar vervoer', 'of toerisme', 'wirwar van samenwerkingsverbanden', 'pendelgebied'])
      expect(text).not.toContain(unsourced);
  });
});
