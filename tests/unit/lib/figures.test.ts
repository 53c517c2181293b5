import { describe, expect, test } from 'vitest';
import {
  chapterFromFrontmatter,
  chapterFromSource,
  figureLabel,
  figurePrefix,
  figureRefText,
  isFigureComponent,
  isValidFigureId,
  numberFigures,
  resolveFigureRef,
} from '../../../src/lib/figures.ts';

const FILE = 'content/bestuurlijke-realiteit.mdx';

describe('figure prefixes per chapter', () => {
  test('parts 1–3 use the part number, lessons "L" plus the lesson number', () => {
    expect(figurePrefix({ part: 1 })).toBe('1');
    expect(figurePrefix({ part: 2 })).toBe('2');
    expect(figurePrefix({ part: 3 })).toBe('3');
    expect(figurePrefix({ part: 3, lesson: 8 })).toBe('L8');
  });
  test('labels and reference texts', () => {
    expect(figureLabel('2.3')).toBe('Figuur 2.3');
    expect(figureRefText('L8.1')).toBe('figuur L8.1');
  });
  test('frontmatter as data or as YAML source', () => {
    expect(chapterFromFrontmatter({ part: 2, order: 1 })).toEqual({ part: 2, lesson: undefined });
    expect(chapterFromFrontmatter({ part: 3, lesson: 8 })).toEqual({ part: 3, lesson: 8 });
    expect(chapterFromFrontmatter({ part: '2' })).toBeUndefined();
    expect(chapterFromFrontmatter(undefined)).toBeUndefined();
    expect(chapterFromSource('---\ntitle: "X"\npart: 3\nlesson: 5\n---\n\nTekst')).toEqual({ part: 3, lesson: 5 });
    expect(chapterFromSource('---\ntitle: x\n---\n')).toBeUndefined();
    expect(chapterFromSource('Geen frontmatter')).toBeUndefined();
  });
});

describe('which components are figures', () => {
  test('Figure, maps, charts and timelines; not FigRef, Achtergrond or lowercase html', () => {
    for (const name of ['Figure', 'VervoerregioMap', 'MeetjeslandMap', 'CofinancieringChart', 'RegiovormingTimeline'])
      expect(isFigureComponent(name)).toBe(true);
    for (const name of ['FigRef', 'Achtergrond', 'figure', 'Map', 'sitemap', '', null, undefined]) expect(isFigureComponent(name)).toBe(false);
  });
  test('ids follow the heading-id rules', () => {
    expect(isValidFigureId('fig-cofinanciering-2')).toBe(true);
    for (const id of ['Fig', 'fig_1', '-fig', 'fig--a', 'fig a', '']) expect(isValidFigureId(id)).toBe(false);
  });
});

describe('numberFigures', () => {
  test('numbers in document order with the chapter prefix', () => {
    const figures = numberFigures(
      [
        { name: 'VervoerregioMap', id: 'kaart-vervoerregios' },
        { name: 'RegiovormingTimeline', id: 'fig-tijdlijn' },
        { name: 'Figure', id: 'fig-foto' },
      ],
      '2',
      FILE,
    );
    expect([...figures.values()].map((f) => [f.id, f.number])).toEqual([
      ['kaart-vervoerregios', '2.1'],
      ['fig-tijdlijn', '2.2'],
      ['fig-foto', '2.3'],
    ]);
    expect(numberFigures([{ name: 'Figure', id: 'a' }], 'L8', FILE).get('a')?.number).toBe('L8.1');
  });
  test('moving a figure renumbers it', () => {
    const before = numberFigures(
      [
        { name: 'Figure', id: 'a' },
        { name: 'Figure', id: 'b' },
      ],
      '1',
      FILE,
    );
    const after = numberFigures(
      [
        { name: 'Figure', id: 'b' },
        { name: 'Figure', id: 'a' },
      ],
      '1',
      FILE,
    );
    expect(before.get('a')?.number).toBe('1.1');
    expect(after.get('a')?.number).toBe('1.2');
  });
  test('a duplicate id throws naming the file and the id', () => {
    expect(() =>
      numberFigures(
        [
          { name: 'Figure', id: 'fig-a' },
          { name: 'CofinancieringChart', id: 'fig-a' },
        ],
        '2',
        FILE,
      ),
    ).toThrow('content/bestuurlijke-realiteit.mdx: de figuur-id "fig-a" komt twee keer voor.');
  });
  test('a figure without id, or with a malformed id, throws naming the file', () => {
    expect(() => numberFigures([{ name: 'MeetjeslandMap', id: undefined }], '1', FILE)).toThrow(
      /bestuurlijke-realiteit\.mdx: figuur nummer 1 \(<MeetjeslandMap>\) heeft geen id/,
    );
    expect(() => numberFigures([{ name: 'Figure', id: 'Fig 1' }], '1', FILE)).toThrow(/bestuurlijke-realiteit\.mdx: .*"Fig 1".* ongeldige id/);
  });
});

describe('resolveFigureRef', () => {
  const figures = numberFigures(
    [
      { name: 'Figure', id: 'fig-a' },
      { name: 'Figure', id: 'fig-b' },
    ],
    '2',
    FILE,
  );
  test('a reference becomes a same-page link with the figure number', () => {
    expect(resolveFigureRef('fig-b', figures, FILE)).toEqual({ href: '#fig-b', text: 'figuur 2.2', number: '2.2' });
    expect(resolveFigureRef('#fig-a', figures, FILE).text).toBe('figuur 2.1');
  });
  test('a reference to a missing figure throws naming the file and the id', () => {
    expect(() => resolveFigureRef('fig-c', figures, FILE)).toThrow(
      'content/bestuurlijke-realiteit.mdx: de verwijzing naar figuur "fig-c" wijst naar een figuur die niet bestaat. Figuren in dit hoofdstuk: fig-a, fig-b.',
    );
    expect(() => resolveFigureRef('fig-c', new Map(), FILE)).toThrow(/"fig-c".*Dit hoofdstuk heeft geen figuren/);
  });
  test('a reference without a target throws naming the file', () => {
    expect(() => resolveFigureRef(undefined, figures, FILE)).toThrow(/bestuurlijke-realiteit\.mdx: <FigRef> zonder doel/);
  });
});
