/** Remark plugin: every h2/h3 in a chapter carries an explicit, stable id written as `## Titel {/* #id *\/}`. */
import type { Heading, Root, PhrasingContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isValidHeadingId, parseHeadingIdMarker } from '../lib/heading-id.ts';

interface ExpressionNode {
  type: 'mdxTextExpression';
  value: string;
}

function isExpression(node: PhrasingContent | undefined): node is PhrasingContent & ExpressionNode {
  return node !== undefined && (node as { type: string }).type === 'mdxTextExpression';
}

function headingText(node: Heading): string {
  return node.children
    .map((child) => ('value' in child && child.type === 'text' ? child.value : ''))
    .join('')
    .trim();
}

/** Reads explicit heading ids, strips the marker, and fails the build naming the file when one is missing, malformed or repeated. */
export function remarkExplicitHeadingIds() {
  return (tree: Root, file: VFile): void => {
    const where = file.path || 'onbekend bestand';
    const seen = new Set<string>();
    visit(tree, 'heading', (heading) => {
      if (heading.depth !== 2 && heading.depth !== 3) return;
      const last = heading.children.at(-1);
      const id = isExpression(last) ? parseHeadingIdMarker(last.value) : undefined;
      const label = `h${heading.depth} "${headingText(heading)}"`;
      if (id === undefined) {
        throw new Error(`${where}: ${label} heeft geen expliciete id. Schrijf: ## Titel {/* #een-id */}`);
      }
      if (!isValidHeadingId(id)) {
        throw new Error(`${where}: ${label} heeft een ongeldige id "${id}" (alleen a-z, 0-9 en koppeltekens).`);
      }
      if (seen.has(id)) throw new Error(`${where}: de id "${id}" komt twee keer voor.`);
      seen.add(id);
      heading.children.pop();
      const previous = heading.children.at(-1);
      if (previous?.type === 'text') previous.value = previous.value.trimEnd();
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });
  };
}
