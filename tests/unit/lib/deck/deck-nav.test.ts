import { describe, expect, test } from 'vitest';
import { clampIndex, elapsedLabel, keyAction, readMessage, resolveTarget, slideLabel } from '../../../../src/lib/deck/deck-nav.ts';

describe('keyAction', () => {
  test('arrows, space and Page Up/Down move; Shift+Space goes back; Home and End jump', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((k) => keyAction(k))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((k) => keyAction(k))).toEqual(['prev', 'prev']);
    expect(keyAction(' ', true)).toBe('prev');
    expect([keyAction('Home'), keyAction('End')]).toEqual(['first', 'last']);
  });

  test('letters G, O, F and S, in either case; other keys do nothing', () => {
    expect(['g', 'O', 'f', 'S'].map((k) => keyAction(k))).toEqual(['goto', 'overview', 'fullscreen', 'speaker']);
    expect(keyAction('x')).toBeUndefined();
    expect(keyAction('ArrowUp')).toBeUndefined();
    expect(keyAction('Escape')).toBeUndefined();
  });
});

describe('resolveTarget', () => {
  const ids = ['titel', 'deel-1', 'regio'];
  test('a number counts from 1; an id may have a leading #', () => {
    expect(resolveTarget('3', ids)).toBe(2);
    expect(resolveTarget(' 1 ', ids)).toBe(0);
    expect(resolveTarget('#deel-1', ids)).toBe(1);
    expect(resolveTarget('regio', ids)).toBe(2);
  });
  test('out of range, unknown or empty input gives -1', () => {
    expect(resolveTarget('0', ids)).toBe(-1);
    expect(resolveTarget('4', ids)).toBe(-1);
    expect(resolveTarget('onbekend', ids)).toBe(-1);
    expect(resolveTarget('', ids)).toBe(-1);
  });
});

describe('small helpers', () => {
  test('clampIndex keeps an index inside the deck', () => {
    expect([clampIndex(-1, 5), clampIndex(2, 5), clampIndex(9, 5)]).toEqual([0, 2, 4]);
  });
  test('elapsedLabel shows m:ss, and h:mm:ss from an hour on', () => {
    expect(elapsedLabel(0)).toBe('0:00');
    expect(elapsedLabel(65_400)).toBe('1:05');
    expect(elapsedLabel(3_725_000)).toBe('1:02:05');
  });
  test('slideLabel announces number, count and title', () => {
    expect(slideLabel(2, 80, 'Regionale vaagheid')).toBe('Dia 3 van 80: Regionale vaagheid');
    expect(slideLabel(1, 63, 'Re\u00ADgi\u00ADo\u00ADna\u00ADle vaag\u00ADheid')).toBe('Dia 2 van 63: Regionale vaagheid');
  });
  test('readMessage accepts only the two message kinds', () => {
    expect(readMessage({ type: 'dia', id: 'regio' })).toEqual({ type: 'dia', id: 'regio' });
    expect(readMessage({ type: 'hallo' })).toEqual({ type: 'hallo' });
    expect(readMessage({ type: 'dia' })).toBeUndefined();
    expect(readMessage('dia')).toBeUndefined();
    expect(readMessage(null)).toBeUndefined();
  });
});
