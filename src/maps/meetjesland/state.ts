/**
 * The Meetjesland map's view in the page URL, e.g. `?lagen=H4,A1,S1&gemeente=eeklo&weergave=overlap`:
 *
 * - `lagen`: the active delineations (ids, any case, any order); absent = all, `geen` = none. Unknown ids are ignored;
 *   a list with only unknown ids counts as absent.
 * - `weergave`: `overlap` (default: colour by how many active delineations include a municipality) or `afbakening`
 *   (one delineation, chosen with `afbakening=<id>`; default the first).
 * - `gemeente`: the selected municipality as a slug (`eeklo`, `sint-laureins`).
 *
 * Defaults are left out of the URL, other parameters and the hash are kept.
 */
import { readChoice, readList, withParam } from '../shared/url-state.ts';

export const PARAM = { lagen: 'lagen', weergave: 'weergave', afbakening: 'afbakening', gemeente: 'gemeente' } as const;
export const WEERGAVEN = ['overlap', 'afbakening'] as const;
export type Weergave = (typeof WEERGAVEN)[number];
/** The value of `lagen` when every delineation is switched off. */
export const NO_LAYERS = 'geen';

export interface MeetjeslandState {
  /** Active delineation ids, in canonical (data) order. */
  lagen: string[];
  weergave: Weergave;
  /** The delineation of the single view. */
  afbakening: string;
  /** Slug of the selected municipality. */
  gemeente: string | undefined;
}

export interface StateOptions {
  /** All delineation ids in data order. */
  ids: readonly string[];
  /** All municipality slugs. */
  slugs: readonly string[];
}

/** Upper-cases the values of `key` so `?lagen=h4,a1` reads like `?lagen=H4,A1`. */
function upperCased(search: string, key: string): string {
  const params = new URLSearchParams(search);
  const value = params.get(key);
  if (value !== null) params.set(key, value.toUpperCase());
  return `?${params.toString()}`;
}

/** The default view: every delineation, overlap, nothing selected. */
export function defaultState({ ids }: StateOptions): MeetjeslandState {
  return { lagen: [...ids], weergave: 'overlap', afbakening: ids[0] ?? '', gemeente: undefined };
}

/** Reads the view from a query string; anything unknown falls back to the default. */
export function parseState(search: string, options: StateOptions): MeetjeslandState {
  const base = defaultState(options);
  const raw = new URLSearchParams(search).get(PARAM.lagen);
  let lagen = base.lagen;
  if (raw !== null && raw.trim().toLowerCase() === NO_LAYERS) lagen = [];
  else {
    const listed = readList(upperCased(search, PARAM.lagen), PARAM.lagen, options.ids);
    if (listed && listed.length > 0) lagen = listed;
  }
  const afbakening = readChoice(upperCased(search, PARAM.afbakening), PARAM.afbakening, options.ids) ?? base.afbakening;
  return {
    lagen,
    weergave: readChoice(search, PARAM.weergave, WEERGAVEN) ?? base.weergave,
    afbakening,
    gemeente: readChoice(search, PARAM.gemeente, options.slugs),
  };
}

/** The query values of a view; `undefined` for every default (so the parameter is removed). */
export function stateParams(state: MeetjeslandState, { ids }: StateOptions): Record<(typeof PARAM)[keyof typeof PARAM], string | undefined> {
  const active = new Set(state.lagen);
  const lagen = ids.filter((id) => active.has(id));
  return {
    lagen: lagen.length === ids.length ? undefined : lagen.length === 0 ? NO_LAYERS : lagen.join(','),
    weergave: state.weergave === 'overlap' ? undefined : state.weergave,
    afbakening: state.weergave === 'afbakening' ? state.afbakening : undefined,
    gemeente: state.gemeente,
  };
}

/** `href` (path + query + hash) with the view written into the query string. */
export function serializeState(href: string, state: MeetjeslandState, options: StateOptions): string {
  const origin = new URL(href);
  let next = `${origin.pathname}${origin.search}${origin.hash}`;
  for (const [key, value] of Object.entries(stateParams(state, options))) next = withParam(new URL(next, origin).href, key, value);
  return next;
}
