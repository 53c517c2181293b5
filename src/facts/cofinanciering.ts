/**
 * Co-financing shares as the lecture states them: Regio Deals "minimaal 50% lokale publieke cofinanciering";
 * Agglomeratieprogramma's "Cofinanciering vanuit de Confederatie tussen 30 tot 50%" and "Louter publieke lokale
 * cofinanciering, varieert tussen 50 en 70%". The lecture gives no central share for the Regio Deals: it stays empty.
 */
import { z } from 'astro/zod';
import { parseFacts, sourceIds } from './schema.ts';

const share = z
  .strictObject({
    key: z.string().regex(/^[a-z0-9-]+$/),
    programme: z.enum(['Regio Deals (Nederland)', "Agglomeratieprogramma's (Zwitserland)"]),
    level: z.enum(['centraal', 'lokaal']),
    /** Who pays, as the lecture words it. */
    payer: z.string().min(3),
    /** Percent; `null` bounds mean "not stated". `min` without `max` is an open "at least". */
    min: z.number().min(0).max(100).nullable(),
    max: z.number().min(0).max(100).nullable(),
    /** The lecture's own words. */
    quote: z.string().min(3).nullable(),
    sources: sourceIds,
  })
  .refine((s) => s.min === null || s.max === null || s.min <= s.max, { message: 'min ≤ max' })
  .refine((s) => (s.min === null) === (s.quote === null), { message: 'een vermeld aandeel citeert de lezing' });

export const COFINANCIERING = parseFacts('cofinanciering', z.array(share).min(1), [
  {
    key: 'nl-centraal',
    programme: 'Regio Deals (Nederland)',
    level: 'centraal',
    payer: 'Rijk',
    min: null,
    max: null,
    quote: null,
    sources: ['lezing-regiodeals'],
  },
  {
    key: 'nl-lokaal',
    programme: 'Regio Deals (Nederland)',
    level: 'lokaal',
    payer: 'lokaal, publiek',
    min: 50,
    max: null,
    quote: 'minimaal 50% lokale publieke cofinanciering',
    sources: ['lezing-regiodeals'],
  },
  {
    key: 'ch-centraal',
    programme: "Agglomeratieprogramma's (Zwitserland)",
    level: 'centraal',
    payer: 'Confederatie',
    min: 30,
    max: 50,
    quote: 'Cofinanciering vanuit de Confederatie tussen 30 tot 50%',
    sources: ['lezing-agglo'],
  },
  {
    key: 'ch-lokaal',
    programme: "Agglomeratieprogramma's (Zwitserland)",
    level: 'lokaal',
    payer: 'lokaal, louter publiek',
    min: 50,
    max: 70,
    quote: 'Louter publieke lokale cofinanciering, varieert tussen 50 en 70%',
    sources: ['lezing-agglo'],
  },
]);
