/**
 * Build-time model of the comparison figure: the referentieregio's as merges of the one municipality topology, the
 * vervoerregio borders over them, the municipalities where the two cuts disagree, the pairs and the tables; the island
 * for the browser. Both municipality sets come from the same data (src/maps/shared/gemeenten.ts).
 */
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import type { GemeenteModel } from '../../lib/gemeente-model.ts';
import { division, SETS, type GemeentenData, type MunicipalitySet } from '../shared/gemeenten.ts';
import { labelLines, separateLabels, type MapLabel } from '../shared/labels.ts';
import { createSvgProjection, type SvgProjection } from '../shared/projection.ts';
import { assignRegionColours } from '../shared/region-colours.ts';
import { simplifyForDrawing } from '../shared/simplify.ts';
import { borders, groupNeighbours, groupOf, mergeGroups } from '../shared/topology.ts';
import { borderOf, isVerschil, type CompareSet, type ReferentieregioIsland } from './view.ts';

export interface RrShape {
  code: string;
  naam: string;
  colour: string;
  count: number;
  outline: MultiPolygon;
}

export interface SetDrawing {
  /** Vervoerregio borders of this set. */
  vervoerregioGrenzen: MultiLineString;
  /** The municipalities where the cuts disagree, one outline each. */
  verschillen: Array<{ nis: string; naam: string; outline: MultiPolygon }>;
}

export interface PairRow {
  vrNaam: string;
  rrNaam: string;
  vrCount: number;
  rrCount: number;
  gedeeld: number;
}

export interface ReferentieregioModel {
  island: ReferentieregioIsland;
  projection: SvgProjection;
  fontSize: number;
  labels: MapLabel[];
  shapes: RrShape[];
  referentieregioGrenzen: MultiLineString;
  drawings: Record<MunicipalitySet, SetDrawing>;
  pairRows: PairRow[];
}

/** Everything the figure shows; `pages` supplies the pairs and disagreements (data/gemeenten-regios.json), `topoUrl` the asset. */
export function referentieregioModel(data: GemeentenData, pages: GemeenteModel, topoUrl: string): ReferentieregioModel {
  const topology: Topology = simplifyForDrawing(data.topology, 800, 3.4);
  const sets = {} as Record<MunicipalitySet, CompareSet>;
  for (const set of SETS) {
    const vr = division(data, 'vervoerregio', set);
    const rr = division(data, 'referentieregio', set);
    const names: Record<string, string> = {};
    for (const r of rr.regions) for (const m of r.members) names[m.nis] = m.naam;
    const verschillen = pages.verschillen[set].map((v) => v.nis);
    for (const nis of verschillen) if (!(nis in names)) throw new Error(`data/gemeenten.csv: gemeente ${nis} (verschil ${set}) staat niet in de referentieregio's van ${set}`);
    sets[set] = { vrOf: vr.regionOf, rrOf: rr.regionOf, unitOf: vr.unitOf, names, verschillen };
  }
  const rr2025 = division(data, 'referentieregio', '2025');
  const outlines = mergeGroups(topology, 'gemeenten', groupOf(sets['2025'].rrOf));
  const neighbours = groupNeighbours(topology, 'gemeenten', groupOf(sets['2025'].rrOf));
  const colourOf = assignRegionColours(rr2025.regions.map((r) => ({ code: r.code, buren: neighbours.get(r.code) ?? [] })));
  const shapes = rr2025.regions.map((r) => ({ code: r.code, naam: r.naam, colour: colourOf(r.code), count: r.members.length, outline: outlines.get(r.code) as MultiPolygon }));
  const extent: FeatureCollection = { type: 'FeatureCollection', features: shapes.map((s) => ({ type: 'Feature', properties: {}, geometry: s.outline })) };
  const projection = createSvgProjection(extent, 800, 6);
  const fontSize = 10.5;
  const labels = separateLabels(
    shapes.map((s) => {
      const [x, y] = projection.labelPoint(s.outline);
      return { key: s.code, lines: labelLines(s.naam), x, y };
    }),
    fontSize,
  );
  const labelAt = new Map(labels.map((l) => [l.key, projection.invert([l.x, l.y])]));
  const drawing = (set: MunicipalitySet): SetDrawing => {
    const entry = sets[set];
    const units = mergeGroups(topology, 'gemeenten', (nis) => (isVerschil(entry, nis) ? (entry.unitOf[nis] ?? nis) : undefined));
    return {
      vervoerregioGrenzen: borders(topology, 'gemeenten', borderOf(entry.vrOf)),
      verschillen: [...units].map(([nis, outline]) => ({ nis, naam: entry.names[nis] ?? nis, outline })),
    };
  };
  const colourByRr = new Map(shapes.map((s) => [s.code, s.colour]));
  const countOf = (of: Record<string, string>, unitOf: Record<string, string>, code: string): number => new Set(Object.keys(of).filter((nis) => of[nis] === code).map((nis) => unitOf[nis] ?? nis)).size;
  const e2025 = sets['2025'];
  return {
    island: {
      topo: topoUrl,
      param: 'paar',
      setParam: 'vergelijking',
      defaultSet: '2025',
      pairs: pages.paren['2025'].map((p) => ({
        vr: p.vervoerregio.code,
        vrNaam: p.vervoerregio.naam,
        slug: division(data, 'vervoerregio', '2025').regions.find((r) => r.code === p.vervoerregio.code)?.slug ?? p.vervoerregio.code,
        rr: p.referentieregio.code,
        rrNaam: p.referentieregio.naam,
        colour: colourByRr.get(p.referentieregio.code) ?? '#999999',
        at: labelAt.get(p.referentieregio.code) ?? [0, 0],
        lines: labelLines(p.referentieregio.naam),
      })).sort((a, b) => a.vrNaam.localeCompare(b.vrNaam, 'nl')),
      sets,
    },
    projection,
    fontSize,
    labels,
    shapes,
    referentieregioGrenzen: borders(topology, 'gemeenten', borderOf(e2025.rrOf)),
    drawings: { '2019': drawing('2019'), '2025': drawing('2025') },
    pairRows: pages.paren['2025']
      .map((p) => {
        const shared = new Set(Object.keys(e2025.vrOf).filter((nis) => e2025.vrOf[nis] === p.vervoerregio.code && e2025.rrOf[nis] === p.referentieregio.code).map((nis) => e2025.unitOf[nis] ?? nis)).size;
        return { vrNaam: p.vervoerregio.naam, rrNaam: p.referentieregio.naam, vrCount: countOf(e2025.vrOf, e2025.unitOf, p.vervoerregio.code), rrCount: countOf(e2025.rrOf, e2025.unitOf, p.referentieregio.code), gedeeld: shared };
      })
      .sort((a, b) => a.vrNaam.localeCompare(b.vrNaam, 'nl')),
  };
}
