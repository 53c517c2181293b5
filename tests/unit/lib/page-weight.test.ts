import { describe, expect, test } from 'vitest';
import { assetUrls, dynamicImports, eagerAssets, staticImports } from '../../../src/lib/page-weight.ts';

describe('eagerAssets', () => {
  test('collects module scripts, inline scripts, stylesheets and inline styles, skipping print sheets and data blocks', () => {
    const html = `<head><link rel="stylesheet" href="/a.css"><link rel=stylesheet href='/b.css' media="print"><link rel="icon" href="/f.svg">
      <style>@page{}</style><script type="module" src="/x.js"></script><script type="module">console.log(1)</script>
      <script type="application/ld+json">{"a":1}</script></head>`;
    expect(eagerAssets(html)).toEqual({ scripts: ['/x.js'], stylesheets: ['/a.css'], inlineScripts: ['console.log(1)'], inlineStyles: ['@page{}'] });
  });
});

describe('staticImports', () => {
  test('finds static imports and re-exports of minified modules but not dynamic imports', () => {
    const js = 'import{a as b}from"./chunk.A1.js";import"./side.js";export*from"./re.js";const m=()=>import("./lazy.js");';
    expect(staticImports(js)).toEqual(['./chunk.A1.js', './side.js', './re.js']);
  });
  test('finds nothing in a module without imports', () => {
    expect(staticImports('customElements.define("x",class extends HTMLElement{})')).toEqual([]);
  });
});

describe('what a map loads once it goes live', () => {
  test('dynamicImports finds import() with any quote, not static imports', () => {
    const js = 'import{a}from"./x.js";e(`m`,()=>import(`./controller.B2.js`));import("./live.C3.js");import(\'./y.js\')';
    expect(dynamicImports(js)).toEqual(['./controller.B2.js', './live.C3.js', './y.js']);
  });
  test('assetUrls finds the stylesheet a chunk adds and the topology a model island names', () => {
    expect(assetUrls('var p=`/lezing/_astro/leaflet-lite.Bj.css`;')).toEqual(['/lezing/_astro/leaflet-lite.Bj.css']);
    expect(assetUrls('{"topo":"/lezing/_astro/gemeenten.topo.1K.json","n":"x.json"}')).toEqual(['/lezing/_astro/gemeenten.topo.1K.json']);
  });
});
