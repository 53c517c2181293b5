/** Content collections: the lecture's chapters in `content/`, validated by the chapter schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './lib/chapter-schema.ts';

const chapters = defineCollection({
  loader: glob({ base: './content', pattern: '**/*.mdx' }),
  schema: chapterSchema,
});

export const collections = { chapters };
