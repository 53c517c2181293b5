import { describe, expect, test } from 'vitest';
import { islandJson, readIsland } from '../../../../src/maps/shared/island.ts';

const element = (text: string | undefined) =>
  ({ localName: 'region-map', querySelector: () => (text === undefined ? null : { textContent: text }) }) as unknown as Element;

describe('the model island', () => {
  test('escapes < so the JSON can never close its script element, and parses back to the same model', () => {
    const model = { naam: '</script><script>alert(1)</script>', n: 3 };
    const json = islandJson(model);
    expect(json).not.toContain('<');
    expect(readIsland(element(json))).toEqual(model);
  });
  test('a missing or broken island is a clear error naming the element', () => {
    expect(() => readIsland(element(undefined))).toThrow(/^<region-map>: geen kaartmodel/);
    expect(() => readIsland(element('{kapot'))).toThrow(/^<region-map>: het kaartmodel is geen geldige JSON/);
  });
});
