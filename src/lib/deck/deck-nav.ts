/** Pure helpers of the slide deck and its speaker view: keys to actions, "go to" targets, sync messages, time labels. */

export type DeckAction = 'next' | 'prev' | 'first' | 'last' | 'goto' | 'overview' | 'fullscreen' | 'speaker';

/** The BroadcastChannel both windows of a presentation share. */
export const DECK_CHANNEL = 'presentatie';

/** `dia`: this window now shows slide `id`; `hallo`: a speaker view opened and asks the deck where it is. */
export type DeckMessage = { type: 'dia'; id: string } | { type: 'hallo' };

/** Reads a message from the channel; anything else is ignored (`undefined`). */
export function readMessage(data: unknown): DeckMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, id } = data as { type?: unknown; id?: unknown };
  if (type === 'hallo') return { type };
  if (type === 'dia' && typeof id === 'string') return { type, id };
  return undefined;
}

/** The action of a key (`KeyboardEvent.key`) without Ctrl/Alt/Meta, or undefined. */
export function keyAction(key: string, shiftKey = false): DeckAction | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
      return shiftKey ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
  }
  const letter = key.length === 1 ? key.toLowerCase() : '';
  return ({ g: 'goto', o: 'overview', f: 'fullscreen', s: 'speaker' } as const)[letter as 'g'] ?? undefined;
}

/** Index of the slide a reader typed: a number (1 = first) or a slide id, with or without `#`; -1 when there is none. */
export function resolveTarget(input: string, ids: readonly string[]): number {
  const value = input.trim().replace(/^#/, '');
  if (/^\d+$/.test(value)) {
    const n = Number(value);
    return n >= 1 && n <= ids.length ? n - 1 : -1;
  }
  return value ? ids.indexOf(value) : -1;
}

/** `index` kept within 0 … count − 1. */
export function clampIndex(index: number, count: number): number {
  return Math.max(0, Math.min(count - 1, index));
}

/** Elapsed time as `m:ss`, or `h:mm:ss` from an hour on. */
export function elapsedLabel(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The polite announcement of a slide, e.g. "Dia 3 van 80: Regionale vaagheid" (the title without the headings' soft hyphens). */
export function slideLabel(index: number, count: number, title: string): string {
  return `Dia ${index + 1} van ${count}: ${title.replaceAll('\u00AD', '')}`;
}
