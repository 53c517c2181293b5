/** Rehype plugin: prefixes root-relative links written in chapters (`/lessen/…`) with the configured `base`. */
import type { Element, Root } from 'hast';
import { isRootRelative, withBase } from '../lib/urls.ts';

function visit(node: Root | Element, base: string): void {
  for (const child of node.children) {
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
