import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIGURE_SOURCES, figureSources } from '../../../src/facts/figure-sources.ts';
import { SOURCES } from '../../../src/facts/sources.ts';
import { pageCompilation } from '../../../src/lib/page-compilation.ts';

const chapters = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(dir, f));

describe('figureSources', () => {
  test('every figure a chapter uses has registered sources, each a known source', () => {
    for (const file of chapters('content')) {
      for (const figure of pageCompilation(readFileSync(file, 'utf8')).figures) {
        const ids = figureSources(figure, file);
        expect(ids.length, `${file}: ${figure}`).toBeGreaterThan(0);
        for (const id of ids) expect(SOURCES[id], `${figure}: ${id}`).toBeTruthy();
      }
    }
  });
  test('an unregistered figure stops the build, naming the chapter and the component', () => {
    expect(() => figureSources('NieuweChart', 'content/x.mdx')).toThrow('content/x.mdx: geen bronnen geregistreerd voor de figuur <NieuweChart>');
  });
  test('the four guises each name the delineation’s own source, not only the boundaries', () => {
    for (const guise of ['homogeen', 'functioneel', 'bestuurlijk', 'sociaal']) {
      expect(FIGURE_SOURCES[`GuiseMap:${guise}`]?.filter((id) => id !== 'statbel').length, guise).toBeGreaterThan(0);
    }
  });
});
