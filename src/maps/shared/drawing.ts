/**
 * The live map's picture: a copy of the figure's build-time SVG (the same Web Mercator drawing, already projected,
 * merged and simplified once per build), without what the live map draws itself or must not repeat.
 */

/** The SVG namespace, for what a live map adds to its drawing. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** What a copy leaves out: the accessible name and description (the live region has its own), the SVG labels (the live map places its own, decluttered per zoom) and the shapes' native tooltips. */
const LEFT_OUT = 'title, desc, .map-labels, .mj-labels';

/**
 * A copy of `svg` for the live map: `class="map-drawing"` instead of `map-static` (so the static figure's selectors never
 * match it), `data-map-drawing`, hidden from assistive technology (the live region and the tables say what it shows), every
 * id suffixed with `-live` and every `url(#id)` and `href="#id"` pointing at the copy's own definitions, so no id is
 * duplicated; it stretches to whatever box the map gives it (`preserveAspectRatio="none"`: the box has its proportions).
 */
export function liveDrawing(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const element of copy.querySelectorAll(LEFT_OUT)) element.remove();
  for (const name of ['data-map-static', 'data-covered', 'role', 'aria-labelledby', 'aria-describedby', 'id']) copy.removeAttribute(name);
  copy.classList.replace('map-static', 'map-drawing');
  copy.setAttribute('data-map-drawing', '');
  copy.setAttribute('aria-hidden', 'true');
  copy.setAttribute('focusable', 'false');
  copy.setAttribute('preserveAspectRatio', 'none');
  const ids = new Set<string>();
  for (const element of copy.querySelectorAll('[id]')) {
    ids.add(element.id);
    element.id = `${element.id}-live`;
  }
  if (ids.size === 0) return copy;
  const retarget = (value: string): string => value.replace(/url\(#([^)]+)\)/g, (whole, id: string) => (ids.has(id) ? `url(#${id}-live)` : whole));
  for (const element of copy.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      if (attribute.value.includes('url(#')) attribute.value = retarget(attribute.value);
      else if (attribute.localName === 'href' && attribute.value.startsWith('#') && ids.has(attribute.value.slice(1)))
        attribute.value = `${attribute.value}-live`;
    }
  }
  return copy;
}
