import { describe, expect, test } from 'vitest';
import { cspProblems } from '../../../src/lib/csp-check.ts';

const POLICY = "default-src 'self'; style-src 'self'";
const META = `<meta http-equiv="content-security-policy" content="${POLICY}">`;
const page = (head: string, body = '') => `<!doctype html><html lang="nl"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('cspProblems', () => {
  test('a page with the policy first in <head>, external scripts and styles and a JSON island has none', () => {
    const html = page(
      `${META}<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/a.js"></script><link rel="canonical" href="https://example.org/">`,
      '<script type="application/json" data-map-model>{"a":1}</script><svg><path fill="#fff" d="M0 0"/></svg><a href="https://example.org/">x</a><img src="/og/a.png" alt="">',
    );
    expect(cspProblems(html, POLICY)).toEqual([]);
  });

  test('a missing, second, misplaced or different policy', () => {
    expect(cspProblems(page(''), POLICY)).toEqual(['geen Content-Security-Policy <meta>']);
    expect(cspProblems(page(META + META), POLICY)).toEqual(['een tweede Content-Security-Policy <meta>']);
    expect(cspProblems(page('', META), POLICY)).toEqual(['de Content-Security-Policy <meta> staat niet in <head>']);
    expect(cspProblems(page(`<link rel="stylesheet" href="/a.css">${META}`), POLICY)).toEqual([
      'de Content-Security-Policy <meta> staat na een script of stylesheet, die hij dan niet dekt',
    ]);
    expect(cspProblems(page(`<meta http-equiv="Content-Security-Policy" content="default-src *">`), POLICY)).toEqual([
      'de Content-Security-Policy <meta> is niet het beleid van de site: "default-src *"',
    ]);
  });

  test('inline code the policy blocks: scripts that run, <style>, style and on… attributes, javascript: URLs', () => {
    const html = page(
      META + '<style>p{}</style>',
      [
        '<script>alert(1)</script><script type="module">x()</script><script type="text/javascript">y()</script>',
        '<svg><path style="fill:red"/><path style="fill:blue"/></svg><button onclick="z()">b</button><a href="javascript:void 0">a</a>',
      ].join(''),
    );
    expect(cspProblems(html, POLICY)).toEqual([
      'een <style>-element (zet de CSS in een stylesheet)',
      'een inline <script> (maak er een extern script van)',
      'een inline <script> (type module) (maak er een extern script van)',
      'een inline <script> (type text/javascript) (maak er een extern script van)',
      '2 × een style-attribuut op <path> (gebruik een klasse of een presentatie-attribuut)',
      'een onclick-attribuut op <button> (inline JavaScript)',
      'een javascript:-URL in href van <a>',
    ]);
  });

  test('data blocks and empty scripts are not code: CSP leaves them alone', () => {
    const body = '<script type="application/ld+json">{}</script><script type="text/plain">x</script><script></script>';
    expect(cspProblems(page(META, body), POLICY)).toEqual([]);
  });

  test('anything loaded from outside the site, data: URLs included', () => {
    const body = [
      '<script src="https://cdn.example.org/a.js"></script>',
      '<img src="data:image/png;base64,AA" alt="">',
      '<img srcset="/a.png 1x, //cdn.example.org/b.png 2x" alt="">',
      '<svg><image href="http://example.org/a.png"/></svg>',
    ].join('');
    expect(cspProblems(page(META + '<link rel="preload stylesheet" href="https://fonts.example.org/a.css">', body), POLICY)).toEqual([
      '<link href="https://fonts.example.org/a.css"> komt niet van de site zelf',
      '<script src="https://cdn.example.org/a.js"> komt niet van de site zelf',
      '<img src="data:image/png;base64,AA"> komt niet van de site zelf',
      '<img srcset="/a.png 1x, //cdn.example.org/b.png 2x"> komt niet van de site zelf',
      '<image href="http://example.org/a.png"> komt niet van de site zelf',
    ]);
  });
});
