/** Places map labels: splits two-word names over two lines and pushes overlapping labels apart vertically. */

export interface MapLabel {
  key: string;
  lines: string[];
  x: number;
  y: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** "Vlaamse Ardennen" → ["Vlaamse", "Ardennen"]; one-word and hyphenated names stay on one line. */
export function labelLines(name: string): string[] {
  const words = name.trim().split(/\s+/);
  return words.length === 2 ? words : [name.trim()];
}

/** Approximate box of a label centred on (x, y): 0.6 em per character, 1.15 em per line, plus a small margin. */
export function labelBox(label: MapLabel, fontSize: number): Box {
  const width = Math.max(...label.lines.map((line) => line.length)) * fontSize * 0.6 + 4;
  const height = label.lines.length * fontSize * 1.15 + 2;
  return { x0: label.x - width / 2, x1: label.x + width / 2, y0: label.y - height / 2, y1: label.y + height / 2 };
}

function overlapY(a: Box, b: Box): number {
  if (a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0) return 0;
  return Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
}

/** Moves overlapping labels apart vertically (each by half the overlap) until none overlap or `rounds` runs out. Deterministic. */
export function separateLabels(labels: readonly MapLabel[], fontSize: number, rounds = 40): MapLabel[] {
  const placed = labels.map((l) => ({ ...l, lines: [...l.lines] }));
  for (let round = 0; round < rounds; round += 1) {
    let moved = false;
    for (let i = 0; i < placed.length; i += 1) {
      for (let j = i + 1; j < placed.length; j += 1) {
        const a = placed[i];
        const b = placed[j];
        if (!a || !b) continue;
        const overlap = overlapY(labelBox(a, fontSize), labelBox(b, fontSize));
        if (overlap <= 0) continue;
        const shift = overlap / 2 + 0.5;
        const [upper, lower] = a.y <= b.y ? [a, b] : [b, a];
        upper.y = Math.round((upper.y - shift) * 10) / 10;
        lower.y = Math.round((lower.y + shift) * 10) / 10;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return placed;
}
