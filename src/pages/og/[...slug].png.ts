/** Build-time social card (PNG, 1200×630) for every page, rendered with satori and resvg; never computed in the browser. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { getLecture } from '../../chapters.ts';
import { pageEyebrow } from '../../lib/page-labels.ts';
import { CARD_HEIGHT, CARD_WIDTH, socialCardTree } from '../../lib/social-card.ts';
import { LECTURE } from '../../site.ts';
import { HANDOUTS } from '../../lib/handouts.ts';
import { SEARCH_PAGE } from '../../lib/page-labels.ts';

export const getStaticPaths = (async () => {
  const { items } = await getLecture();
  const home = { params: { slug: 'index' }, props: { eyebrow: 'Lezing', title: LECTURE.title } };
  // One card for the index and every municipality page: 300 renders would slow the build for little gain.
  const gemeenten = { params: { slug: 'gemeenten' }, props: { eyebrow: 'Naslag', title: "Gemeenten en hun regio's" } };
  return [
    home,
    gemeenten,
    ...items.map((item) => ({ params: { slug: item.id }, props: { eyebrow: pageEyebrow(item), title: item.title } })),
    ...HANDOUTS.map((handout) => ({ params: { slug: handout.id }, props: { eyebrow: 'Hand-out', title: handout.title } })),
    { params: { slug: 'zoeken' }, props: { eyebrow: 'Zoeken', title: SEARCH_PAGE.title } },
    { params: { slug: 'begrippen' }, props: { eyebrow: 'Begrippen', title: 'De vaktaal van de lezing' } },
    { params: { slug: 'presentatie' }, props: { eyebrow: 'Presentatie', title: LECTURE.title } },
    { params: { slug: 'over-deze-site' }, props: { eyebrow: 'Over deze site', title: LECTURE.title } },
  ];
}) satisfies GetStaticPaths;

const fontDir = join(process.cwd(), 'node_modules', '@fontsource', 'inter', 'files');
const fonts = Promise.all(
  ([400, 600, 700] as const).map(async (weight) => ({
    name: 'Inter',
    data: await readFile(join(fontDir, `inter-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  })),
);

export const GET: APIRoute = async ({ props }) => {
  const { eyebrow, title } = props as { eyebrow: string; title: string };
  const tree = socialCardTree({ eyebrow, title, lecture: LECTURE.title, author: `${LECTURE.authorWithTitle} · ${LECTURE.affiliation}` });
  const svg = await satori(tree, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
