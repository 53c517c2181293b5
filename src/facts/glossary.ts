/**
 * The glossary (/begrippen/), validated here; its entries are src/facts/glossary.json: the lecture's jargon, each term
 * with a stable id, a short explanation, the chapter where the lecture uses it, and registered sources for any fact beyond
 * the lecture. `match` lists the word forms (case-sensitive, at a word start) whose first use in each chapter links to the
 * entry.
 */
import { z } from 'astro/zod';
import { SOURCE_IDS } from './sources.ts';
import { lectureSays } from '../provenance/source-text.ts';
import type { Provenance } from '../provenance/model.ts';
import entries from './glossary.json';

const FILE = 'src/facts/glossary.json';

const entry = z.strictObject({
  /** Stable, public anchor on /begrippen/ (a-z, 0-9, hyphens). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  term: z.string().min(2),
  /** Plain-language explanation, one to three sentences. */
  definition: z.string().min(20),
  /** Where the lecture uses the term: a root-relative chapter link with section, e.g. "/bestuurlijke-realiteit/#bassin-de-vie". */
  from: z.string().regex(/^\/[a-z0-9/-]+\/(#[a-z0-9-]+)?$/),
  /** Title of that section, for the link text. */
  fromTitle: z.string().min(3),
  /** Registered sources for facts in the definition that the lecture does not give. */
  sources: z.array(z.enum(SOURCE_IDS)).default([]),
  /** Word forms that link to the entry (case-sensitive, matched at a word start and extended to the end of the word). */
  match: z.array(z.string().min(3)).min(1),
  /**
   * The slide (title in content/source/lezing.md) where the lecture uses the term, and the form it uses there when that
   * differs from `term`. Only such an entry says "In de lezing"; an entry without it is a term the site adds, and names
   * its sources.
   */
  inLecture: z.strictObject({ slide: z.string().min(2), form: z.string().min(2).optional() }).optional(),
});

export type GlossaryEntry = z.output<typeof entry>;

/** The entry's provenance: the lecture's term (with its slide), or a term the site adds (with its sources). */
export function glossaryProvenance(e: GlossaryEntry): Provenance {
  return e.inLecture ? { kind: 'lecture', slides: [e.inLecture.slide] } : { kind: 'added', sources: e.sources, compilation: false };
}

function parse(entries: unknown): GlossaryEntry[] {
  const result = z.array(entry).min(1).safeParse(entries);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`${FILE}: ongeldige begrippenlijst: ${issues}`);
  }
  const ids = result.data.map((e) => e.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) throw new Error(`${FILE}: dubbele id(s): ${twice.join(', ')}`);
  for (const e of result.data) {
    if (e.inLecture && !lectureSays(e.inLecture.form ?? e.term, e.inLecture.slide)) {
      throw new Error(`${FILE}: begrip ${e.id}: "${e.inLecture.form ?? e.term}" staat niet op de dia "${e.inLecture.slide}" van de lezing`);
    }
    if (!e.inLecture && e.sources.length === 0) throw new Error(`${FILE}: begrip ${e.id} komt niet uit de lezing en noemt dus minstens één bron`);
  }
  return result.data;
}

/** All glossary entries, in alphabetical order of their term (Dutch collation). */
export const GLOSSARY: readonly GlossaryEntry[] = parse(entries).sort((a, b) => a.term.localeCompare(b.term, 'nl'));
