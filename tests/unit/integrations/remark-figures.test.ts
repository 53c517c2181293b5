import { describe, expect, test } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { remarkFigures } from '../../../src/integrations/remark-figures.ts';

/** Compiles MDX like Astro does: the frontmatter arrives in file.data.astro.frontmatter. */
async function render(source: string, frontmatter: Record<string, unknown> | null = { part: 2 }, path = 'content/proef.mdx'): Promise<string> {
  const file = new VFile({ path, value: source, data: frontmatter ? { astro: { frontmatter } } : {} });
  return String(await compile(file, { remarkPlugins: [remarkFigures], outputFormat: 'function-body' }));
}

describe('remarkFigures', () => {
  test('injects numbers in document order into Figure, maps, charts and timelines', async () => {
    const js = await render(
      [
        '<VervoerregioMap id="kaart-vervoerregios" />',
        '',
        '<Figure id="fig-foto" caption="Foto" source="x">inhoud</Figure>',
        '',
        '<CofinancieringChart id="fig-cofinanciering" />',
      ].join('\n'),
    );
    const numbers = [...js.matchAll(/number: "([^"]+)"/g)].map((m) => m[1]);
    expect(numbers).toEqual(['2.1', '2.2', '2.3']);
  });
  test('turns <FigRef> into a link "figuur N" to the figure, also before the figure', async () => {
    const js = await render(
      'Zie <FigRef to="fig-b" /> en <FigRef to="fig-a" />.\n\n<Figure id="fig-a" caption="a" source="x" />\n\n<RegiovormingTimeline id="fig-b" />\n',
    );
    expect(js).toContain('href: "#fig-b"');
    expect(js).toMatch(/children: "figuur 2\.2"/);
    expect(js).toMatch(/children: "figuur 2\.1"/);
    expect(js).toContain('className: "figref"');
    expect(js).not.toContain('FigRef');
  });
  test('a <FigRef> on a line of its own becomes a paragraph with the link', async () => {
    const js = await render('<Figure id="fig-a" caption="a" source="x" />\n\n<FigRef to="fig-a" />\n');
    expect(js).toMatch(/_components\.p, \{\s*children: _jsx\(_components\.a, \{\s*href: "#fig-a"/);
  });
  test('uses the lesson prefix, and falls back to the YAML source when no frontmatter is supplied', async () => {
    expect(await render('<Figure id="f" caption="c" source="s" />', { part: 3, lesson: 8 })).toContain('number: "L8.1"');
    const fromSource = await render('---\npart: 1\norder: 1\n---\n\n<Figure id="f" caption="c" source="s" />\n', null);
    expect(fromSource).toContain('number: "1.1"');
  });
  test('overrides a hand-written number, and does not number a figure nested in another', async () => {
    const js = await render('<Figure id="buiten" number="9.9" caption="c" source="s">\n\n<MeetjeslandMap />\n\n</Figure>\n');
    expect([...js.matchAll(/number: "([^"]+)"/g)].map((m) => m[1])).toEqual(['2.1']);
  });
  test('a reference to a missing figure stops the build naming the file and the id', async () => {
    await expect(render('<Figure id="fig-a" caption="c" source="s" />\n\nZie <FigRef to="fig-x" />.\n')).rejects.toThrow(
      /content\/proef\.mdx: de verwijzing naar figuur "fig-x" wijst naar een figuur die niet bestaat/,
    );
  });
  test('a duplicate id, a figure without id, or an id written as an expression stops the build', async () => {
    await expect(render('<Figure id="a" caption="c" source="s" />\n\n<VervoerregioMap id="a" />\n')).rejects.toThrow(
      /content\/proef\.mdx: de figuur-id "a" komt twee keer voor/,
    );
    await expect(render('<MeetjeslandMap />\n')).rejects.toThrow(/content\/proef\.mdx: figuur nummer 1 \(<MeetjeslandMap>\) heeft geen id/);
    await expect(render('<Figure id={"a"} caption="c" source="s" />\n')).rejects.toThrow(/content\/proef\.mdx: <Figure> schrijft id als expressie/);
  });
  test('a chapter without figures or references is left alone (even without a part)', async () => {
    await expect(render('## Tekst\n\nGewoon tekst.\n', {})).resolves.toContain('Gewoon tekst.');
  });
});
