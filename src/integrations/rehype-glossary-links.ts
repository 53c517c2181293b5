/**
 * Rehype plugin: links the first use of each glossary term in a chapter to its entry on /begrippen/ with a plain link
 * (no JavaScript). Headings, links, code and figures are left alone; the base path is added later by rehype-base-links.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { compileTerms, firstHit, type TermPatterns } from '../lib/term-matcher.ts';

const SKIP_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'svg', 'script', 'style', 'figcaption', 'abbr', 'button']);

/** The MDX components whose text is running text of the chapter; others (figures, maps) are left alone. */
const TEXT_COMPONENTS = new Set(['Achtergrond', 'p', 'li']);

function link(id: string, value: string): Element {
  return h('a', { href: `/begrippen/#${id}`, className: ['term-link'] }, value);
}

/** Links the first use of each term in the tree. */
export function rehypeGlossaryLinks(options: { terms: readonly TermPatterns[] }) {
  const compiled = compileTerms(options.terms);
  return (tree: Root): void => {
    const used = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && SKIP_TAGS.has(node.tagName)) return SKIP;
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !TEXT_COMPONENTS.has(node.name ?? '')) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const out: ElementContent[] = [];
      let rest = node.value;
      let hit = firstHit(rest, compiled, used);
      if (!hit) return;
      while (hit) {
        if (hit.start > 0) out.push({ type: 'text', value: rest.slice(0, hit.start) });
        out.push(link(hit.id, rest.slice(hit.start, hit.end)));
        used.add(hit.id);
        rest = rest.slice(hit.end);
        hit = firstHit(rest, compiled, used);
      }
      if (rest) out.push({ type: 'text', value: rest });
      parent.children.splice(index, 1, ...out);
      return [SKIP, index + out.length];
    });
  };
}
