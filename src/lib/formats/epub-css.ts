/**
 * The site's stylesheet made fit for an e-book: what a reading system cannot use or EPUBCheck cannot parse goes (media
 * queries, paged media, feature queries, `:has()`), and `:is()`/`:where()` lists are spelled out as plain selectors.
 */
import postcss, { type Root } from 'postcss';

/** Splits a selector list on its top-level commas (not those inside parentheses or brackets). */
export function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '(' || char === '[') depth += 1;
    if (char === ')' || char === ']') depth -= 1;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** Expands every `:is(a, b)` and `:where(a, b)` in one selector into the plain selectors it stands for. */
export function expandIs(selector: string): string[] {
  const match = /:(?:is|where)\(/.exec(selector);
  if (!match) return [selector];
  const open = match.index + match[0].length;
  let depth = 1;
  let close = open;
  while (close < selector.length && depth > 0) {
    const char = selector[close];
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    close += 1;
  }
  const head = selector.slice(0, match.index);
  const tail = selector.slice(close);
  return splitTopLevel(selector.slice(open, close - 1)).flatMap((option) => expandIs(`${head}${option}${tail}`));
}

const DROPPED_AT_RULES = new Set(['media', 'page', 'supports', 'font-face', 'container', 'layer', 'keyframes']);

/** The book version of a stylesheet (see the module comment); deterministic for the same input. */
export function bookCss(css: string): string {
  const root: Root = postcss.parse(css);
  root.walkAtRules((rule) => {
    if (DROPPED_AT_RULES.has(rule.name.toLowerCase())) rule.remove();
  });
  root.walkRules((rule) => {
    const selectors = splitTopLevel(rule.selector)
      .filter((s) => !s.includes(':has('))
      .flatMap(expandIs)
      .filter((s) => !/:not\([^)]*[ ,>+~]/.test(s));
    if (selectors.length === 0) rule.remove();
    else rule.selector = [...new Set(selectors)].join(',\n');
  });
  root.walkDecls((decl) => {
    if (decl.prop === 'font' && decl.value.includes('var(')) decl.remove();
  });
  root.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove();
  });
  return root.toString();
}
