/** Swiss Agglomerationsprogramme per generation: programmes supported, federal money (regions.md, D.2). */
import { z } from 'astro/zod';
import { isoDate, parseFacts, quantity, sourceIds } from './schema.ts';

const generation = z.strictObject({
  /** "1–2" for the first two generations, which the sources only give together. */
  key: z.string().regex(/^[1-9](–[1-9])?$/),
  label: z.string().min(3),
  submitted: z.strictObject({
    date: isoDate.optional(),
    /** How the sources word the submission date, e.g. "eind 2016". */
    when: z.string().min(4).optional(),
    count: quantity,
  }),
  supported: quantity,
  /** Federal contribution in billions of Swiss francs. */
  federalBillionChf: quantity,
  note: z.string().optional(),
  sources: sourceIds,
});

export type AgglomeratieGeneratie = z.output<typeof generation>;

export const AGGLOMERATIEPROGRAMMAS = parseFacts('agglomeratieprogrammas', z.array(generation).min(1), [
  {
    key: '1–2',
    label: '1e en 2e generatie (samen)',
    submitted: { count: { value: null, status: 'onbekend' } },
    supported: { value: null, status: 'onbekend' },
    federalBillionChf: { value: 5.7, status: 'bron', note: 'voor de 1e en 2e generatie samen; de bron splitst niet uit per generatie' },
    note: 'De Confederatie financiert agglomeratieverkeer sinds 2008; de 1e generatie startte in 2007.',
    sources: ['uvek-naf'],
  },
  {
    key: '3',
    label: '3e generatie',
    submitted: { date: '2016', when: 'eind 2016', count: { value: 37, status: 'bron' } },
    supported: { value: 32, status: 'bron' },
    federalBillionChf: {
      value: 1.34,
      status: 'bron',
      note: 'Botschaft (wetsvoorstel van de Bondsraad, de Zwitserse regering) van 14 september 2018; bij de consultatie op 17 januari 2018 nog 1,12 mld. CHF',
    },
    note: 'Goedgekeurd door het parlement in 2019.',
    sources: ['regiosuisse-g3', 'botschaft-2018'],
  },
  {
    key: '4',
    label: '4e generatie',
    submitted: { date: '2021-06-15', when: 'uiterlijk 15 juni 2021', count: { value: 32, status: 'bron' } },
    supported: { value: 32, status: 'bron' },
    federalBillionChf: { value: 1.58, status: 'bron', note: 'volgens de ARE-lijst 1.581,29 mln. CHF' },
    sources: ['botschaft-2023'],
  },
  {
    key: '5',
    label: '5e generatie',
    submitted: { date: '2025-06', count: { value: null, status: 'onbekend' } },
    supported: { value: null, status: 'onbekend', note: 'federale beslissing verwacht in 2026' },
    federalBillionChf: { value: null, status: 'onbekend', note: 'federale beslissing verwacht in 2026' },
    sources: ['stgallen24', 'gossauer-nachrichten'],
  },
]);
