/**
 * Rehype plugin: puts a server-rendered anchor link with a Dutch accessible label after every h2/h3 that has an id. The link is
 * page furniture: `data-pagefind-ignore` keeps its label out of the search index and its excerpts.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { anchorLabel } from '../lib/anchor-label.ts';

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function anchorFor(id: string, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: anchorLabel(text) }] },
    ],
  };
}

function visit(parent: Root | Element): void {
  const out: (RootContent | ElementContent)[] = [];
  for (const child of parent.children) {
    if (child.type === 'element' && (child.tagName === 'h2' || child.tagName === 'h3') && typeof child.properties['id'] === 'string') {
      const id = child.properties['id'];
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading', `heading-${child.tagName}`] },
        children: [child, anchorFor(id, textOf(child).trim())],
      };
      out.push(wrapper);
      continue;
    }
    if (child.type === 'element') visit(child);
    out.push(child);
  }
  parent.children = out;
}

/** Wraps each h2/h3 in `div.heading` together with its `a.heading-anchor`. */
export function rehypeHeadingAnchors() {
  return (tree: Root): void => visit(tree);
}
