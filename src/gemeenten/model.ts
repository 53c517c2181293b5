/** The municipality pages: each 2025 municipality and each name merged away in 2025, with its regions, mergers and delineations. */
import { compareNames } from '../lib/geo/dutch-sort.ts';
import type { MeetjeslandDelineaties } from '../lib/geo/meetjesland-schema.ts';
import { compareCodes, provinceOfNis } from '../lib/geo/nis.ts';
import { gemeenteSlug } from './slug.ts';
import { GEMEENTEN_FILES, type DivisionYear, type GemeentenData } from '../maps/flanders/gemeenten.ts';
import { pairRegions } from '../maps/flanders/pairs.ts';

export interface RegionRef {
  code: string;
  naam: string;
}

export interface Toewijzing {
  vervoerregio: RegionRef;
  referentieregio: RegionRef;
  /** The referentieregio paired with this vervoerregio (the one holding most of its municipalities). */
  gepaard: RegionRef;
  /** True when the referentieregio is the paired one. */
  overeen: boolean;
}

/** A 2019–2024 municipality as part of a page (a predecessor, or the merged-away municipality itself). */
export interface OudeGemeente {
  nis: string;
  naam: string;
  /** Its own page when its name disappeared in 2025; otherwise the page of the 2025 municipality that kept the name. */
  slug: string;
  in2019: Toewijzing;
}

export interface DelineatieTreffer {
  id: string;
  naam: string;
  /** Only when not all predecessors are in the list: the names of those that are. */
  via?: string[];
  /** The research note's confidence in the list, when below "hoog" (e.g. "middel"). */
  zekerheid?: string;
}

export interface MeetjeslandInfo {
  treffers: DelineatieTreffer[];
  totaal: number;
}

export interface GemeentePagina {
  soort: 'gemeente';
  slug: string;
  nis: string;
  naam: string;
  provincie: RegionRef;
  in2025: Toewijzing;
  /** The 2019–2024 municipalities it covers (itself alone when nothing changed in 2025). */
  voorgangers: OudeGemeente[];
  /** True when the municipality changed on 1 January 2025 (a merger, or a new NIS code). */
  gefuseerd: boolean;
  /** A predecessor with the same name under another NIS code (Tielt, Wingene, Lochristi, Lokeren, Hasselt). */
  zelfdeNaam?: OudeGemeente;
  /** Only for Oost-Vlaanderen. */
  meetjesland?: MeetjeslandInfo;
}

export interface OpgehevenPagina {
  soort: 'opgeheven';
  slug: string;
  nis: string;
  naam: string;
  provincie: RegionRef;
  in2019: Toewijzing;
  /** The 2025 municipality it became part of. */
  naar: { slug: string; naam: string; nis: string };
  /** The other 2019–2024 municipalities that merged into the same one. */
  partners: OudeGemeente[];
  meetjesland?: MeetjeslandInfo;
}

export type Pagina = GemeentePagina | OpgehevenPagina;

export interface ProvincieGroep {
  provincie: RegionRef;
  gemeenten: GemeentePagina[];
  opgeheven: OpgehevenPagina[];
}

export interface GemeenteModel {
  paginas: Pagina[];
  bySlug: ReadonlyMap<string, Pagina>;
  perProvincie: ProvincieGroep[];
  brussel: Array<{ nis: string; naam: string }>;
  vervoerregios: RegionRef[];
  referentieregios: RegionRef[];
  /** Vervoerregio code → paired referentieregio, per division. */
  paren: Record<DivisionYear, Array<{ vervoerregio: RegionRef; referentieregio: RegionRef }>>;
  /** Municipalities whose referentieregio is not the paired one, per division, by name. */
  verschillen: Record<DivisionYear, Array<{ nis: string; naam: string; slug: string } & Toewijzing>>;
}

