import { describe, expect, test } from 'vitest';
import { COMMON_HEADERS, HOST_LIMITS, IMMUTABLE, headerRules, headersFile, limitProblems, pagePath } from '../../../src/lib/static-headers.ts';
import { HEADER_CSP } from '../../../src/lib/site-csp.ts';

describe('pagePath', () => {
  test('the URL path a host serves the file at', () => {
    expect(pagePath('/lezing/', 'index.html')).toBe('/lezing/');
    expect(pagePath('/lezing/', 'lessen/5-x/index.html')).toBe('/lezing/lessen/5-x/');
    expect(pagePath('/', '404.html')).toBe('/404.html');
    expect(pagePath('/lezing', 'zoeken\\index.html')).toBe('/lezing/zoeken/');
  });
});

describe('headersFile', () => {
  const file = headersFile('/lezing/');
  const rules = headerRules(file);

  test('one rule for every path with the one policy and the hardening headers, one that caches _astro/ for a year', () => {
    expect(rules.map((r) => r.path)).toEqual(['/lezing/*', '/lezing/_astro/*']);
    expect(rules[0]?.headers).toEqual([['Content-Security-Policy', HEADER_CSP], ...Object.entries(COMMON_HEADERS)]);
    expect(rules[1]?.headers).toEqual([['Cache-Control', IMMUTABLE]]);
    expect(headerRules(headersFile('/')).map((r) => r.path)).toEqual(['/*', '/_astro/*']);
  });

  test('the policy is in one rule only (hosts apply every rule that matches a path)', () => {
    expect(rules.flatMap((r) => r.headers).filter(([name]) => name === 'Content-Security-Policy')).toHaveLength(1);
  });

  test('within the limits of the hosts', () => {
    expect(limitProblems(file)).toEqual([]);
  });
});

describe('limitProblems', () => {
  test('names more than 100 rules and a line over 2,000 characters', () => {
    const many = Array.from({ length: HOST_LIMITS.rules + 1 }, (_, i) => `/p${i}/\n  X-A: b`).join('\n');
    expect(limitProblems(many)).toEqual(['101 regels (Cloudflare Pages leest er hoogstens 100)']);
    expect(limitProblems(Array.from({ length: HOST_LIMITS.rules }, (_, i) => `/p${i}/\n  X-A: b`).join('\n'))).toEqual([]);
    const long = `/*\n  Content-Security-Policy: ${'a'.repeat(HOST_LIMITS.lineLength)}`;
    expect(limitProblems(long)).toEqual([`regel 2 telt ${HOST_LIMITS.lineLength + 27} tekens (Cloudflare Pages: hoogstens 2000)`]);
    expect(limitProblems(`/*\n  X: ${'a'.repeat(HOST_LIMITS.lineLength - 5)}`)).toEqual([]);
  });
});

describe('headerRules', () => {
  test('reads path lines and their headers, skipping comments and blank lines', () => {
    expect(headerRules('# c\n/a/*\n  X-A: 1: 2\n\n/b\n  X-B: 3\n')).toEqual([
      { path: '/a/*', headers: [['X-A', '1: 2']] },
      { path: '/b', headers: [['X-B', '3']] },
    ]);
  });
});
