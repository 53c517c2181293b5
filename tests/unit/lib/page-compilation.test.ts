import { describe, expect, test } from 'vitest';
import { compilationSummary, pageCompilation } from '../../../src/lib/page-compilation.ts';

const body = `
Tekst.
<Achtergrond title="A" sources={['pinc', "vvsg"]}>
x
</Achtergrond>
<VervoerregioMap id="kaart" />
<Achtergrond title="B" sources={['pinc', 'rllk-2024']}>y</Achtergrond>
<GuiseMap id="fig-ivm" guise="bestuurlijk" />
<FigRef to="kaart" />
`;

describe('pageCompilation', () => {
  test('counts the Achtergrond boxes and lists their sources once, in order', () => {
    const c = pageCompilation(body);
    expect(c.boxes).toBe(2);
    expect(c.boxSources).toEqual(['pinc', 'vvsg', 'rllk-2024']);
  });
  test('lists the figure components, with the guise when given, and not cross-references', () => {
    expect(pageCompilation(body).figures).toEqual(['VervoerregioMap', 'GuiseMap:bestuurlijk']);
  });
  test('finds nothing in a page of lecture text only', () => {
    expect(pageCompilation('## Kernpunten\n\n- punt')).toEqual({ boxes: 0, figures: [], boxSources: [] });
  });
});

describe('compilationSummary', () => {
  test('names boxes and figures in Dutch, singular and plural', () => {
    expect(compilationSummary({ boxes: 3, figures: ['A'] })).toBe('de 3 achtergrondkaders en de figuur');
    expect(compilationSummary({ boxes: 1, figures: ['A', 'B'] })).toBe('het achtergrondkader en de 2 figuren');
    expect(compilationSummary({ boxes: 0, figures: [] })).toBe('');
  });
});
