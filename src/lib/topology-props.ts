/** Reads a property of a TopoJSON geometry whose properties the topojson types leave untyped (e.g. in `mesh` filters). */

/** `propertyOf(geometry, 'vr')` → the string value, or `undefined` when absent or not a string. */
export function propertyOf(geometry: { properties?: unknown }, key: string): string | undefined {
  const value = (geometry.properties as Record<string, unknown> | null | undefined)?.[key];
  return typeof value === 'string' ? value : undefined;
}
