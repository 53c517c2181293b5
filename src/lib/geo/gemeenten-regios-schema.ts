/** Zod schema of data/gemeenten-regios.json (every Flemish municipality of both divisions with its regions); the type is derived from it. */
import { z } from 'astro/zod';

const nis = z.string().regex(/^\d{5}$/, 'NIS-code van 5 cijfers');
const vrCode = z.string().regex(/^\d{1,2}$/);
const rrCode = z.string().regex(/^REFREG\d{2}$/);

const paar = z.strictObject({ vr: vrCode, rr: rrCode });

export const gemeentenRegiosSchema = z.strictObject({
  /** Dutch source line (PinC tables, commits). */
  bron: z.string().min(10),
  provincies: z.array(z.strictObject({ nis, naam: z.string().min(2) })).length(5),
  /** Lecture names of the 15 vervoerregio's (code 1 "Aalst", code 11 "Roeselare"). */
  vervoerregios: z.array(z.strictObject({ code: vrCode, naam: z.string().min(2) })).min(1),
  referentieregios: z.array(z.strictObject({ code: rrCode, naam: z.string().min(2) })).min(1),
  /** Vervoerregio → the referentieregio holding most of its municipalities, per division. */
  paren: z.strictObject({ '2025': z.array(paar), '2019': z.array(paar) }),
  /** The 2025 division; `van` lists the 2019–2024 NIS codes it covers (just its own code when nothing changed). */
  gemeenten2025: z.array(z.strictObject({ nis, naam: z.string().min(2), provincie: nis, vr: vrCode, rr: rrCode, van: z.array(nis).min(1) })),
  /** The 2019–2024 division; `naar` is the 2025 municipality it became part of. */
  gemeenten2019: z.array(z.strictObject({ nis, naam: z.string().min(2), provincie: nis, vr: vrCode, rr: rrCode, naar: nis })),
  /** The 19 Brussels municipalities (2025), in neither system. */
  brussel: z.array(z.strictObject({ nis, naam: z.string().min(2) })),
});

export type GemeentenRegios = z.infer<typeof gemeentenRegiosSchema>;
export type Gemeente2025 = GemeentenRegios['gemeenten2025'][number];
export type Gemeente2019 = GemeentenRegios['gemeenten2019'][number];
