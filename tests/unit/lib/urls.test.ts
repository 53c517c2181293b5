import { describe, expect, test } from 'vitest';
import { absoluteUrl, chapterPath, isRootRelative, pdfPath, socialCardPath, withBase } from '../../../src/lib/urls.ts';

describe('withBase', () => {
  test('joins base and path with exactly one slash', () => {
    expect(withBase('/', '/lessen/')).toBe('/lessen/');
    expect(withBase('/lezing/', '/lessen/')).toBe('/lezing/lessen/');
    expect(withBase('/lezing', 'lessen/')).toBe('/lezing/lessen/');
    expect(withBase('/lezing/', '/')).toBe('/lezing/');
  });
});

describe('chapterPath', () => {
  test('turns a collection id into a path with slashes at both ends', () => {
    expect(chapterPath('lessen/5-samenwerkingsmaturiteit')).toBe('/lessen/5-samenwerkingsmaturiteit/');
    expect(chapterPath('/geografische-realiteit/')).toBe('/geografische-realiteit/');
    expect(chapterPath('')).toBe('/');
  });
});

describe('absoluteUrl', () => {
  test('combines site, base and path', () => {
    expect(absoluteUrl('https://voorbeeld.be', '/lezing/', '/lessen/1-feitelijke-realiteit/')).toBe(
      'https://voorbeeld.be/lezing/lessen/1-feitelijke-realiteit/',
    );
    expect(absoluteUrl('https://voorbeeld.be/', '/', '/')).toBe('https://voorbeeld.be/');
  });
});

describe('isRootRelative', () => {
  test('is true only for same-site absolute paths', () => {
    expect(isRootRelative('/lessen/')).toBe(true);
    expect(isRootRelative('//cdn.example/x.js')).toBe(false);
    expect(isRootRelative('https://x.org/')).toBe(false);
    expect(isRootRelative('#regio')).toBe(false);
    expect(isRootRelative('../x/')).toBe(false);
  });
});

describe('socialCardPath', () => {
  test('maps a page id to its PNG card, the home page to index', () => {
    expect(socialCardPath('lessen/5-samenwerkingsmaturiteit')).toBe('/og/lessen/5-samenwerkingsmaturiteit.png');
    expect(socialCardPath('')).toBe('/og/index.png');
  });
});

describe('pdfPath', () => {
  test('flattens the page id into one file name under /pdf/', () => {
    expect(pdfPath('lessen/5-samenwerkingsmaturiteit')).toBe('/pdf/lessen-5-samenwerkingsmaturiteit.pdf');
    expect(pdfPath('handout')).toBe('/pdf/handout.pdf');
  });
});
