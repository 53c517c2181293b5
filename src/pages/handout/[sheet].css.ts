/** The running headers of a handout whose chapters each start a page, as its print stylesheet: `/handout/koppen.<fingerprint>.css`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLecture } from '../../chapters.ts';
import { HANDOUTS } from '../../lib/handouts.ts';
import { handoutHeaderSheet } from '../../lib/print-header.ts';

export const getStaticPaths = (async () => {
  const { entries } = await getLecture();
  const sheets = new Map<string, string>();
  // The same chapters as the handout page itself (src/components/HandoutDocument.astro), so the fingerprints agree.
  for (const handout of HANDOUTS.filter((h) => !h.flow)) {
    const chapters = entries.filter((entry) => handout.includes(entry.data)).map((entry) => ({ id: entry.id, title: entry.data.title }));
    const { file, css } = handoutHeaderSheet(chapters);
    sheets.set(file, css);
  }
  return [...sheets].map(([file, css]) => ({ params: { sheet: file.replace(/\.css$/, '') }, props: { css } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ css: string }> = ({ props }) => new Response(props.css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
