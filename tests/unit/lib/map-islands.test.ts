import { describe, expect, test } from 'vitest';
import { lowPriorityLoaders, extractIslands, islandFileName, pageIslands } from '../../../src/lib/map-islands.ts';
import { islandJson } from '../../../src/maps/shared/island.ts';

const a = islandJson({ topo: '/lezing/_astro/gemeenten.topo.abc.json', naam: '</script>' });
const b = islandJson({ topo: '/lezing/_astro/meetjesland.topo.def.json' });
const inline = (json: string, attribute = ''): string => `<script type="application/json" data-map-model${attribute}>${json}</script>`;

describe('moving the map islands out of a page', () => {
  test('each island becomes an empty script naming its fingerprinted file; the rest of the page stays byte for byte', () => {
    const html = `<p>a</p><region-map>${inline(a)}<svg></svg></region-map><p>b</p><grens-map>${inline(b, '=""')}</grens-map>`;
    const { html: out, files } = extractIslands(html, '/lezing/_astro/');
    expect(files).toEqual([
      { name: islandFileName(a), json: a },
      { name: islandFileName(b), json: b },
    ]);
    expect(out).toBe(
      `<p>a</p><region-map><script type="application/json" data-map-model data-src="/lezing/_astro/${islandFileName(a)}"></script><svg></svg></region-map>` +
        `<p>b</p><grens-map><script type="application/json" data-map-model data-src="/lezing/_astro/${islandFileName(b)}"></script></grens-map>`,
    );
    expect(JSON.parse(files[0]?.json ?? '')).toEqual({ topo: '/lezing/_astro/gemeenten.topo.abc.json', naam: '</script>' });
  });

  test('the file name is a hash of the content: identical islands share one file, different ones never do', () => {
    expect(islandFileName(a)).toMatch(/^island\.[\w-]{10}\.json$/);
    expect(islandFileName(a)).toBe(islandFileName(`${a}`));
    expect(islandFileName(a)).not.toBe(islandFileName(b));
    expect(extractIslands(inline(a) + inline(a), '/_astro').files).toHaveLength(1);
  });

  test('a page without islands, an empty island and a moved island are left alone (running twice changes nothing)', () => {
    expect(extractIslands('<p>geen kaart</p>', '/_astro/')).toEqual({ html: '<p>geen kaart</p>', files: [] });
    expect(extractIslands(inline(''), '/_astro/').html).toBe(inline(''));
    const once = extractIslands(inline(a), '/_astro/').html;
    expect(extractIslands(once, '/_astro/')).toEqual({ html: once, files: [] });
  });

  test('pageIslands lists the inline and the moved islands of a page in page order', () => {
    const moved = extractIslands(inline(b), '/lezing/_astro/').html;
    expect(pageIslands(`${inline(a)}<p></p>${moved}${inline('')}`)).toEqual([{ json: a }, { src: `/lezing/_astro/${islandFileName(b)}` }]);
    expect(pageIslands('<p></p>')).toEqual([]);
  });
});

describe('the map loaders at low priority', () => {
  test('only the module scripts named loaders get fetchpriority="low"; the others stay as they are', () => {
    const html =
      '<script type="module" src="/lezing/_astro/SiteHeader.a.js"></script><script type="module" src="/lezing/_astro/VervoerregioMap.b.js"></script>' +
      '<script type="application/json" data-map-model data-src="/lezing/_astro/island.x.json"></script>';
    const { html: out, marked } = lowPriorityLoaders(html, (src) => src.endsWith('/VervoerregioMap.b.js'));
    expect(marked).toBe(1);
    expect(out).toBe(
      '<script type="module" src="/lezing/_astro/SiteHeader.a.js"></script><script type="module" fetchpriority="low" src="/lezing/_astro/VervoerregioMap.b.js"></script>' +
        '<script type="application/json" data-map-model data-src="/lezing/_astro/island.x.json"></script>',
    );
    expect(lowPriorityLoaders(out, () => true).html).toBe(
      out.replace('<script type="module" src="/lezing/_astro/SiteHeader', '<script type="module" fetchpriority="low" src="/lezing/_astro/SiteHeader'),
    );
  });
});
