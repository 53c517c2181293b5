import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { liveDrawing } from '../../../../src/maps/shared/drawing.ts';

const { document } = parseHTML(`<html><body><figure>
<svg class="map-static mj-static" viewBox="0 0 800 400" role="img" aria-labelledby="k-t k-d" data-map-static data-covered>
  <title id="k-t">Kaart</title><desc id="k-d">Beschrijving</desc>
  <defs><pattern id="k-arcering"><line x1="0" y1="0" x2="0" y2="6"/></pattern></defs>
  <g class="map-regions"><path d="M0 0l10 0 0 10z" data-code="A" fill="url(#k-arcering)"><title>Aland: 3 gemeenten</title></path></g>
  <use href="#k-arcering"/><path d="M1 1l1 1" fill="url(#elders)"/>
  <g class="map-labels"><text x="5" y="5">Aland</text></g>
</svg></figure></body></html>`);
const original = document.querySelector('svg') as unknown as SVGSVGElement;
const copy = liveDrawing(original);

describe('liveDrawing', () => {
  it('copies the shapes with their data, leaving the figure untouched', () => {
    expect(copy.querySelector('path[data-code="A"]')?.getAttribute('d')).toBe('M0 0l10 0 0 10z');
    expect(original.querySelector('title')).not.toBeNull();
    expect(original.hasAttribute('data-map-static')).toBe(true);
  });
  it('is a drawing, not the figure: other class and marker, hidden from assistive technology, stretched to its box', () => {
    expect(copy.classList.contains('map-static')).toBe(false);
    expect(copy.classList.contains('map-drawing')).toBe(true);
    expect(copy.classList.contains('mj-static')).toBe(true);
    expect(copy.hasAttribute('data-map-static')).toBe(false);
    expect(copy.hasAttribute('data-covered')).toBe(false);
    expect(copy.hasAttribute('data-map-drawing')).toBe(true);
    expect(copy.getAttribute('aria-hidden')).toBe('true');
    expect(copy.hasAttribute('role')).toBe(false);
    expect(copy.getAttribute('preserveAspectRatio')).toBe('none');
  });
  it('leaves out names, descriptions, native tooltips and the SVG labels (the live map places its own)', () => {
    expect(copy.querySelectorAll('title, desc')).toHaveLength(0);
    expect(copy.querySelector('.map-labels')).toBeNull();
  });
  it('duplicates no id: its own definitions get a suffix and every reference to them follows; other references stay', () => {
    expect(copy.querySelector('pattern')?.getAttribute('id')).toBe('k-arcering-live');
    expect(copy.querySelector('path[data-code="A"]')?.getAttribute('fill')).toBe('url(#k-arcering-live)');
    expect(copy.querySelector('use')?.getAttribute('href')).toBe('#k-arcering-live');
    expect(copy.querySelector('path[fill="url(#elders)"]')).not.toBeNull();
  });
});
