/**
 * Rehype plugin: links the first use of each glossary term in a chapter to its entry on /begrippen/ with a plain link
 * (no JavaScript). Headings, links, code and figures are left alone; the base path is added later by rehype-base-links.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { compileTerms, firstHit, type TermPatterns } from '../lib/term-matcher.ts';

const SKIP_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'svg', 'script', 'style', 'figcaption', 'abbr', 'button']);

type Parent = Root | Element | { type: string; name?: string | null; children: (RootContent | ElementContent)[] };

function link(id: string, value: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `/begrippen/#${id}`, className: ['term-link'] },
    children: [{ type: 'text', value }],
  };
}

/** Links the first use of each term in the tree. */
export function rehypeGlossaryLinks(options: { terms: readonly TermPatterns[] }) {
  const compiled = compileTerms(options.terms);
  return (tree: Root): void => {
    const used = new Set<string>();
    const visit = (parent: Parent): void => {
      const out: (RootContent | ElementContent)[] = [];
      for (const child of parent.children) {
        if (child.type === 'text') {
          let rest = child.value;
          let hit = firstHit(rest, compiled, used);
          while (hit) {
            if (hit.start > 0) out.push({ type: 'text', value: rest.slice(0, hit.start) });
            out.push(link(hit.id, rest.slice(hit.start, hit.end)));
            used.add(hit.id);
            rest = rest.slice(hit.end);
            hit = firstHit(rest, compiled, used);
          }
          if (rest) out.push({ type: 'text', value: rest });
          continue;
        }
        if (child.type === 'element' && !SKIP_TAGS.has(child.tagName)) visit(child);
        else if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && 'children' in child) {
          const name = 'name' in child ? child.name : null;
          if (name === 'Achtergrond' || name === 'p' || name === 'li') visit(child);
        }
        out.push(child);
      }
      parent.children = out;
    };
    visit(tree);
  };
}
