/** Source metadata (repositories, commits, dates) written into the CSV headers. */
import { DATA_DATE, MAP_ATTRIBUTION } from '../../src/maps/flanders/attribution.ts';

const PINC_REPO = 'github.com/provinciesincijfers/gebiedsniveaus';
const PINC_SNAPSHOT_COMMIT = '3b1b6d8d3548e495f597db134f437f0d08898535';
const PINC_2019_TABLE_COMMIT = '40a15bca4e822df805bd639d0c1e181b80e1a96d';

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
    'Namen van de regio\'s per indeling (de codes in de kolommen van gemeenten.csv, ook die van de provincies), zoals de les ze noemt; alias: een andere naam of label, met uitleg.',
    `Bron: Provincies in Cijfers, ${PINC_REPO}, gebiedsdefinities vervoerregio en REFREG, provincienamen uit de shapefile provincie (snapshot commit ${PINC_SNAPSHOT_COMMIT}).`,
  ];
}

/** Comment lines for data/brussel.csv. */
export function brusselComments(): string[] {
  return [
    "De 19 gemeenten van het Brussels Hoofdstedelijk Gewest (2025). Ze horen bij geen van beide indelingen, die alleen voor het Vlaamse Gewest gelden; gemeenten.topo.json tekent ze als één omtrek (object brussel).",
    `Bron: Provincies in Cijfers, ${PINC_REPO}, shapefile gemeente (snapshot commit ${PINC_SNAPSHOT_COMMIT}).`,
  ];
}
