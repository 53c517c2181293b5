/** Parses the explicit heading-id marker `/* #some-id *\/` that chapters write after h2/h3 text. */

/** Pattern an explicit id must follow: lowercase words joined by single hyphens, e.g. `bassin-de-vie`. */
const HEADING_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const MARKER = /^\s*\/\*\s*#([^\s*]+)\s*\*\/\s*$/;

/** Returns the id inside an MDX comment expression such as `/* #bassin-de-vie *\/`, or `undefined`. */
export function parseHeadingIdMarker(expression: string): string | undefined {
  const match = MARKER.exec(expression);
  return match?.[1];
}

/** True when `id` is a valid explicit heading id (see {@link HEADING_ID_PATTERN}). */
export function isValidHeadingId(id: string): boolean {
  return HEADING_ID_PATTERN.test(id);
}
