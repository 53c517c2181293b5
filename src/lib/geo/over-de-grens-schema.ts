/** Zod schema of data/over-de-grens.json (the figure "Over de grens": names, deal members, vervoerregio Gent); the type is derived from it. */
import { z } from 'astro/zod';

const code = z.string().regex(/^(GM\d{4}|\d{5})$/, 'CBS-code (GM….) of NIS-code');

export const overDeGrensSchema = z.strictObject({
  gemeenten: z.array(z.strictObject({ id: code, naam: z.string().min(2), land: z.enum(['NL', 'BE']), provincie: z.string().min(3) })).min(1),
  vervoerregio: z.strictObject({ code: z.string().min(1), naam: z.string().min(3), leden: z.array(code).min(1) }),
  deals: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), leden: z.array(code).min(1) })).min(1),
  landen: z.array(z.strictObject({ id: z.string().regex(/^\d{3}$/), naam: z.string().min(2) })).min(3),
  kantons: z.array(z.strictObject({ id: z.string().regex(/^\d{1,2}$/), naam: z.string().min(2) })).min(1),
});

export type OverDeGrensData = z.infer<typeof overDeGrensSchema>;
