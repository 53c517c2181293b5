/** Content collections: the lecture's chapters in `content/`, validated by the chapter schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './lib/chapter-schema.ts';

/** `CONTENT_DIR` lets tests build a fixture folder of deliberately broken chapters. */
const base = process.env['CONTENT_DIR'] ?? './content';

const chapters = defineCollection({
  loader: glob({ base, pattern: '**/*.mdx' }),
  schema: chapterSchema,
});

export const collections = { chapters };
