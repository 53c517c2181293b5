import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lectureSays, lectureSlides, parseSourceText, plainText, slidesTitled } from '../../../src/provenance/source-text.ts';

describe('the committed source text of the lecture', () => {
  test('is split into the slides of the lecture, from the title slide to lesson 8', () => {
    const slides = lectureSlides();
    expect(slides[0]?.title).toBe('Regionale samenwerking in internationaal perspectief');
    expect(slides.at(-1)?.title).toBe('8. Financiering als hefboom');
    expect(slidesTitled('De Nederlandse Regiodeals')).toHaveLength(2);
    for (let n = 1; n <= 8; n++)
      expect(
        slides.some((s) => s.title.startsWith(`${n}. `)),
        `les ${n}`,
      ).toBe(true);
  });

  test('leaves out the garbled contact table and has the extraction errors fixed', () => {
    const raw = readFileSync('content/source/lezing.md', 'utf8');
    for (const garbage of ['vervoersregio@', 'Leen Van Den Broek', '01 24 81', '<p>']) expect(raw).not.toContain(garbage);
    for (const typo of ['Actorencolitie', 'bestending', 'referenterieregio', 'basin de vie', 'HESTRAAN', 'comer sis']) expect(raw).not.toContain(typo);
  });

  test('answers what the lecture says, per slide and case-insensitively', () => {
    expect(lectureSays('lokale regiocapaciteit is vaak kwetsbaar', '6. Ambtelijke capaciteit')).toBe(true);
    expect(lectureSays('lokale regiocapaciteit is kwetsbaar')).toBe(false);
    expect(lectureSays('Botschaft')).toBe(false);
    expect(lectureSays('basisbereikbaarheid')).toBe(false);
    expect(lectureSays('zelden als een aparte bestuurslaag', '7. Leiderschap')).toBe(false);
  });
});

describe('plainText and parseSourceText', () => {
  test('drop emphasis, links and list marks, and unify quotes and dashes', () => {
    expect(plainText('- **Regio** = *min of meer* ‘coherent’ – [gebied](https://x)')).toBe("Regio = min of meer 'coherent' - gebied");
  });
  test('start a slide at every heading and ignore text before the first', () => {
    expect(parseSourceText('voor\n# Een\n- a\n## Twee\ntekst')).toEqual([
      { title: 'Een', text: 'Een a' },
      { title: 'Twee', text: 'Twee tekst' },
    ]);
  });
});
