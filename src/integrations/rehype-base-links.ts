/** Rehype plugin: prefixes root-relative links written in chapters (`/lessen/…`) with the configured `base`. */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isRootRelative, withBase } from '../lib/urls.ts';

/** Rewrites `href="/x/"` to `href="<base>x/"` in every anchor, also inside MDX components written in a chapter (`<Achtergrond>`). */
export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      const href = node.properties['href'];
      if (node.tagName === 'a' && typeof href === 'string' && isRootRelative(href)) node.properties['href'] = withBase(options.base, href);
    });
  };
}
