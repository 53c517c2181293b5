/**
 * Rehype plugin: puts a server-rendered anchor link with a Dutch accessible label after every h2/h3 that has an id. The link is
 * page furniture: `data-pagefind-ignore` keeps its label out of the search index and its excerpts.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { anchorLabel } from '../lib/anchor-label.ts';

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function anchorFor(id: string, text: string): Element {
  return h('a', { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' }, [
    h('span', { ariaHidden: 'true' }, '#'),
    h('span', { className: ['sr-only'] }, anchorLabel(text)),
  ]);
}

/** Wraps each h2/h3 in `div.heading` together with its `a.heading-anchor`. MDX components (`<Achtergrond>`) are left alone. */
export function rehypeHeadingAnchors() {
  return (tree: Root): void => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'root') return;
      if (node.type !== 'element') return SKIP;
      const id = node.properties['id'];
      if ((node.tagName !== 'h2' && node.tagName !== 'h3') || typeof id !== 'string' || !parent || index === undefined) return;
      parent.children[index] = h('div', { className: ['heading', `heading-${node.tagName}`] }, [node, anchorFor(id, textOf(node).trim())]);
      return SKIP;
    });
  };
}
