/** Zod schema of a chapter's frontmatter; the `Chapter` type is derived from it. */
import { z } from 'astro/zod';
import { lectureProvenance, unknownSlides } from '../provenance/model.ts';
import { LESSON_COUNT } from './lessons.ts';

export const PART_TITLES = {
  1: "Regio's als geografische realiteit",
  2: "Regio's als bestuurlijke realiteit",
  3: 'Regionale samenwerking doen werken',
} as const;

export const chapterSchema = z.strictObject({
  /** Full title, used as h1 and in the document title. */
  title: z.string().min(3),
  /** Short label for navigation, e.g. "Les 5: Samenwerkingsmaturiteit". */
  navTitle: z.string().min(3),
  /** Part of the lecture (1, 2 or 3). */
  part: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Position within the part; 0 is the part's own introduction page. */
  order: z.number().int().min(0),
  /** One or two sentences; the meta description and the overview text. */
  summary: z.string().min(50).max(220),
  /** Lesson number for the chapters of part 3: 1 up to the number of files in content/lessen/. */
  lesson: z.number().int().min(1).max(LESSON_COUNT).optional(),
  /** Where the chapter comes from: the slides of content/source/lezing.md it restates (src/provenance/model.ts). */
  provenance: lectureProvenance.superRefine((p, ctx) => {
    const missing = unknownSlides(p);
    if (missing.length > 0) ctx.addIssue({ code: 'custom', message: `dia('s) niet in content/source/lezing.md: ${missing.join(', ')}` });
  }),
});

export type ChapterData = z.infer<typeof chapterSchema>;