/** The regions model as the pages read it: per division year, each municipality with its province, vervoerregio and referentieregio. */
interface Tables {
  provincies: ReadonlyArray<{ nis: string; naam: string }>;
  vervoerregios: RegionRef[];
  referentieregios: RegionRef[];
  /** Vervoerregio → the referentieregio holding most of its municipalities, per division year. */
  paren: Record<DivisionYear, Array<{ vr: string; rr: string }>>;
  /** The 2025 municipalities; `van` lists the 2019–2024 NIS codes each covers (just its own code when nothing changed). */
  gemeenten2025: Array<{ nis: string; naam: string; provincie: string; vr: string; rr: string; van: string[] }>;
  /** The 2019–2024 municipalities; `naar` is the 2025 municipality each became part of. */
  gemeenten2019: Gemeente2019[];
  brussel: ReadonlyArray<{ nis: string; naam: string }>;
}

interface Gemeente2019 {
  nis: string;
  naam: string;
  provincie: string;
  vr: string;
  rr: string;
  naar: string;
}

/** The tables of `data` (data/gemeenten.csv and its companions) by division year, in NIS order, with the pairs derived. */
function regionTables(data: GemeentenData): Tables {
  const names = (division: string): RegionRef[] => data.regios.filter((r) => r.division === division).map((r) => ({ code: r.code, naam: r.naam }));
  const byNis = <T extends { nis: string }>(a: T, b: T): number => compareCodes(a.nis, b.nis);
  const gemeenten2019 = data.gemeenten
    .map((g) => ({
      nis: g.nis,
      naam: g.naam,
      provincie: g.provincie,
      vr: g.regio['vervoerregio_2019'] ?? '',
      rr: g.regio['referentieregio_2019'] ?? '',
      naar: g.nis2025,
    }))
    .sort(byNis);
  const units = new Map<string, Tables['gemeenten2025'][number]>();
  for (const g of data.gemeenten) {
    const unit = units.get(g.nis2025);
    if (unit) unit.van.push(g.nis);
    else
      units.set(g.nis2025, {
        nis: g.nis2025,
        naam: g.naam2025,
        // The province of the 2025 code: Beveren-Kruibeke-Zwijndrecht (46030, Oost-Vlaanderen) took in Zwijndrecht (Antwerpen).
        provincie: provinceOfNis(g.nis2025) ?? g.provincie,
        vr: g.regio['vervoerregio_2025'] ?? '',
        rr: g.regio['referentieregio_2025'] ?? '',
        van: [g.nis],
      });
  }
  const gemeenten2025 = [...units.values()].map((u) => ({ ...u, van: u.van.sort(compareCodes) })).sort(byNis);
  const pairs = (list: ReadonlyArray<{ nis: string; vr: string; rr: string }>, year: DivisionYear): Array<{ vr: string; rr: string }> =>
    [...pairRegions(new Map(list.map((g) => [g.nis, g.vr])), new Map(list.map((g) => [g.nis, g.rr])), `${GEMEENTEN_FILES.gemeenten} (${year})`)].map(
      ([vr, rr]) => ({ vr, rr }),
    );
  return {
    provincies: data.provincies,
    vervoerregios: names('vervoerregio'),
    referentieregios: names('referentieregio'),
    paren: { '2025': pairs(gemeenten2025, '2025'), '2019': pairs(gemeenten2019, '2019') },
    gemeenten2025,
    gemeenten2019,
    brussel: data.brussel,
  };
}

const OOST_VLAANDEREN = '40000';

function lookup<T extends { code: string }>(list: readonly T[], code: string, what: string): T {
  const hit = list.find((x) => x.code === code);
  if (!hit) throw new Error(`${GEMEENTEN_FILES.regios}: onbekende ${what}code ${code}`);
  return hit;
}

