/** Zod schema of data/meetjesland-delineaties.json (the Meetjesland in four kinds of region); the type is derived from it. */
import { z } from 'astro/zod';

/** The lecture's four kinds of region. */
export const SOORTEN = ['homogeen', 'functioneel', 'bestuurlijk', 'sociaal'] as const;
/** Confidence labels of the research note (high, medium-high, medium, low). */
export const ZEKERHEDEN = ['hoog', 'middelhoog', 'middel', 'laag'] as const;

const nisCode = z.string().regex(/^\d{5}$/, 'NIS-code van 5 cijfers');

export const delineatieSchema = z
  .strictObject({
    /** Id from the research note, e.g. "H4", "A12", "S1". */
    id: z.string().regex(/^[HAS]\d{1,2}$/),
    /** Short Dutch name, e.g. "COMEET – Cultuuroverleg Meetjesland". */
    naam: z.string().min(3),
    soort: z.enum(SOORTEN),
    /** One Dutch sentence. */
    omschrijving: z.string().min(10),
    /** Source as given in the research CSV. */
    bron: z.string().min(3),
    /** Date or period the list refers to. */
    datum: z.string().min(1),
    zekerheid: z.enum(ZEKERHEDEN),
    /** Dutch explanation of the confidence, when the research note gives one. */
    zekerheidNoot: z.string().min(3).optional(),
    /** Municipality set of `leden`: always the 2019–2024 set. */
    set: z.literal('2019'),
    /** True when the list was converted from another municipality set. */
    omgezet: z.boolean(),
    /** Dutch note on the conversion (or on the check that none was needed). */
    omzettingNoot: z.string().min(3).optional(),
    /** NIS codes on the 2019–2024 set, sorted. */
    leden: z.array(nisCode).min(1),
  })
  .superRefine((d, ctx) => {
    const seen = new Set<string>();
    d.leden.forEach((nis, i) => {
      if (seen.has(nis)) ctx.addIssue({ code: 'custom', path: ['leden', i], message: `dubbel lid ${nis}` });
      seen.add(nis);
      const prev = d.leden[i - 1];
      if (prev !== undefined && Number(prev) > Number(nis)) {
        ctx.addIssue({ code: 'custom', path: ['leden', i], message: 'leden niet gesorteerd' });
      }
    });
    if (d.omgezet && d.omzettingNoot === undefined) {
      ctx.addIssue({ code: 'custom', path: ['omzettingNoot'], message: 'omgezette lijst zonder omzettingNoot' });
    }
  });

export const meetjeslandDelineatiesSchema = z
  .strictObject({
    /** Where the file comes from (research note, CSV, municipality set). */
    bron: z.string().min(3),
    delineaties: z.array(delineatieSchema).min(1),
  })
  .superRefine((f, ctx) => {
    const ids = new Set<string>();
    f.delineaties.forEach((d, i) => {
      if (ids.has(d.id)) ctx.addIssue({ code: 'custom', path: ['delineaties', i, 'id'], message: `dubbele id ${d.id}` });
      ids.add(d.id);
    });
  });

export type Soort = (typeof SOORTEN)[number];
export type Zekerheid = (typeof ZEKERHEDEN)[number];
export type Delineatie = z.infer<typeof delineatieSchema>;
export type MeetjeslandDelineaties = z.infer<typeof meetjeslandDelineatiesSchema>;
