/**
 * Provenance as data: every unit the site renders is the lecture's (`lecture`, with the slides it comes from) or added by
 * the site (`added`, with registered sources, and whether it is the site's own compilation of data). One zod schema, one
 * way to render it (`provenanceAttributes`), one way to name it (`provenanceLabel`).
 */
import { z } from 'astro/zod';
import { SOURCE_IDS } from '../facts/sources.ts';
import { lectureSlides, slidesTitled, SOURCE_FILE, type SourceSlide } from './source-text.ts';

export const lectureProvenance = z.strictObject({
  kind: z.literal('lecture'),
  /** Titles of the slides in content/source/lezing.md the unit restates, e.g. ["6. Ambtelijke capaciteit"]. */
  slides: z.array(z.string().min(2)).min(1),
});

export const addedProvenance = z.strictObject({
  kind: z.literal('added'),
  /** Registered source ids (src/facts/sources.ts). */
  sources: z.array(z.enum(SOURCE_IDS)).min(1),
  /** True when the unit is the site's own compilation of data (a map, a table, a municipality page), not just context. */
  compilation: z.boolean(),
});

export const provenance = z.discriminatedUnion('kind', [lectureProvenance, addedProvenance]);

export type LectureProvenance = z.output<typeof lectureProvenance>;
export type AddedProvenance = z.output<typeof addedProvenance>;
export type Provenance = z.output<typeof provenance>;

/** The slide titles that are not in the source text (empty when all exist). */
export function unknownSlides(p: Provenance, slides: readonly SourceSlide[] = lectureSlides()): string[] {
  return p.kind === 'lecture' ? p.slides.filter((title) => slidesTitled(title, slides).length === 0) : [];
}

/** Parses a unit's provenance; a missing or invalid one, or a slide the source text lacks, stops the build naming `where`. */
export function parseProvenance(value: unknown, where: string, slides: readonly SourceSlide[] = lectureSlides()): Provenance {
  if (value === undefined || value === null) {
    throw new Error(`${where}: geen herkomst (provenance): zeg of dit uit de lezing komt (kind: lecture, slides) of toegevoegd is (kind: added, sources).`);
  }
  const result = provenance.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || 'provenance'}: ${issue.message}`).join('; ');
    throw new Error(`${where}: ongeldige herkomst: ${issues}`);
  }
  const missing = unknownSlides(result.data, slides);
  if (missing.length > 0) throw new Error(`${where}: dia('s) niet in ${SOURCE_FILE}: ${missing.map((t) => `"${t}"`).join(', ')}`);
  return result.data;
}

/** The kind as one token: `lecture`, `added` or `compilation`. */
export function provenanceKind(p: Provenance): 'lecture' | 'added' | 'compilation' {
  if (p.kind === 'lecture') return 'lecture';
  return p.compilation ? 'compilation' : 'added';
}

/**
 * The data attributes every surface puts on a unit's element, so the page, the deck, handouts, PDFs and any copy derived
 * from the HTML carry the same marking: `data-provenance` (lecture | added | compilation), and `data-slides` (titles
 * joined by " | ") or `data-sources` (ids separated by spaces).
 */
export function provenanceAttributes(p: Provenance): Record<string, string> {
  return p.kind === 'lecture'
    ? { 'data-provenance': 'lecture', 'data-slides': p.slides.join(' | ') }
    : { 'data-provenance': provenanceKind(p), 'data-sources': p.sources.join(' ') };
}

/** The reader-facing label: "Uit de lezing", "Achtergrond" or "Samengesteld voor deze website". */
export function provenanceLabel(p: Provenance): string {
  const kind = provenanceKind(p);
  return kind === 'lecture' ? 'Uit de lezing' : kind === 'added' ? 'Achtergrond' : 'Samengesteld voor deze website';
}
