/** What a chapter adds to the lecture (Achtergrond boxes, figures) and which source ids those rest on, read from its MDX. */
import { joinDutch } from './format.ts';

export interface PageCompilation {
  /** Number of Achtergrond boxes. */
  boxes: number;
  /** Figure components in order of appearance, e.g. ["MeetjeslandMap", "GuiseMap:homogeen"]. */
  figures: string[];
  /** Source ids of the Achtergrond boxes, in order of first appearance. */
  boxSources: string[];
}

const FIGURE_TAG = /<([A-Z][A-Za-z]*(?:Map|Chart|Timeline|Figure))\b([^>]*)>/g;
const BOX_TAG = /<Achtergrond\b[^>]*?sources=\{\[([^\]]*)\]\}/g;
const QUOTED = /'([^']+)'|"([^"]+)"/g;

/** Reads the Achtergrond boxes and figure components of an MDX body; a figure with `guise="x"` is reported as "Name:x". */
export function pageCompilation(body: string): PageCompilation {
  const boxSources: string[] = [];
  let boxes = 0;
  for (const match of body.matchAll(BOX_TAG)) {
    boxes += 1;
    for (const id of (match[1] ?? '').matchAll(QUOTED)) boxSources.push(id[1] ?? id[2] ?? '');
  }
  const figures = [...body.matchAll(FIGURE_TAG)].map((m) => {
    const guise = /\bguise="([a-z-]+)"/.exec(m[2] ?? '')?.[1];
    return guise ? `${m[1] ?? ''}:${guise}` : (m[1] ?? '');
  });
  return { boxes, figures, boxSources: [...new Set(boxSources)] };
}

/** "2 achtergrondkaders en 3 figuren", or "" when the page adds nothing. */
export function compilationSummary(c: Pick<PageCompilation, 'boxes' | 'figures'>): string {
  const items = [
    c.boxes > 0 ? `${c.boxes === 1 ? 'het achtergrondkader' : `de ${c.boxes} achtergrondkaders`}` : '',
    c.figures.length > 0 ? `${c.figures.length === 1 ? 'de figuur' : `de ${c.figures.length} figuren`}` : '',
  ].filter(Boolean);
  return joinDutch(items);
}
