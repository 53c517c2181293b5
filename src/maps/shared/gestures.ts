/**
 * Cooperative gestures on touch screens: one finger scrolls the page (never trapped in a map), two fingers pan and
 * pinch-zoom the map, and a short Dutch hint appears when one finger tries to move the map. A mouse or pen still drags.
 * Desktop behaviour stays as it is (wheel guard, keyboard).
 */
import type L from 'leaflet';

export const GESTURE_HINT = 'Gebruik twee vingers om de kaart te verschuiven of te zoomen.';

/** Turns the gestures on for `map` when the device has a touch screen; returns a function that removes them. */
export function cooperativeGestures(map: L.Map, container: HTMLElement, touchPoints = navigator.maxTouchPoints): () => void {
  if (touchPoints < 1) return () => undefined;
  // Without Leaflet's one-finger drag the container keeps `touch-action: pan-x pan-y`: the browser scrolls the page for
  // one finger and leaves two-finger gestures to Leaflet's TouchZoom, which pans and zooms around the fingers.
  map.dragging.disable();
  const hint = document.createElement('p');
  hint.className = 'map-gesture-hint';
  hint.setAttribute('aria-live', 'polite');
  hint.hidden = true;
  container.parentElement?.append(hint);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') map.dragging.disable();
    else map.dragging.enable();
  };
  const onTouchMove = (event: TouchEvent): void => {
    if (event.touches.length !== 1) {
      hint.hidden = true;
      return;
    }
    hint.textContent = GESTURE_HINT;
    hint.hidden = false;
    clearTimeout(timer);
    timer = setTimeout(() => (hint.hidden = true), 1800);
  };
  container.addEventListener('pointerdown', onPointerDown);
  container.addEventListener('touchmove', onTouchMove, { passive: true });
  return () => {
    clearTimeout(timer);
    container.removeEventListener('pointerdown', onPointerDown);
    container.removeEventListener('touchmove', onTouchMove);
    hint.remove();
  };
}
