import { describe, expect, test } from 'vitest';
import { TITLE_SLIDE_ID, chapterSlideId, partSlideId, slideIds } from '../../../../src/lib/deck/slide-ids.ts';

const chapters = [
  { id: 'geografische-realiteit', sectionIds: ['regio', 'soorten-regios'] },
  { id: 'lessen/5-samenwerkingsmaturiteit', sectionIds: ['kernpunten', 'verbanden'] },
  { id: 'lessen/7-leiderschap', sectionIds: ['kernpunten', 'verbanden', 'eigen'] },
];

describe('slideIds', () => {
  test('a section keeps its reading id when no other chapter uses it', () => {
    const of = slideIds(chapters, [1, 2, 3]);
    expect(of('geografische-realiteit', 'regio')).toBe('regio');
    expect(of('lessen/7-leiderschap', 'eigen')).toBe('eigen');
  });

  test('an id shared by several chapters is qualified with the chapter, as in the handouts', () => {
    const of = slideIds(chapters, [1, 2, 3]);
    expect(of('lessen/5-samenwerkingsmaturiteit', 'kernpunten')).toBe('lessen-5-samenwerkingsmaturiteit--kernpunten');
    expect(of('lessen/7-leiderschap', 'kernpunten')).toBe('lessen-7-leiderschap--kernpunten');
  });

  test('title, part and chapter slides have their own ids', () => {
    expect(TITLE_SLIDE_ID).toBe('titel');
    expect(partSlideId(2)).toBe('deel-2');
    expect(chapterSlideId('lessen/5-samenwerkingsmaturiteit')).toBe('lessen-5-samenwerkingsmaturiteit');
  });

  test('a section id that collides with a title, part or chapter slide stops the build, naming the file', () => {
    expect(() => slideIds([{ id: 'a', sectionIds: ['deel-1'] }], [1])).toThrow(/content\/a\.mdx.*deel-1.*deel 1/);
    expect(() => slideIds([{ id: 'a', sectionIds: ['titel'] }], [1])).toThrow(/content\/a\.mdx/);
    expect(() =>
      slideIds(
        [
          { id: 'a', sectionIds: ['b'] },
          { id: 'b', sectionIds: [] },
        ],
        [1],
      ),
    ).toThrow(/content\/b\.mdx/);
  });
});
