/**
 * Labels that never collide: the most important label is placed first, and every further label is shown only when its
 * box stays clear of all labels already shown. Deterministic (ties keep the input order). A hidden label's name stays
 * available in the tooltip, the legend and the table.
 */

export interface LabelBox {
  key: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Higher is placed first (e.g. region area or member count). */
  priority: number;
}

const overlap = (a: LabelBox, b: LabelBox, gap: number): boolean =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

/** The keys of the labels to hide so that no two shown labels overlap (keeping `gap` px between them). */
export function declutter(boxes: readonly LabelBox[], gap = 1): Set<string> {
  const order = boxes.map((box, index) => ({ box, index })).sort((a, b) => b.box.priority - a.box.priority || a.index - b.index);
  const shown: LabelBox[] = [];
  const hidden = new Set<string>();
  for (const { box } of order) {
    if (box.right <= box.left || box.bottom <= box.top) continue;
    if (shown.some((other) => overlap(box, other, gap))) hidden.add(box.key);
    else shown.push(box);
  }
  return hidden;
}
