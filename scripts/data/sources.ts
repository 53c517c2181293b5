/** Source metadata (repositories, commits, dates) written into the CSV headers. */
import { DATA_DATE, MAP_ATTRIBUTION } from '../../src/maps/flanders/attribution.ts';
import type { FamilyId } from './family';

export const PINC_REPO = 'github.com/provinciesincijfers/gebiedsniveaus';
export const PINC_SNAPSHOT_COMMIT = '3b1b6d8d3548e495f597db134f437f0d08898535';
export const PINC_2019_TABLE_COMMIT = '40a15bca4e822df805bd639d0c1e181b80e1a96d';

/** Comment lines (without the leading "# ") for data/vervoerregios-<family>.csv. */
export function csvComments(family: FamilyId, municipalities: number, regions: number): string[] {
  const common = [
    `Attributie: ${MAP_ATTRIBUTION}`,
    'Licentie: open data van Statbel (hergebruik toegestaan met vermelding van de bron en de datum van de laatste bijwerking); de afgeleide bestanden hebben geen eigen licentie.',
    "Namen zoals in de les: 1 = Aalst (in de tabellen van 2025 'Dender' genoemd; geen officiële naamswijziging bekend), 11 = Roeselare (sinds 4-12-2020 officieel Midwest).",
  ];
  if (family === '2025') {
    return [
      `Vervoerregio's van Vlaanderen op de gemeente-indeling van 1-1-2025: ${String(municipalities)} gemeenten in ${String(regions)} vervoerregio's.`,
      `Bron: Provincies in Cijfers, ${PINC_REPO}, kerntabellen/gemeente_vervoerregio.xlsx (laatst gewijzigd ${DATA_DATE.indeling2025}), snapshot commit ${PINC_SNAPSHOT_COMMIT} (${DATA_DATE.pincSnapshot}); gemeentenamen uit data_voor_swing/shapefiles/gemeente.`,
      'Let op: Beveren-Kruibeke-Zwijndrecht (46030) staat volgens PinC in vervoerregio Antwerpen; Kruibeke zat in 2019–2024 in Waasland. Een officiële beslissing is niet bekend, dus onzeker.',
      ...common,
    ];
  }
  return [
    `Vervoerregio's van Vlaanderen op de gemeente-indeling 2019–2024: ${String(municipalities)} gemeenten in ${String(regions)} vervoerregio's.`,
    `Bron: Provincies in Cijfers, ${PINC_REPO}, kerntabellen/gemeente_vervoerregio.xlsx op commit ${PINC_2019_TABLE_COMMIT} (${DATA_DATE.indeling2019}); gemeentenamen uit data_voor_swing/shapefiles/gemeente2024 (de tabel gebruikt hoofdletters).`,
    ...common,
  ];
}

/** Comment lines for data/gemeenten.csv: the membership table of the one topology. */
export function gemeentenComments(municipalities: number): string[] {
  return [
    `De ${String(municipalities)} Vlaamse gemeenten van 2019–2024 (de geometrieën van gemeenten.topo.json, id = NIS-code), met de gemeente van 2025 waarin elk ligt en de vervoerregio en referentieregio in beide indelingen.`,
    'Een gemeente van 2025, of een regio, is de unie van de rijen met dezelfde code: zo tekent één topologie beide indelingen. Een volgende indeling is één kolom meer.',
    `Bron: Provincies in Cijfers, ${PINC_REPO}: kerntabellen gemeente2024_gemeente, gemeente_vervoerregio en gemeente_refreg (2025, laatst gewijzigd ${DATA_DATE.indeling2025}; 2019–2024 op commit ${PINC_2019_TABLE_COMMIT}), snapshot commit ${PINC_SNAPSHOT_COMMIT} (${DATA_DATE.pincSnapshot}).`,
    'Let op: Beveren-Kruibeke-Zwijndrecht (46030) staat volgens PinC in vervoerregio Antwerpen; Kruibeke zat in 2019–2024 in Waasland. Een officiële beslissing is niet bekend, dus onzeker.',
    `Attributie: ${MAP_ATTRIBUTION}`,
  ];
}

/** Comment lines for data/regios.csv. */
export function regiosComments(): string[] {
  return [
    'Namen van de regio\'s per indeling (de codes in de kolommen van gemeenten.csv), zoals de les ze noemt; alias: een andere naam of label, met uitleg.',
    `Bron: Provincies in Cijfers, ${PINC_REPO}, gebiedsdefinities vervoerregio en REFREG (snapshot commit ${PINC_SNAPSHOT_COMMIT}).`,
  ];
}
