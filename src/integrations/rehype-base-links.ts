/** Rehype plugin: prefixes root-relative links written in chapters (`/lessen/…`) with the configured `base`. */
import type { Element, Root } from 'hast';
import { isRootRelative, withBase } from '../lib/urls.ts';

/** MDX components written in a chapter (e.g. `<Achtergrond>`) keep their markdown children in the tree: links inside them count too. */
const isMdxElement = (node: { type: string }): boolean => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function visit(node: Root | Element, base: string): void {
  for (const child of node.children) {
    if (isMdxElement(child)) {
      visit(child as unknown as Element, base);
      continue;
    }
    if (child.type !== 'element') continue;
    const href = child.properties['href'];
    if (child.tagName === 'a' && typeof href === 'string' && isRootRelative(href)) {
      child.properties['href'] = withBase(base, href);
    }
    visit(child, base);
  }
}

/** Rewrites `href="/x/"` to `href="<base>x/"` in every anchor. */
export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root): void => visit(tree, options.base);
}
