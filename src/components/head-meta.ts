/** What every page tells HeadMeta (title, description, canonical path, social card, citation); the layouts pass it on. */
import type { CitableWork } from '../lib/citation.ts';

export interface PageMeta {
  title: string;
  description: string;
  /** Root-relative path of the page, without base, e.g. `/` or `/lessen/1-feitelijke-realiteit/`. */
  path: string;
  /** Root-relative path of the page's social card, e.g. `/og/index.png`; omitted on utility pages. */
  cardPath?: string | undefined;
  /** Citation data for citable pages (chapters, home, municipality pages). */
  citation?: CitableWork | undefined;
  noindex?: boolean;
}
