import { describe, expect, test } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { remarkExplicitHeadingIds } from '../../../src/integrations/remark-explicit-heading-ids.ts';
import { rehypeHeadingAnchors } from '../../../src/integrations/rehype-heading-anchors.ts';
import { rehypeBaseLinks } from '../../../src/integrations/rehype-base-links.ts';

async function render(source: string): Promise<string> {
  const file = new VFile({ path: 'content/proef.mdx', value: source });
  const out = await compile(file, {
    remarkPlugins: [remarkExplicitHeadingIds],
    rehypePlugins: [rehypeHeadingAnchors, [rehypeBaseLinks, { base: '/lezing/' }]],
    outputFormat: 'function-body',
  });
  return String(out);
}

describe('remarkExplicitHeadingIds', () => {
  test('uses the explicit id and strips the marker from the heading text', async () => {
    const js = await render('## Regio? {/* #regio */}\n\n### Sub {/* #sub */}\n');
    expect(js).toContain('id: "regio"');
    expect(js).toContain('id: "sub"');
    expect(js).not.toContain('#regio */');
  });
  test('fails naming the file when an h2 has no id', async () => {
    await expect(render('## Zonder id\n')).rejects.toThrow(/content\/proef\.mdx: h2 "Zonder id" heeft geen expliciete id/);
  });
  test('fails on a malformed or repeated id', async () => {
    await expect(render('## A {/* #Hoofdletter */}\n')).rejects.toThrow(/ongeldige id "Hoofdletter"/);
    await expect(render('## A {/* #a */}\n\n### B {/* #a */}\n')).rejects.toThrow(/"a" komt twee keer voor/);
  });
  test('leaves h1 and h4 alone', async () => {
    await expect(render('#### Klein\n')).resolves.toContain('Klein');
  });
});

describe('rehypeHeadingAnchors and rehypeBaseLinks', () => {
  test('adds a labelled anchor after each heading and prefixes root-relative links with base', async () => {
    const js = await render('## Regio? {/* #regio */}\n\nZie [les 1](/lessen/1-feitelijke-realiteit/) en [extern](https://kuleuven.be/).\n');
    expect(js).toContain('href: "#regio"');
    expect(js).toContain('Directe link naar de sectie ‘Regio?’');
    expect(js).toContain('href: "/lezing/lessen/1-feitelijke-realiteit/"');
    expect(js).toContain('href: "https://kuleuven.be/"');
  });
  test('prefixes links inside an MDX component such as <Achtergrond> too', async () => {
    const js = await render('<Achtergrond title="x" sources={[]}>\n\nZie [les 2](/lessen/2-coordinatieplatform/).\n\n</Achtergrond>\n');
    expect(js).toContain('href: "/lezing/lessen/2-coordinatieplatform/"');
  });
  test('keeps the heading anchor out of the search index', async () => {
    expect(await render('## Regio? {/* #regio */}\n')).toContain('"data-pagefind-ignore": ""');
  });
});
