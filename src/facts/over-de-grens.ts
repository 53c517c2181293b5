/**
 * What the figure "Over de grens" draws, as its sources give it: the two Regio Deals around the Westerschelde with their
 * members (codes checked against the boundary data by `npm run data`), vervoerregio Gent, and the cantons behind the
 * Agglomerationsprogramm St.Gallen-Bodensee. Nothing here is inferred; what a source leaves open is marked `onzeker`.
 */
import type { SourceId } from './sources.ts';

export interface GrensDeal {
  /** Slug, also the value of `?regiodeal=`. */
  id: string;
  naam: string;
  /** How the site may draw it: `gebied` an area the sources name as a whole; `deelnemers` the municipalities they name, not an area. */
  dekking: 'gebied' | 'deelnemers';
  /** True when the sources leave the drawn extent open (the map then says so and draws it dashed). */
  onzeker: boolean;
  /** What the map may claim, in one Dutch sentence (legend, table, slide). */
  omschrijving: string;
  /** The date or year the sources give. */
  datum: string;
  /** Municipality codes as in the boundary files: CBS `GM….` for the Netherlands, NIS for Belgium; with the name the sources use. */
  leden: ReadonlyArray<{ code: string; naam: string }>;
  /** A whole province instead of members (CBS code), for a deal the sources name after the province. */
  provincie?: string;
  bronnen: readonly SourceId[];
}

export const GRENS_DEALS: readonly GrensDeal[] = [
  {
    id: 'zeeland',
    naam: 'Regio Deal Zeeland',
    dekking: 'gebied',
    onzeker: true,
    omschrijving:
      'Gesloten in juli 2018 voor Zeeland; de bronnen noemen geen lijst van deelnemende gemeenten, dus de kaart toont de provincie Zeeland als gebied, met een stippellijn.',
    datum: '2018',
    leden: [],
    provincie: 'PV29',
    bronnen: ['kst-29697-44-53', 'rijksoverheid-rd-zeeland', 'pzc-zeeland'],
  },
  {
    id: 'north-sea-port-district',
    naam: 'Regio Deal North Sea Port District',
    dekking: 'deelnemers',
    onzeker: false,
    omschrijving:
      '4e tranche, 17 februari 2023: de bronnen noemen Vlissingen, Borsele, Terneuzen en Gent. De kaart arceert die vier gemeenten als deelnemers; het is geen afgebakend gebied van de deal.',
    datum: '2023-02-17',
    leden: [
      { code: 'GM0718', naam: 'Vlissingen' },
      { code: 'GM0654', naam: 'Borsele' },
      { code: 'GM0715', naam: 'Terneuzen' },
      { code: '44021', naam: 'Gent' },
    ],
    bronnen: ['rijksoverheid-2023', 'terneuzen-nsp'],
  },
];

/** Vervoerregio Gent in the 2025 division (its members come from data/gemeenten.csv, vervoerregio_2025 = this code). */
export const GRENS_VERVOERREGIO = { code: '4', naam: 'Vervoerregio Gent', bronnen: ['pinc'] as readonly SourceId[] } as const;

/** The cantons that carry the Agglomerationsprogramm St.Gallen-Bodensee (BFS canton numbers), and what may be said of its extent. */
export const GRENS_AGGLOMERATIE = {
  naam: 'Agglomerationsprogramm St.Gallen-Bodensee',
  kantons: [
    { code: '15', naam: 'Appenzell Ausserrhoden' },
    { code: '17', naam: 'St. Gallen' },
    { code: '20', naam: 'Thurgau' },
  ],
  omschrijving:
    'Het programma wordt gedragen door de kantons Appenzell Ausserrhoden, St. Gallen en Thurgau en omvat 33 gemeenten in die drie kantons; welke gemeenten, geeft geen van de bronnen, dus de kaart toont enkel de kantons.',
  bronnen: ['radiocentral', 'sg-agglomeration'] as readonly SourceId[],
} as const;

/** The boundary sources of the figure, in the order of its source line. */
export const GRENS_GRENZEN: readonly SourceId[] = ['cbs-gebiedsindelingen', 'statbel', 'natural-earth', 'bfs-geostat'];
