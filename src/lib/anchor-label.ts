/** Dutch accessible labels for the per-section link controls. */

/** Screen-reader text of the anchor beside a heading, e.g. `Directe link naar de sectie ‘Regio?’`. */
export function anchorLabel(headingText: string): string {
  return `Directe link naar de sectie ‘${headingText}’`;
}

/** Accessible name of the copy button; it starts with the visible text "Kopieer link". */
export function copyLabel(headingText: string): string {
  return `Kopieer link naar de sectie ‘${headingText}’`;
}