/** Builds every page from the regions model (src/maps/flanders/gemeenten.ts) and the Meetjesland delineations; throws on a slug clash or a broken link. */
export function buildGemeenteModel(regions: GemeentenData, delineaties: MeetjeslandDelineaties): GemeenteModel {
  const data = regionTables(regions);
  const vr = (code: string): RegionRef => ({ ...lookup(data.vervoerregios, code, 'vervoerregio') });
  const rr = (code: string): RegionRef => ({ ...lookup(data.referentieregios, code, 'referentieregio') });
  const provincie = (nis: string): RegionRef => {
    const p = data.provincies.find((x) => x.nis === nis);
    if (!p) throw new Error(`${GEMEENTEN_FILES.regios}: onbekende provincie ${nis}`);
    return { code: p.nis, naam: p.naam };
  };
  const pairOf = (year: DivisionYear, vrCode: string): string => {
    const p = data.paren[year].find((x) => x.vr === vrCode);
    if (!p) throw new Error(`${GEMEENTEN_FILES.gemeenten}: vervoerregio ${vrCode} heeft geen gepaarde referentieregio in ${year}`);
    return p.rr;
  };
  const toewijzing = (year: DivisionYear, m: { vr: string; rr: string }): Toewijzing => {
    const gepaard = pairOf(year, m.vr);
    return { vervoerregio: vr(m.vr), referentieregio: rr(m.rr), gepaard: rr(gepaard), overeen: gepaard === m.rr };
  };

  const names2025 = new Map(data.gemeenten2025.map((g) => [g.naam, g]));
  const byNis2019 = new Map(data.gemeenten2019.map((g) => [g.nis, g]));
  // A surviving name's page is the 2025 municipality's; a vanished name has its own page: the slug is the name either way.
  const oud = (g: Gemeente2019): OudeGemeente => ({ nis: g.nis, naam: g.naam, slug: gemeenteSlug(g.naam), in2019: toewijzing('2019', g) });

  const meetjesland = (codes: readonly string[], names: ReadonlyMap<string, string>): MeetjeslandInfo => ({
    totaal: delineaties.delineaties.length,
    treffers: delineaties.delineaties.flatMap((d) => {
      const inList = codes.filter((c) => d.leden.includes(c));
      if (inList.length === 0) return [];
      const treffer: DelineatieTreffer = { id: d.id, naam: d.naam };
      if (d.zekerheid !== 'hoog') treffer.zekerheid = d.zekerheid;
      if (inList.length < codes.length) treffer.via = inList.map((c) => names.get(c) ?? c);
      return [treffer];
    }),
  });

  const gemeenten: GemeentePagina[] = data.gemeenten2025.map((g) => {
    const voorgangers = g.van.map((nis) => {
      const old = byNis2019.get(nis);
      if (!old) throw new Error(`${GEMEENTEN_FILES.gemeenten}: ${g.naam} (${g.nis}) noemt een onbekende voorganger ${nis}`);
      return oud(old);
    });
    const page: GemeentePagina = {
      soort: 'gemeente',
      slug: gemeenteSlug(g.naam),
      nis: g.nis,
      naam: g.naam,
      provincie: provincie(g.provincie),
      in2025: toewijzing('2025', g),
      voorgangers,
      gefuseerd: !(g.van.length === 1 && g.van[0] === g.nis),
    };
    const same = voorgangers.find((v) => v.naam === g.naam && v.nis !== g.nis);
    if (same) page.zelfdeNaam = same;
    if (g.provincie === OOST_VLAANDEREN) page.meetjesland = meetjesland(g.van, new Map(voorgangers.map((v) => [v.nis, v.naam])));
    return page;
  });

  const opgeheven: OpgehevenPagina[] = data.gemeenten2019
    .filter((g) => g.naar !== g.nis && !names2025.has(g.naam))
    .map((g) => {
      const target = data.gemeenten2025.find((x) => x.nis === g.naar);
      if (!target) throw new Error(`${GEMEENTEN_FILES.gemeenten}: ${g.naam} (${g.nis}) fuseerde tot een onbekende gemeente ${g.naar}`);
      const page: OpgehevenPagina = {
        soort: 'opgeheven',
        slug: gemeenteSlug(g.naam),
        nis: g.nis,
        naam: g.naam,
        provincie: provincie(g.provincie),
        in2019: toewijzing('2019', g),
        naar: { slug: gemeenteSlug(target.naam), naam: target.naam, nis: target.nis },
        partners: target.van.filter((n) => n !== g.nis).map((n) => oud(byNis2019.get(n) as Gemeente2019)),
      };
      if (g.provincie === OOST_VLAANDEREN) page.meetjesland = meetjesland([g.nis], new Map([[g.nis, g.naam]]));
      return page;
    });

  const paginas: Pagina[] = [...gemeenten, ...opgeheven];
  const bySlug = new Map<string, Pagina>();
  for (const p of paginas) {
    const other = bySlug.get(p.slug);
    if (other) throw new Error(`gemeenten: de slug "${p.slug}" van ${p.naam} (${p.nis}) is ook die van ${other.naam} (${other.nis})`);
    bySlug.set(p.slug, p);
  }
  for (const p of gemeenten)
    for (const v of p.voorgangers) if (!bySlug.has(v.slug)) throw new Error(`gemeenten: geen pagina voor ${v.naam} (${v.nis}), een voorganger van ${p.naam}`);

  const byName = <T extends { naam: string }>(a: T, b: T): number => compareNames(a.naam, b.naam);
  const perProvincie = data.provincies.map((p) => ({
    provincie: { code: p.nis, naam: p.naam },
    gemeenten: gemeenten.filter((g) => g.provincie.code === p.nis).sort(byName),
    opgeheven: opgeheven.filter((g) => g.provincie.code === p.nis).sort(byName),
  }));
  const verschillen = (year: DivisionYear): GemeenteModel['verschillen'][DivisionYear] => {
    const list = year === '2025' ? data.gemeenten2025 : data.gemeenten2019;
    return list
      .map((g) => ({ nis: g.nis, naam: g.naam, slug: gemeenteSlug(g.naam), ...toewijzing(year, g) }))
      .filter((g) => !g.overeen)
      .sort(byName);
  };
  return {
    paginas: paginas.sort((a, b) => compareCodes(a.nis, b.nis)),
    bySlug,
    perProvincie,
    brussel: [...data.brussel].sort(byName),
    vervoerregios: data.vervoerregios.map((x) => ({ ...x })),
    referentieregios: data.referentieregios.map((x) => ({ ...x })),
    paren: {
      '2025': data.paren['2025'].map((p) => ({ vervoerregio: vr(p.vr), referentieregio: rr(p.rr) })),
      '2019': data.paren['2019'].map((p) => ({ vervoerregio: vr(p.vr), referentieregio: rr(p.rr) })),
    },
    verschillen: { '2025': verschillen('2025'), '2019': verschillen('2019') },
  };
}

