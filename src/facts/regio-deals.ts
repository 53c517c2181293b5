/** Dutch Regio Deals per tranche: proposals, deals selected, money from the Rijk (regions.md, D.1). */
import { z } from 'astro/zod';
import { isoDate, parseFacts, quantity, sourceIds } from './schema.ts';

const tranche = z.strictObject({
  tranche: z.number().int().min(1),
  /** Date of the decision (or of the Kamerbrief), as precise as the source gives it. */
  decided: isoDate,
  /** Extra words for the decision, e.g. "Kamerbrief". */
  decidedNote: z.string().optional(),
  proposals: quantity,
  deals: quantity,
  /** Money from the Rijk, in millions of euros. */
  rijkMillionEuro: quantity,
  note: z.string().optional(),
  sources: sourceIds,
});

const regioDeals = z.strictObject({
  tranches: z.array(tranche).min(1),
  /** Deals after tranches 1–3 as stated in a Kamerbrief. */
  totalAfterTranche3: quantity,
  /** All six tranches together: own arithmetic, stated nowhere. */
  totalAllTranches: quantity,
  totalSources: sourceIds,
});

export type RegioDealsTranche = z.output<typeof tranche>;

export const REGIO_DEALS = parseFacts('regio-deals', regioDeals, {
  tranches: [
    {
      tranche: 1,
      decided: '2018',
      decidedNote: 'Rutte III; opgaven uit het regeerakkoord, o.a. Zeeland',
      proposals: { value: null, status: 'onbekend' },
      deals: { value: 4, status: 'afgeleid', qualifier: 'ongeveer', note: 'berekend: 30 deals na drie tranches − 12 − 14' },
      rijkMillionEuro: {
        value: null,
        status: 'onbekend',
        note: 'uit de Regio Envelop van € 950 mln. (2018–2022); Regio Deal Zeeland alleen: ongeveer € 35 mln. van het Rijk',
      },
      note: 'Regio Deal Zeeland: aan de Kamer aangeboden op 6 juli 2018.',
      sources: ['kst-29697-44-53', 'kst-29697-90'],
    },
    {
      tranche: 2,
      decided: '2018-11-16',
      proposals: { value: 88, status: 'bron' },
      deals: { value: 12, status: 'bron' },
      rijkMillionEuro: { value: 200, status: 'bron', qualifier: 'ruim', note: 'RVO: € 215 mln.' },
      sources: ['rijksoverheid-2018'],
    },
    {
      tranche: 3,
      decided: '2020-02-14',
      proposals: { value: 26, status: 'bron' },
      deals: { value: 14, status: 'bron' },
      rijkMillionEuro: { value: 180, status: 'bron' },
      note: 'De derde en laatste tranche van Rutte III, met o.a. Zeeuws-Vlaanderen.',
      sources: ['kennisvoorkrimp-bb-2020'],
    },
    {
      tranche: 4,
      decided: '2023-02-17',
      decidedNote: 'Rutte IV: € 900 mln. voor 2023–2025',
      proposals: { value: null, status: 'onbekend' },
      deals: { value: 14, status: 'bron' },
      rijkMillionEuro: { value: 284.2, status: 'bron' },
      note: 'Met o.a. North Sea Port District (Vlissingen, Borsele, Terneuzen en Gent).',
      sources: ['rijksoverheid-2023'],
    },
    {
      tranche: 5,
      decided: '2024-02',
      proposals: { value: 29, status: 'bron' },
      deals: { value: 22, status: 'bron' },
      rijkMillionEuro: { value: 385, status: 'bron', qualifier: 'ongeveer' },
      sources: ['tkconv-2024'],
    },
    {
      tranche: 6,
      decided: '2025-02-03',
      decidedNote: 'Kamerbrief; de laatste tranche',
      proposals: { value: 27, status: 'bron' },
      deals: { value: 16, status: 'bron' },
      rijkMillionEuro: { value: 244.3, status: 'bron' },
      sources: ['tk-2025', 'rijksoverheid-2025'],
    },
  ],
  totalAfterTranche3: { value: 30, status: 'bron' },
  totalAllTranches: {
    value: 82,
    status: 'afgeleid',
    qualifier: 'ongeveer',
    note: 'optelsom van de zes tranches; rijksoverheid.nl (3 februari 2025) spreekt van ‘ruim 80 Regio Deals’ en € 1,85 miljard in totaal',
  },
  totalSources: ['kst-29697-90'],
});
