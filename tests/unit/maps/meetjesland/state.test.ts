import { describe, expect, test } from 'vitest';
import { defaultState, parseState, serializeState, type StateOptions } from '../../../../src/maps/meetjesland/state.ts';

const options: StateOptions = { ids: ['H1', 'H4', 'A1', 'A3', 'S1'], slugs: ['eeklo', 'deinze', 'sint-laureins'] };
const href = (query: string) => `https://x.org/lezing/geografische-realiteit/${query}#kaart-meetjesland`;

describe('parseState', () => {
  test('reads layers, view and municipality', () => {
    expect(parseState('?lagen=H4,A1,S1&gemeente=eeklo&weergave=overlap', options)).toEqual({
      lagen: ['H4', 'A1', 'S1'],
      weergave: 'overlap',
      afbakening: 'H1',
      gemeente: 'eeklo',
    });
    expect(parseState('?weergave=afbakening&afbakening=a3', options)).toMatchObject({ weergave: 'afbakening', afbakening: 'A3' });
  });
  test('ignores unknown values and falls back to the defaults', () => {
    expect(parseState('?lagen=S1,XX,h4&gemeente=atlantis&weergave=3d&afbakening=Z9', options)).toEqual({
      lagen: ['H4', 'S1'],
      weergave: 'overlap',
      afbakening: 'H1',
      gemeente: undefined,
    });
    expect(parseState('?lagen=XX,YY', options).lagen).toEqual(options.ids);
    expect(parseState('', options)).toEqual(defaultState(options));
  });
  test('"geen" switches every layer off', () => {
    expect(parseState('?lagen=geen', options).lagen).toEqual([]);
  });
});

describe('serializeState', () => {
  test('writes only what differs from the default, keeps other parameters and the hash, lists stay readable', () => {
    const state = { lagen: ['S1', 'H4', 'A1'], weergave: 'overlap' as const, afbakening: 'H1', gemeente: 'eeklo' };
    expect(serializeState(href('?x=1'), state, options)).toBe('/lezing/geografische-realiteit/?x=1&lagen=H4,A1,S1&gemeente=eeklo#kaart-meetjesland');
    expect(serializeState(href('?lagen=H4&gemeente=eeklo'), defaultState(options), options)).toBe('/lezing/geografische-realiteit/#kaart-meetjesland');
    expect(serializeState(href(''), { ...defaultState(options), lagen: [] }, options)).toBe('/lezing/geografische-realiteit/?lagen=geen#kaart-meetjesland');
    expect(serializeState(href(''), { ...defaultState(options), weergave: 'afbakening', afbakening: 'A3' }, options)).toBe(
      '/lezing/geografische-realiteit/?weergave=afbakening&afbakening=A3#kaart-meetjesland',
    );
  });
  test('round-trips', () => {
    for (const query of ['?lagen=H4,A1,S1&gemeente=eeklo', '?lagen=geen', '?weergave=afbakening&afbakening=S1&gemeente=deinze', '']) {
      const state = parseState(query, options);
      const url = new URL(serializeState(href(query), state, options), 'https://x.org');
      expect(parseState(url.search, options)).toEqual(state);
    }
  });
});