/** Whether the two cuts agree for one municipality: the answer ("Ja:" or "Nee:") and the explanation after it, e.g. for Lier in 2025. */
export function overeenstemming(naam: string, t: Toewijzing): { antwoord: string; toelichting: string } {
  const vr = `vervoerregio ${t.vervoerregio.naam}`;
  if (t.overeen)
    return { antwoord: 'Ja:', toelichting: ` ${naam} ligt in ${vr} en in ${t.referentieregio.naam}, de referentieregio die het best met ${vr} overeenkomt.` };
  return {
    antwoord: 'Nee:',
    toelichting: ` ${vr} komt het best overeen met referentieregio ${t.gepaard.naam}, maar ${naam} hoort bij referentieregio ${t.referentieregio.naam}.`,
  };
}

/** NIS codes whose vervoerregio after 2025 the sources leave uncertain, with the Dutch note (research note A.4). */
export const ONZEKER: Readonly<Record<string, string>> = {
  '46030':
    'Beveren-Kruibeke-Zwijndrecht is de enige fusie over de grens van een vervoerregio heen: Beveren en Zwijndrecht hoorden bij vervoerregio Antwerpen, Kruibeke bij Waasland. Provincies in Cijfers deelt de nieuwe gemeente in bij Antwerpen, maar een officiële beslissing daarover is niet bekend.',
};
