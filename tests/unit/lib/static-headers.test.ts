import { describe, expect, test } from 'vitest';
import { COMMON_HEADERS, headerCsp, headersFile, metaCsp, pagePath } from '../../../src/lib/static-headers.ts';

const META = "default-src 'self';img-src 'self'; script-src 'self' 'sha256-abc='";

describe('metaCsp', () => {
  test('reads the policy of the CSP meta tag, entities decoded', () => {
    expect(metaCsp(`<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${META.replace(/'/g, '&#39;')}"></head>`)).toBe(META);
    expect(metaCsp(`<meta content="${META}" http-equiv="Content-Security-Policy">`)).toBe(META);
    expect(metaCsp('<meta name="description" content="x">')).toBeUndefined();
  });
});

describe('headerCsp', () => {
  test("the meta policy plus frame-ancestors 'none', one space after each semicolon", () => {
    expect(headerCsp(META)).toBe("default-src 'self'; img-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'");
  });
  test('a policy that already names frame-ancestors is an error', () => {
    expect(() => headerCsp("default-src 'self'; frame-ancestors 'self'")).toThrow(/frame-ancestors/);
  });
});

describe('pagePath', () => {
  test('the URL path a host serves the file at', () => {
    expect(pagePath('/lezing/', 'index.html')).toBe('/lezing/');
    expect(pagePath('/lezing/', 'lessen/5-x/index.html')).toBe('/lezing/lessen/5-x/');
    expect(pagePath('/', '404.html')).toBe('/404.html');
    expect(pagePath('/lezing', 'zoeken\\index.html')).toBe('/lezing/zoeken/');
  });
});

describe('headersFile', () => {
  const file = headersFile('/lezing/', [
    { path: '/lezing/zoeken/', csp: "default-src 'self'" },
    { path: '/lezing/', csp: META },
  ]);
  const rules = file.split('\n').filter((l) => l.startsWith('/'));

  test('common headers for every path, long caching for fingerprinted assets, then one CSP rule per page in path order', () => {
    expect(rules).toEqual(['/lezing/*', '/lezing/_astro/*', '/lezing/', '/lezing/zoeken/']);
    for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(file).toContain(`  ${name}: ${value}`);
    expect(file).toContain('/lezing/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(file).toContain(`/lezing/\n  Content-Security-Policy: ${headerCsp(META)}\n`);
  });

  test('a policy only in its own page rule, never in a wildcard rule (hosts merge the rules that match)', () => {
    const wildcard = file.slice(file.indexOf('/lezing/*'), file.indexOf('/lezing/\n'));
    expect(wildcard).not.toContain('Content-Security-Policy');
    expect(file.match(/Content-Security-Policy/g)).toHaveLength(2);
  });

  test('a page listed twice is an error', () => {
    expect(() =>
      headersFile('/', [
        { path: '/', csp: 'a' },
        { path: '/', csp: 'b' },
      ]),
    ).toThrow(/twee keer/);
  });
});
