/**
 * What a municipality page says, as plain data: its title and description, the answer to "do the two cuts agree?", the
 * merger, the notes on uncertain lists, the locator map's layers and texts and the links into the lecture (root-relative:
 * the template adds the base path). Pure, so it is unit-tested; `src/pages/gemeenten/[slug].astro` only lays it out.
 */
import type { SourceId } from '../facts/sources.ts';
import { vervoerregioOnzekerheid } from '../facts/zekerheid.ts';
import type { DivisionYear, Regio } from '../maps/flanders/gemeenten.ts';
import { slugify } from '../maps/shared/url-state.ts';
import {
  ONZEKER,
  overeenstemming,
  type GemeenteModel,
  type GemeentePagina,
  type OpgehevenPagina,
  type OudeGemeente,
  type Pagina,
  type Toewijzing,
} from './model.ts';

export interface GemeenteView {
  title: string;
  description: string;
  /** The page's path, `/gemeenten/<slug>/`. */
  path: string;
  /** The sources the page is compiled from (the Meetjesland delineations only in Oost-Vlaanderen). */
  sources: SourceId[];
  /** A 2025 municipality (or one that merged away). */
  gemeente?: GemeentePagina | undefined;
  opgeheven?: OpgehevenPagina | undefined;
  /** The 2025 municipality a merged-away one became part of. */
  naar?: GemeentePagina | undefined;
  /** The regions in the page's own division year. */
  toewijzing: Toewijzing;
  /** The division year of the page: 2025 for a municipality of 2025, 2019 for one that merged away. */
  year: DivisionYear;
  /** "Ja:" or "Nee:", and the sentence after it. */
  antwoord: string;
  toelichting: string;
  /** The other label of the vervoerregio where sources differ (Roeselare/Midwest, Aalst/Dender). */
  alias?: string | undefined;
  /** A vervoerregio after 2025 that the sources leave uncertain. */
  onzeker?: string | undefined;
  /** A member list the research rates below "medium-high" (src/facts/zekerheid.ts). */
  twijfel?: string | undefined;
  /** A merger under a new name lists all its parts; one that kept a name lists the others it took in. */
  fusie?: { nieuw: boolean; anderen: OudeGemeente[] } | undefined;
  locator: {
    /** NIS codes of the municipality (its predecessors for a 2025 merger) and, for a merged-away one, of its 2025 municipality. */
    units: string[];
    context?: string[] | undefined;
    label: string;
    description: string;
    legend: { gemeente: string; samen?: string | undefined; vervoerregio: string; referentieregio: string };
  };
  links: {
    provincie: string;
    vervoerregio: string;
    paar: string;
    /** The Meetjesland map, only in Oost-Vlaanderen; with this municipality selected when the name existed in 2019–2024. */
    meetjesland?: { href: string; gekozen: boolean } | undefined;
  };
}

/** The view of one page; `regios` gives the aliases (data/regios.csv). Throws when a merged-away municipality has no 2025 page. */
export function gemeenteView(pagina: Pagina, model: GemeenteModel, regios: readonly Regio[]): GemeenteView {
  const isNieuw = pagina.soort === 'gemeente';
  const g = isNieuw ? pagina : undefined;
  const o = isNieuw ? undefined : pagina;
  const t = g ? g.in2025 : (o as OpgehevenPagina).in2019;
  const naar = o ? (model.bySlug.get(o.naar.slug) as GemeentePagina | undefined) : undefined;
  if (o && !naar) throw new Error(`gemeenten/${pagina.slug}: geen pagina voor ${o.naar.naam}`);
  const year: DivisionYear = isNieuw ? '2025' : '2019';

  const title = isNieuw ? `${pagina.naam}: regio's` : `${pagina.naam} (tot 2025): regio's`;
  const description = isNieuw
    ? `${pagina.naam} (provincie ${pagina.provincie.naam}) ligt in vervoerregio ${t.vervoerregio.naam} en referentieregio ${t.referentieregio.naam}${t.overeen ? '' : ': de twee indelingen verschillen hier'}.`
    : `${pagina.naam} fuseerde op 1 januari 2025 tot ${o?.naar.naam}. Tot dan lag het in vervoerregio ${t.vervoerregio.naam} en referentieregio ${t.referentieregio.naam}.`;
  const sources: SourceId[] = pagina.meetjesland ? ['pinc', 'statbel', 'meetjesland-afbakeningen'] : ['pinc', 'statbel'];

  const setLabel = isNieuw ? 'gemeenten van 2025' : 'gemeenten van 2019–2024';
  const { antwoord, toelichting } = overeenstemming(pagina.naam, t);
  const twijfel = [t.vervoerregio.naam, ...(g ? g.voorgangers.map((v) => v.in2019.vervoerregio.naam) : [])]
    .map((naam) => vervoerregioOnzekerheid(pagina.naam, naam))
    .find((u) => u !== undefined);
  // The Meetjesland map shows the 2019–2024 municipalities: select this one when the name existed then.
  const mjSlug = g ? (g.voorgangers.some((v) => v.naam === g.naam) ? slugify(g.naam) : undefined) : slugify(pagina.naam);
  const vervoerregio = `/bestuurlijke-realiteit/?vervoerregio=${slugify(t.vervoerregio.naam)}${isNieuw ? '&indeling=2025' : ''}#kaart-vervoerregios`;

  return {
    title,
    description,
    path: `/gemeenten/${pagina.slug}/`,
    sources,
    gemeente: g,
    opgeheven: o,
    naar,
    toewijzing: t,
    year,
    antwoord,
    toelichting,
    alias: regios.find((r) => r.division === 'vervoerregio' && r.code === t.vervoerregio.code)?.alias,
    onzeker: ONZEKER[pagina.nis] ?? (o ? ONZEKER[o.naar.nis] : undefined),
    twijfel: twijfel?.note,
    fusie: g?.gefuseerd ? { nieuw: !g.voorgangers.some((v) => v.naam === g.naam), anderen: g.voorgangers.filter((v) => v.naam !== g.naam) } : undefined,
    locator: {
      units: g ? g.voorgangers.map((v) => v.nis) : [pagina.nis],
      context: g ? undefined : naar?.voorgangers.map((v) => v.nis),
      label: `Ligging van ${pagina.naam} in Vlaanderen`,
      description: `Kaart van Vlaanderen (${setLabel}) met ${pagina.naam} ingekleurd, de grens van vervoerregio ${t.vervoerregio.naam} als volle lijn en die van referentieregio ${t.referentieregio.naam} als stippellijn.${o ? ` De lichte vlek is ${o.naar.naam}, de gemeente van 2025.` : ''}`,
      legend: {
        gemeente: pagina.naam,
        samen: o ? `${o.naar.naam} (sinds 2025)` : undefined,
        vervoerregio: `Vervoerregio ${t.vervoerregio.naam}`,
        referentieregio: `Referentieregio ${t.referentieregio.naam}`,
      },
    },
    links: {
      provincie: `/gemeenten/#${slugify(`provincie ${pagina.provincie.naam}`)}`,
      vervoerregio,
      paar: `/bestuurlijke-realiteit/?paar=${slugify(t.vervoerregio.naam)}${isNieuw ? '' : '&vergelijking=2019'}#vervoerregio-referentieregio`,
      meetjesland: pagina.meetjesland
        ? { href: `/geografische-realiteit/${mjSlug ? `?gemeente=${mjSlug}` : ''}#kaart-meetjesland`, gekozen: mjSlug !== undefined }
        : undefined,
    },
  };
}
