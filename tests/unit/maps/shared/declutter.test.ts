import { describe, expect, test } from 'vitest';
import { declutter, type LabelBox } from '../../../../src/maps/shared/declutter.ts';

const box = (key: string, left: number, top: number, priority: number, width = 40, height = 12): LabelBox => ({
  key,
  left,
  top,
  right: left + width,
  bottom: top + height,
  priority,
});

describe('declutter', () => {
  test('hides the less important of two overlapping labels, keeps labels that are clear of each other', () => {
    expect(declutter([box('klein', 10, 10, 1), box('groot', 30, 15, 9), box('ver', 200, 200, 0)])).toEqual(new Set(['klein']));
  });
  test('a label hidden once does not block a third one', () => {
    expect(declutter([box('a', 0, 0, 3), box('b', 30, 0, 2), box('c', 60, 0, 1)])).toEqual(new Set(['b']));
  });
  test('is deterministic: equal priorities keep the input order', () => {
    expect(declutter([box('eerst', 0, 0, 1), box('dan', 10, 0, 1)])).toEqual(new Set(['dan']));
  });
  test('leaves a gap between shown labels, and ignores empty boxes', () => {
    expect(declutter([box('a', 0, 0, 2), box('b', 41, 0, 1)], 2)).toEqual(new Set(['b']));
    expect(declutter([box('a', 0, 0, 2), box('leeg', 0, 0, 1, 0, 0)])).toEqual(new Set());
  });
});
