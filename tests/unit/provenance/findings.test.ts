import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FINDINGS_REGISTER } from '../../../src/provenance/findings.ts';
import { checkText, hedgesIn } from '../../../src/provenance/restatements.ts';
import { lectureSays, parseSourceText, plainText } from '../../../src/provenance/source-text.ts';
import { surfaceFiles } from '../../../src/provenance/surfaces.ts';

const SOURCE = readFileSync('content/source/lezing.md', 'utf8');

/** Every bullet of the lecture (the "Overzicht" slides only list the three parts; a bare label like "Programma:" says nothing). */
function bullets(): { slide: string; text: string }[] {
  const out: { slide: string; text: string }[] = [];
  let slide = '';
  for (const line of SOURCE.split('\n')) {
    const heading = /^#{1,6}\s+(.+)$/.exec(line);
    if (heading) slide = plainText(heading[1] ?? '');
    const item = /^\s*(?:-|\d+\.)\s+(.+)$/.exec(line);
    if (item && slide !== 'Overzicht' && !/^[^ ]+:?$/.test(plainText(item[1] ?? ''))) out.push({ slide, text: plainText(item[1] ?? '') });
  }
  return out;
}

const surfaces = surfaceFiles();

describe('the register of the lecture’s findings', () => {
  test('quotes every finding as the source text has it, on its slide', () => {
    for (const f of FINDINGS_REGISTER) expect(lectureSays(f.wording, f.slide), `${f.id}: "${f.wording}" op "${f.slide}"`).toBe(true);
    expect(parseSourceText(SOURCE)).toHaveLength(30);
  });

  test('covers every bullet of the lecture', () => {
    const wordings = FINDINGS_REGISTER.map((f) => ({ slide: f.slide, text: plainText(f.wording).toLowerCase().replace(/[.;]$/, '') }));
    for (const b of bullets()) {
      const text = b.text.toLowerCase();
      expect(
        wordings.some((w) => w.slide === b.slide && (text.includes(w.text) || w.text.includes(text.replace(/[.;:]$/, '')))),
        `${b.slide}: "${b.text}"`,
      ).toBe(true);
    }
  });

  test('gives every hedge, quantifier and negation of a finding a marker, and no marker the source lacks', () => {
    for (const f of FINDINGS_REGISTER) {
      expect([...new Set(f.markers.map((m) => m.hedge))].sort(), f.id).toEqual([...new Set(hedgesIn(f.wording))].sort());
    }
  });

  test('knows every file that restates a finding, and every restatement keeps the hedges and the attribution', () => {
    const found = new Map<string, Set<string>>();
    const problems: string[] = [];
    for (const { file, text } of surfaces) {
      const result = checkText(FINDINGS_REGISTER, text);
      problems.push(...result.problems.map((p) => `${file}: ${p}`));
      for (const id of result.restated.keys()) found.set(id, (found.get(id) ?? new Set()).add(file));
    }
    expect(problems).toEqual([]);
    for (const f of FINDINGS_REGISTER) expect([...(found.get(f.id) ?? [])].sort(), `${f.id}: restatedIn`).toEqual([...f.restatedIn].sort());
  });

  test('reads the chapters, their summaries, the glossary, the home page and the map captions', () => {
    const files = surfaces.map((s) => s.file);
    for (const f of [
      'content/lessen/6-ambtelijke-capaciteit.mdx',
      'src/facts/glossary.json',
      'src/pages/index.astro',
      'src/maps/vervoerregio/VervoerregioMap.astro',
    ]) {
      expect(files).toContain(f);
    }
    const les6 = surfaces.find((s) => s.file === 'content/lessen/6-ambtelijke-capaciteit.mdx')?.text ?? '';
    expect(les6).toContain('lokale regiocapaciteit is vaak kwetsbaar');
    expect(les6).not.toContain('import ');
  });
});
