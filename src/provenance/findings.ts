/**
 * The register of the lecture's findings, validated here; its data is src/provenance/findings.json: every statement of
 * the slides once, with its wording in the source text (content/source/lezing.md), the hedges, quantifiers and negations
 * a restatement must keep (`markers`: where a sentence restates the claim `head`, it must carry `hedge`; `within` defaults
 * to 4 words), wordings the lecture does not support (`forbidden`), and the files that restate it (`restatedIn`). A
 * chapter's `summary` is also its lede, its home-page line, its meta and social-card description and its deck slide, so
 * the chapter file stands for all of those; the deck and the handouts are derived from the chapters.
 * tests/unit/provenance/findings.test.ts holds every file of the site to this register.
 */
import { z } from 'astro/zod';
import register from './findings.json';

const FILE = 'src/provenance/findings.json';

const marker = z.strictObject({
  /** The hedge, quantifier or negation as the source has it (lower case), e.g. "vaak". */
  hedge: z.string().min(2),
  /** A regular expression (case-insensitive) for the claim it qualifies, e.g. "kwetsbaar". */
  head: z.string().min(3),
  /** How many words before the claim the hedge may stand. */
  within: z.number().int().min(1).max(20).default(4),
});

const forbidden = z.strictObject({
  /** A regular expression (case-insensitive) for a wording the site may not use anywhere. */
  pattern: z.string().min(3),
  /** Why the lecture does not support it. */
  why: z.string().min(10),
});

const finding = z.strictObject({
  /** Stable id, e.g. "les6-lokale-capaciteit". */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The title of the slide in the source text. */
  slide: z.string().min(2),
  /** The words of the source, verbatim (emphasis marks left out). */
  wording: z.string().min(5),
  markers: z.array(marker).default([]),
  /** Regular expressions (case-insensitive) that recognise a restatement of a finding without hedges. */
  claims: z.array(z.string().min(3)).default([]),
  forbidden: z.array(forbidden).default([]),
  /** Files that restate the finding (chapter bodies and summaries, part overview, glossary, home page). */
  restatedIn: z.array(z.string()).default([]),
});

export type Finding = z.output<typeof finding>;
export type Marker = z.output<typeof marker>;

function parse(entries: unknown): Finding[] {
  const result = z.array(finding).min(1).safeParse(entries);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`${FILE}: ongeldig register: ${issues}`);
  }
  const ids = result.data.map((f) => f.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) throw new Error(`${FILE}: dubbele id(s): ${twice.join(', ')}`);
  return result.data;
}

/** Every finding of the lecture, in the order of the slides (the order of the JSON file). */
export const FINDINGS_REGISTER: readonly Finding[] = parse(register);
