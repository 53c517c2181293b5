/** Finds the first use of glossary terms in running text: case-sensitive word forms matched at a word start, extended to the word's end. */

export interface TermPatterns {
  id: string;
  match: readonly string[];
}

export interface TermHit {
  id: string;
  start: number;
  end: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One compiled matcher per term: `(?<![letter])form[letters, apostrophes, hyphens]*`. */
export function compileTerms(terms: readonly TermPatterns[]): { id: string; re: RegExp }[] {
  return terms.map((t) => ({
    id: t.id,
    re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${t.match.map(escape).join('|')})[\\p{L}\\p{N}'’-]*`, 'gu'),
  }));
}

/** The earliest hit in `text` among the terms not yet `used` (ties: the longest). Words ending in an apostrophe keep it out. */
export function firstHit(text: string, compiled: readonly { id: string; re: RegExp }[], used: ReadonlySet<string>): TermHit | undefined {
  let best: TermHit | undefined;
  for (const { id, re } of compiled) {
    if (used.has(id)) continue;
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m) continue;
    const word = m[0].replace(/['’-]+$/, '');
    const hit = { id, start: m.index, end: m.index + word.length };
    if (!best || hit.start < best.start || (hit.start === best.start && hit.end > best.end)) best = hit;
  }
  return best;
}
