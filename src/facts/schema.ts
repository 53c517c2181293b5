/** Zod schemas shared by the sourced fact tables: a stated (or derived, or unknown) quantity, dates, source ids. */
import { z } from 'astro/zod';
import { parseWith } from '../lib/parse.ts';
import { SOURCE_IDS } from './sources.ts';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const isoDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'datum als JJJJ, JJJJ-MM of JJJJ-MM-DD');

/** Where a number comes from: stated in a source, derived by arithmetic from stated numbers, or not known. */
const factStatus = z.enum(['bron', 'afgeleid', 'onbekend']);

const qualifier = z.enum(['exact', 'ruim', 'ongeveer', 'minimaal']);

/** A number as a source states it. `value: null` exactly when its status is "onbekend"; derived numbers explain how. */
export const quantity = z
  .strictObject({
    value: z.number().nonnegative().nullable(),
    status: factStatus,
    qualifier: qualifier.default('exact'),
    /** How a derived number was computed, or what else the sources say (e.g. "RVO: € 215 mln."). */
    note: z.string().min(3).optional(),
  })
  .refine((q) => (q.value === null) === (q.status === 'onbekend'), { message: 'onbekend ⇔ value null' })
  .refine((q) => q.status !== 'afgeleid' || q.note !== undefined, { message: 'een afgeleid getal zegt hoe het berekend is (note)' });

export type Quantity = z.output<typeof quantity>;

export const sourceIds = z.array(z.enum(SOURCE_IDS)).min(1);

/** Parses a fact table, naming the table in the error so a typo stops the build with a readable message. */
export function parseFacts<T extends z.ZodType>(name: string, schema: T, data: unknown): z.output<T> {
  return parseWith(schema, data, `Feitentabel ${name}`);
}
