/** Timeline of the vervoerregio's and the referentieregio's (regions.md, A.1 and C.1: the "solid" steps). */
import { z } from 'astro/zod';
import { isoDate, parseFacts, sourceIds } from './schema.ts';

export const TRACKS = [
  { track: 'vervoerregio', label: "Vervoerregio's" },
  { track: 'referentieregio', label: "Referentieregio's" },
] as const;

const event = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/),
  track: z.enum(['vervoerregio', 'referentieregio']),
  date: isoDate,
  /** End of a period, e.g. "2024" for "2023–2024". */
  end: isoDate.optional(),
  text: z.string().min(10),
  sources: sourceIds,
});

export type RegiovormingEvent = z.output<typeof event>;

/** The sort key of an event: its date, or the end of its period. */
const sortKey = (e: RegiovormingEvent): string => e.end ?? e.date;

const EVENTS = parseFacts('regiovorming', z.array(event).min(1), [
  {
    key: 'resolutie-basisbereikbaarheid',
    track: 'vervoerregio',
    date: '2015-07-08',
    text: 'Resolutie van het Vlaams Parlement over basisbereikbaarheid.',
    sources: ['vl-decreet-bb'],
  },
  {
    key: 'indeling-goedgekeurd',
    track: 'vervoerregio',
    date: '2018-07-20',
    text: "De Vlaamse Regering keurt het voorontwerp van decreet basisbereikbaarheid goed, samen met de indeling in 15 vervoerregio's.",
    sources: ['vl-decreet-bb', 'ouderenraad-2018', 'hln-2018'],
  },
  {
    key: 'decreet-basisbereikbaarheid',
    track: 'vervoerregio',
    date: '2019-04-26',
    text: 'Decreet basisbereikbaarheid (Belgisch Staatsblad 12 juni 2019, in werking 22 juni 2019): elke gemeente behoort tot één vervoerregio.',
    sources: ['vvsg', 'midwest-mobiliteit'],
  },
  {
    key: 'kadernota-13',
    track: 'referentieregio',
    date: '2020-10-09',
    text: "Kadernota regiovorming: 13 voorgestelde referentieregio's. De gouverneurs raadplegen de gemeenten.",
    sources: ['lokaalbestuur-regiovorming', 'kw-regiovorming'],
  },
  {
    key: 'midwest',
    track: 'vervoerregio',
    date: '2020-12-04',
    text: 'Vervoerregio Roeselare heet voortaan vervoerregio Midwest.',
    sources: ['vl-midwest'],
  },
  {
    key: 'kadernota-17',
    track: 'referentieregio',
    date: '2021-03-12',
    text: "Nieuwe kadernota: 17 regio's, definitief voor vier provincies. Limburg krijgt een vervolgtraject.",
    sources: ['lokaalbestuur-regiovorming', 'vl-referentieregios', 'kw-regiovorming'],
  },
  {
    key: 'limburg-een-regio',
    track: 'referentieregio',
    date: '2022-02-04',
    text: "Kadernota: de 42 Limburgse gemeenten vormen één regio. Vlaanderen telt zo 15 referentieregio's.",
    sources: ['lokaalbestuur-regiovorming', 'vl-referentieregios', 'solva-regiovorming'],
  },
  {
    key: 'decreet-regiovorming',
    track: 'referentieregio',
    date: '2023-02-01',
    text: "Het Vlaams Parlement neemt het decreet over regiovorming aan. Bestaande samenwerkingsverbanden moeten zich tegen eind 2030 op de regio's afstemmen.",
    sources: ['kw-regiovorming', 'solva-regiovorming', 'wiki-vlaamse-regios', 'kortrijkwatcher-2023'],
  },
  {
    key: 'mobiliteitsplannen',
    track: 'vervoerregio',
    date: '2023',
    end: '2024',
    text: "De regionale mobiliteitsplannen van alle 15 vervoerregio's worden goedgekeurd, dat van Midwest bijvoorbeeld op 10 februari 2024.",
    sources: ['vl-midwest'],
  },
]);

/** All events in date order (a period sorts by its end). */
export const REGIOVORMING: readonly RegiovormingEvent[] = [...EVENTS].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
