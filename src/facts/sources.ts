/**
 * The sources behind the figures and context boxes, named as the project's research notes name them
 * (shared/research/regions.md, sections A–D; shared/research/fidelity-audit.md, thin sections). Chapters and fact tables
 * refer to them by id.
 */
import { z } from 'astro/zod';

const SOURCE_LIST = {
  lezing: "de lezing zelf (dia's van Prof. Dr. Ben Derudder)",
  'lezing-regiodeals': 'de lezing, dia ‘De Nederlandse Regiodeals’, Financiering',
  'lezing-agglo': "de lezing, dia ‘De Zwitserse Agglomeratieprogramma's’, Financiering",
  // Vervoerregio's (regions.md A.1–A.6)
  'vl-decreet-bb': 'vlaanderen.be/basisbereikbaarheid/het-decreet-basisbereikbaarheid',
  'ouderenraad-2018': "vlaamse-ouderenraad.be, ‘Vlaanderen ingedeeld in 15 vervoerregio's in nieuwe decreet Basisbereikbaarheid’ (27 juli 2018)",
  'hln-2018': 'HLN (23 juli 2018)',
  'hln-2019-vlaamse-ardennen': 'HLN (8 november 2019), over de gemeenten van vervoerregio Vlaamse Ardennen',
  'solva-2018': 'SOLVA (12 december 2018: 15 betrokken gemeenten in vervoerregio Vlaamse Ardennen)',
  'vl-vervoerregios': "vlaanderen.be/basisbereikbaarheid/vervoerregios (de pagina's per vervoerregio)",
  vvsg: 'VVSG',
  'midwest-mobiliteit': 'midwest.be/thema/detail/55/mobiliteit',
  'vl-midwest': 'vlaanderen.be/basisbereikbaarheid/vervoerregios/vervoerregio-midwest',
  'vl-limburg': 'vlaanderen.be/basisbereikbaarheid/vervoerregios/vervoerregio-limburg',
  'ouderenraden-grenzen': 'ouderenraden.be (over de beslissing van 2018)',
  // Referentieregio's (regions.md C.1)
  'lokaalbestuur-regiovorming': 'lokaalbestuur.vlaanderen.be (regiovorming: veelgestelde vragen, kaartmateriaal, adviezen)',
  'vl-referentieregios': "vlaanderen.be, ‘Afbakening referentieregio's’",
  'kw-regiovorming': "kw.be (o.a. ‘Niet drie, maar wel vijf regio's in West-Vlaanderen’; februari 2023)",
  'solva-regiovorming': 'so-lva.be/regiowerking/regiovorming',
  'wiki-vlaamse-regios': "nl.wikipedia.org, ‘Vlaamse regio's’",
  'kortrijkwatcher-2023': 'kortrijkwatcher.be (9 februari 2023)',
  'tvoost-hln-2023': 'TV Oost en HLN (februari 2023)',
  pinc: 'Provincies in Cijfers, GitHub provinciesincijfers/gebiedsniveaus (kerntabellen gemeente_vervoerregio.xlsx en gemeente_refreg.xlsx)',
  // Regio Deals (regions.md D.1)
  'kst-29697-44-53': 'zoek.officielebekendmakingen.nl, Kamerstuk 29 697 nr. 44 en nr. 53',
  'rijksoverheid-2018': 'rijksoverheid.nl (16 november 2018); Kamerstuk 29 697 nr. 56',
  'kennisvoorkrimp-bb-2020': 'kennisvoorkrimp.nl; binnenlandsbestuur.nl (18 februari 2020)',
  'kst-29697-90': 'Kamerbrief ‘Een rijke oogst van 30 Regio Deals’, Kamerstuk 29 697 nr. 90 (20 januari 2021)',
  'rijksoverheid-2023': 'rijksoverheid.nl (17 februari 2023); stadszaken.nl; metropoolregioeindhoven.nl',
  'tkconv-2024': 'berthub.eu/tkconv (Tweede Kamer-document 2024D44045)',
  'tk-2025': 'tweedekamer.nl, Kamerbrief van 3 februari 2025 (2025D04107)',
  'bb-cofinanciering': "binnenlandsbestuur.nl (‘De regio's financieren zelf minimaal hetzelfde bedrag’)",
  // Agglomerationsprogramme (regions.md D.2)
  'uvek-naf': 'uvek.admin.ch (pagina over het NAF, het Nationalstrassen- und Agglomerationsverkehrs-Fonds)',
  'regiosuisse-g3': "regiosuisse.ch (de 37 ingediende programma's van de 3e generatie)",
  'botschaft-2018':
    'Botschaft (wetsvoorstel met toelichting) van de Bondsraad, de Zwitserse regering, van 14 september 2018 (3e generatie; consultatie 17 januari 2018)',
  'botschaft-2023': 'Botschaft van de Bondsraad van 22 februari 2023; ARE-lijst met een totaal van 1.581,29 mln. CHF (4e generatie)',
  stgallen24: 'stgallen24.ch (indiening van de 5e generatie, juni 2025)',
  'gossauer-nachrichten': 'gossauer-nachrichten.ch (federale beslissing over de 5e generatie verwacht in 2026)',
  // Regio Deal Zeeland (fidelity-audit.md, thin section 1)
  'rijksoverheid-2025': 'rijksoverheid.nl (3 februari 2025: ‘ruim 80 Regio Deals’, € 1,85 miljard in totaal; Zeeuws-Vlaanderen/Zeeland € 13 mln.)',
  'rijksoverheid-rd-zeeland': 'rijksoverheid.nl, pagina ‘Regio Deal Zeeland’',
  'pzc-zeeland': 'pzc.nl (Regio Deal Zeeland, 2018)',
  'bndestem-zeeland': 'bndestem.nl (Regio Deal Zeeland, 2018)',
  'provinciaal-blad-2018-7519': 'Provinciaal Blad 2018-7519 (12 oktober 2018)',
  'omroepzeeland-zvl': 'omroepzeeland.nl (Regio Deal Zeeuws-Vlaanderen, 3e tranche)',
  'terneuzen-nsp': 'terneuzen.nl (Regio Deal North Sea Port District, 4e tranche)',
  // Agglomerationsprogramm St.Gallen-Bodensee (fidelity-audit.md, thin section 2)
  radiocentral: 'radiocentral.ch (Agglomerationsprogramm St.Gallen-Bodensee)',
  tagblatt: 'tagblatt.ch (Agglomerationsprogramm St.Gallen-Bodensee)',
  'srf-2018': 'srf.ch (14 september 2018)',
  'are-admin': 'are.admin.ch (Bundesamt für Raumentwicklung ARE, 4e generatie)',
  // Regiolab Gent (fidelity-audit.md, thin section 3)
  'veneco-regionetwerk': 'veneco.be (Regionetwerk Gent)',
  'nieuwsblad-regiolab': 'nieuwsblad.be (Regiolab Gent, december 2017)',
  'stad-gent-regiolab': 'stad.gent (Regionetwerk Gent)',
  // Regionale landschappen (fidelity-audit.md, thin section 4; regions.md B.1)
  'wiki-regionale-landschappen': 'nl.wikipedia.org, ‘Regionaal landschap’',
  'rllk-2024': 'rllk.be (22 januari 2024)',
  ecopedia: 'ecopedia.be, ‘Regionaal landschap’',
  'maldegem-rl': 'maldegem.be (Regionaal Landschap Meetjesland & Leievallei)',
  'rlm-leden': 'rlm.be, ‘Onze leden – openbare besturen’',
  'vvsg-rlm': 'vvsg.be, kennisitem over Regionaal Landschap Meetjesland als ondersteuner (ca. 2021–2022)',
  // Het Meetjesland als woonmarkt en als (semi-/para-)bestuurlijke regio (fidelity-audit.md, thin sections 5–6; regions.md B)
  'oost-vlaanderen-woonstudie': 'pers.oost-vlaanderen.be (woonstudie van Atelier Romain in opdracht van de provincie Oost-Vlaanderen)',
  'ivm-bestuur': 'ivmmilieubeheer.be, pagina ‘Bestuur’; sint-laureins.be/ivm',
  'hln-2018-ivm': 'HLN (17 juli 2018 en 9 augustus 2018)',
  'zelzate-afval': 'zelzate.be (afvalophaling in Zelzate)',
  comeet: 'comeet.be (‘Over COMEET’; ‘Negen gemeenten gaan samen verder met COMEET’); cultuuroptil.be (februari 2024)',
  homeentrends: 'homeentrends.be (14 mei 2021), ‘Het Meetjesland: betaalbaar wonen’',
  'meetjesland-afbakeningen': 'de afbakeningen van het Meetjesland op deze website, elk met eigen bron (zie de tabel bij de grote kaart)',
  statbel: 'Statbel (statistische sectoren), vereenvoudigd door Provincies in Cijfers',
  // Grenzen van de kaart 'Over de grens' (shared/research/international-data.md)
  'cbs-gebiedsindelingen':
    'CBS/Kadaster, Gebiedsindelingen 2025 (gemeenten en provincies, gegeneraliseerd), via PDOK; vereenvoudigd door cartomap/nl (CC BY 4.0)',
  'natural-earth': 'Natural Earth 4.1.0, landsgrenzen 1:50 miljoen (publiek domein), via world-atlas 2.0.2',
  'bfs-geostat': 'Bundesamt für Statistik (BFS), GEOSTAT: generalisierte Gemeindegrenzen 2025 (kantons), via swiss-maps 4.7.0',
  'sg-agglomeration': 'sg.ch (Agglomerationsprogramm St.Gallen-Bodensee: "33 Gemeinden in drei Kantonen")',
} as const satisfies Record<string, string>;

export type SourceId = keyof typeof SOURCE_LIST;
export const SOURCE_IDS = Object.keys(SOURCE_LIST) as [SourceId, ...SourceId[]];

const sourceLabel = z.string().min(3);
export const SOURCES: Readonly<Record<SourceId, string>> = z.record(z.enum(SOURCE_IDS), sourceLabel).parse(SOURCE_LIST);

/** The label of each source id, in order; throws naming an unknown id (so a typo in a chapter stops the build). */
export function sourceLabels(ids: readonly string[], where: string): string[] {
  return ids.map((id) => {
    if (!(id in SOURCES)) throw new Error(`${where}: onbekende bron "${id}". Bekende bronnen: ${SOURCE_IDS.join(', ')}.`);
    return SOURCES[id as SourceId];
  });
}

/** "a; b; c" without repeats, for a figure's source line. */
export function sourceLine(ids: readonly string[], where: string): string {
  return [...new Set(sourceLabels(ids, where))].join('; ');
}
