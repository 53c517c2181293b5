import { describe, expect, test } from 'vitest';
import type { Element, Root } from 'hast';
import { rehypeGlossaryLinks } from '../../../src/integrations/rehype-glossary-links.ts';

const text = (value: string) => ({ type: 'text' as const, value });
const el = (tagName: string, children: Element['children'], properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

function links(tree: Root): string[] {
  const found: string[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'a' && child.properties['className']?.includes('term-link')) {
        found.push(`${String(child.properties['href'])}|${child.children.map((c) => (c.type === 'text' ? c.value : '')).join('')}`);
      }
      walk(child);
    }
  };
  walk(tree);
  return found;
}

const run = (tree: Root) => {
  rehypeGlossaryLinks({
    terms: [
      { id: 'governance', match: ['governance'] },
      { id: 'cofinanciering', match: ['cofinanciering'] },
    ],
  })(tree);
  return tree;
};

describe('rehypeGlossaryLinks', () => {
  test('links only the first use of each term in the chapter, with a plain link', () => {
    const tree: Root = { type: 'root', children: [el('p', [text('De governance en de cofinanciering.')]), el('p', [text('Weer governance.')])] };
    expect(links(run(tree))).toEqual(['/begrippen/#governance|governance', '/begrippen/#cofinanciering|cofinanciering']);
    const first = tree.children[0] as Element;
    expect(first.children.map((c) => (c.type === 'text' ? c.value : 'A'))).toEqual(['De ', 'A', ' en de ', 'A', '.']);
  });
  test('leaves headings and existing links alone, and links the first use in running text', () => {
    const tree: Root = {
      type: 'root',
      children: [el('h3', [text('Governance en governance')], { id: 'x' }), el('p', [el('a', [text('governance')], { href: '/x/' }), text(' en governance')])],
    };
    expect(links(run(tree))).toEqual(['/begrippen/#governance|governance']);
    expect((tree.children[0] as Element).children).toEqual([text('Governance en governance')]);
  });
});
