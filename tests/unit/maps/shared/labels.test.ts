import { describe, expect, test } from 'vitest';
import { labelBox, labelLines, separateLabels, type MapLabel } from '../../../../src/maps/shared/labels.ts';

describe('labelLines', () => {
  test('splits two-word names and keeps others whole', () => {
    expect(labelLines('Vlaamse Ardennen')).toEqual(['Vlaamse', 'Ardennen']);
    expect(labelLines('Gent')).toEqual(['Gent']);
    expect(labelLines('Sint-Martens-Latem')).toEqual(['Sint-Martens-Latem']);
  });
});

describe('separateLabels', () => {
  const overlaps = (a: MapLabel, b: MapLabel, size: number): boolean => {
    const x = labelBox(a, size);
    const y = labelBox(b, size);
    return !(x.x1 <= y.x0 || y.x1 <= x.x0 || x.y1 <= y.y0 || y.y1 <= x.y0);
  };
  test('pushes two overlapping labels apart vertically, keeping their order and x', () => {
    const input: MapLabel[] = [
      { key: 'a', lines: ['Kortrijk'], x: 200, y: 420 },
      { key: 'b', lines: ['Vlaamse', 'Ardennen'], x: 230, y: 415 },
    ];
    const [a, b] = separateLabels(input, 11);
    expect(a && b && overlaps(a, b, 11)).toBe(false);
    expect(a?.x).toBe(200);
    expect(b?.x).toBe(230);
    expect((b?.y ?? 0) < (a?.y ?? 0)).toBe(true);
  });
  test('leaves labels that do not overlap where they are, and its input untouched', () => {
    const input: MapLabel[] = [
      { key: 'a', lines: ['Gent'], x: 100, y: 100 },
      { key: 'b', lines: ['Limburg'], x: 600, y: 100 },
    ];
    expect(separateLabels(input, 11)).toEqual(input);
    const crowded: MapLabel[] = [
      { key: 'a', lines: ['Aalst'], x: 0, y: 0 },
      { key: 'b', lines: ['Aalst'], x: 0, y: 1 },
    ];
    separateLabels(crowded, 11);
    expect(crowded[0]?.y).toBe(0);
  });
});
