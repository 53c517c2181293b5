/**
 * Dutch hyphenation at build time: soft hyphens (U+00AD) from the `hyphen` package's Dutch (TeX) patterns, inserted in
 * headings, navigation and other short large text of a built page, so that no engine breaks a word there without a hyphen.
 * Running text keeps CSS `hyphens: auto`.
 */
import hyphenNl from 'hyphen/nl/index.js';

export const SOFT_HYPHEN = '\u00ad';

/** Shorter words stay whole: they fit a line of any heading at 360 px, even glued to punctuation as in "(semi-/para-)bestuurlijke". */
const MIN_WORD = 8;
/** At least this many letters before the first and after the last break ("re-a-li-teit" keeps "re", not "r"). */
const LEFT_MIN = 2;
const RIGHT_MIN = 3;

const hyphenator = hyphenNl;

/** One word with soft hyphens at the pattern's break points, none closer than LEFT_MIN/RIGHT_MIN to its ends. */
function hyphenateWord(word: string): string {
  const parts = hyphenator.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD }).split(SOFT_HYPHEN);
  if (parts.length < 2) return word;
  let out = parts[0] ?? '';
  let done = out.length;
  for (const part of parts.slice(1)) {
    const rest = word.length - done;
    out += done >= LEFT_MIN && rest >= RIGHT_MIN ? SOFT_HYPHEN + part : part;
    done += part.length;
  }
  return out;
}

/** Inserts soft hyphens in every word of a text (letters only; numbers, punctuation and existing hyphens stay as they are). */
export function hyphenate(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => (word.length >= MIN_WORD && !word.includes(SOFT_HYPHEN) ? hyphenateWord(word) : word));
}

/** Removes every soft hyphen. */
export function dehyphenate(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '');
}

/**
 * Where a built page gets soft hyphens: headings (slide titles included), the page's table of contents, the previous/next
 * links and eyebrows. The site menu gets none: its longest word ("Samenwerkingsmaturiteit") fits its narrowest column, as
 * tests/e2e/hyphenation.spec.ts measures, and on every page its soft hyphens would cost about 100 B gzip.
 */
const HYPHENATE_SELECTOR = ['body h1', 'body h2', 'body h3', 'body h4', '.page-toc', '.pagination', '.eyebrow'].join(', ');

/** Never inside these: code, scripts, styles, drawings, form fields, hidden helper text and the search results template. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'CODE', 'PRE', 'SVG', 'TEXTAREA', 'INPUT', 'TEMPLATE', 'TITLE']);

/** Inserts soft hyphens in the text of every element matching HYPHENATE_SELECTOR; returns how many text nodes changed. */
export function hyphenateDocument(doc: Document): number {
  let changed = 0;
  const seen = new Set<Node>();
  const walk = (node: Node): void => {
    if (seen.has(node)) return;
    seen.add(node);
    if (node.nodeType === 3) {
      const before = node.nodeValue ?? '';
      const after = hyphenate(before);
      if (after !== before) {
        node.nodeValue = after;
        changed += 1;
      }
      return;
    }
    if (node.nodeType !== 1 || SKIP.has((node as Element).tagName.toUpperCase())) return;
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  for (const element of Array.from(doc.querySelectorAll(HYPHENATE_SELECTOR))) walk(element);
  return changed;
}
