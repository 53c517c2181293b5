import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { GLOSSARY } from '../../../src/facts/glossary.ts';

const anchors = JSON.parse(readFileSync('tests/fixtures/anchors.json', 'utf8')) as Record<string, string[]>;

describe('the glossary', () => {
  test('keeps its public term ids (shared links to /begrippen/#… must not break)', () => {
    const ids = GLOSSARY.map((e) => e.id);
    for (const id of [
      'bassin-de-vie',
      'verrommeling',
      'nested-doll',
      'triple-helix',
      'governance',
      'referentieregio',
      'vervoerregio',
      'intercommunale',
      'regio-deal',
      'agglomeratieprogramma',
      'cofinanciering',
    ]) {
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
