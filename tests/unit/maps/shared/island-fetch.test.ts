import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { fillIsland, ISLAND_SELECTOR } from '../../../../src/maps/shared/island-fetch.ts';

/** A map element with its model island: moved out of the page (`data-src`) or written inline. */
function mapElement(island: string): HTMLElement {
  const { document } = parseHTML(`<html><body><region-map>${island}<svg data-map-static></svg></region-map></body></html>`);
  return document.querySelector('region-map') as unknown as HTMLElement;
}

const islandText = (element: HTMLElement): string | null | undefined => element.querySelector(ISLAND_SELECTOR)?.textContent;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fillIsland', () => {
  it('fetches an island the build moved out of the page into its script element', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('{"view":{"bbox":[2,50,6,51.5],"zoom":[7,10]}}')));
    vi.stubGlobal('fetch', fetch);
    const element = mapElement('<script type="application/json" data-map-model data-src="/_astro/island.abc.json"></script>');
    await fillIsland(element);
    expect(fetch).toHaveBeenCalledWith('/_astro/island.abc.json');
    expect(JSON.parse(islandText(element) ?? '')).toEqual({ view: { bbox: [2, 50, 6, 51.5], zoom: [7, 10] } });
  });

  it('leaves an inline island (astro dev) and one already fetched alone', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('{}')));
    vi.stubGlobal('fetch', fetch);
    const inline = mapElement('<script type="application/json" data-map-model>{"view":1}</script>');
    const fetched = mapElement('<script type="application/json" data-map-model data-src="/_astro/island.abc.json">{"view":2}</script>');
    await fillIsland(inline);
    await fillIsland(fetched);
    expect(fetch).not.toHaveBeenCalled();
    expect(islandText(inline)).toBe('{"view":1}');
    expect(islandText(fetched)).toBe('{"view":2}');
  });

  it('rejects with the file and the status when the island cannot be fetched, leaving the script empty', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('niet gevonden', { status: 404 })));
    const element = mapElement('<script type="application/json" data-map-model data-src="/_astro/island.weg.json"></script>');
    await expect(fillIsland(element)).rejects.toThrow('/_astro/island.weg.json: 404');
    expect(islandText(element)).toBe('');
  });
});
