/**
 * The registered sources behind each figure component a chapter can use, by component name: one list that both the
 * figure's "Bron:" line and the page's citation block ("samengesteld voor deze website … uit") read.
 */
import { AGGLOMERATIEPROGRAMMAS } from './agglomeratieprogrammas.ts';
import { COFINANCIERING } from './cofinanciering.ts';
import { GRENS_AGGLOMERATIE, GRENS_DEALS, GRENS_GRENZEN, GRENS_VERVOERREGIO } from './over-de-grens.ts';
import { REGIO_DEALS } from './regio-deals.ts';
import { REGIOVORMING } from './regiovorming.ts';
import type { SourceId } from './sources.ts';

const unique = (ids: readonly SourceId[]): SourceId[] => [...new Set(ids)];

export const FIGURE_SOURCES: Readonly<Record<string, readonly SourceId[]>> = {
  RegioDealsChart: unique([...REGIO_DEALS.tranches.flatMap((t) => t.sources), ...REGIO_DEALS.totalSources]),
  AgglomeratieprogrammasChart: unique(AGGLOMERATIEPROGRAMMAS.flatMap((g) => g.sources)),
  CofinancieringChart: unique([...COFINANCIERING.flatMap((s) => s.sources), 'bb-cofinanciering']),
  RegiovormingTimeline: unique(REGIOVORMING.flatMap((e) => e.sources)),
  VervoerregioMap: ['statbel', 'pinc', 'hln-2019-vlaamse-ardennen', 'vl-vervoerregios', 'solva-2018'],
  MeetjeslandMap: ['meetjesland-afbakeningen', 'statbel', 'pinc'],
  ReferentieregioMap: ['pinc', 'vl-referentieregios', 'statbel'],
  OverDeGrensMap: unique([...GRENS_DEALS.flatMap((d) => d.bronnen), ...GRENS_VERVOERREGIO.bronnen, ...GRENS_AGGLOMERATIE.bronnen, ...GRENS_GRENZEN]),
  // The four guises of the Meetjesland (src/maps/guise/figures.ts): the delineation's own source, then the boundaries.
  'GuiseMap:homogeen': ['comeet', 'statbel'],
  'GuiseMap:functioneel': ['pinc', 'oost-vlaanderen-woonstudie', 'statbel'],
  'GuiseMap:bestuurlijk': ['ivm-bestuur', 'statbel'],
  'GuiseMap:sociaal': ['homeentrends', 'statbel'],
};

/** The source ids of one figure component; throws naming the component when it has none registered. */
export function figureSources(component: string, where: string): readonly SourceId[] {
  const ids = FIGURE_SOURCES[component];
  if (!ids) throw new Error(`${where}: geen bronnen geregistreerd voor de figuur <${component}> (src/facts/figure-sources.ts).`);
  return ids;
}
