/**
 * The props of a figure component a chapter writes (`<VervoerregioMap id="…" />`, `<RegioDealsChart id="…" />`): the
 * figure's public id, the number src/integrations/remark-figures.ts injects, and an optional caption in place of the
 * component's own.
 */
export interface FigureProps {
  /** Stable, public anchor (a-z, 0-9, hyphens). */
  id: string;
  /** "2.3" or "L8.1"; injected by the remark plugin. */
  number?: string | undefined;
  caption?: string;
}
