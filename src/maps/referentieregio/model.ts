/**
 * Build-time model of the comparison figure: the referentieregio's as merges of the one municipality topology, the
 * vervoerregio borders over them, the municipalities where the two cuts disagree, the pairs and the tables; the island
 * for the browser. Both division years come from the same data (src/maps/flanders/gemeenten.ts).
 */
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import type { GemeenteModel } from '../../gemeenten/model.ts';
import { division, DIVISION_YEARS, type GemeentenData, type DivisionYear, GEMEENTEN_FILES } from '../flanders/gemeenten.ts';
import { labelLines, separateLabels, type MapLabel } from '../shared/labels.ts';
import { createSvgProjection, mapView, type SvgProjection } from '../shared/projection.ts';
import { assignRegionColours } from '../shared/region-colours.ts';
import { simplifyForDrawing } from '../shared/simplify.ts';
import { borders, groupNeighbours, groupOf, mergeGroups } from '../shared/topology.ts';
import { borderOf, summarisePairs, type CompareYear, type ReferentieregioIsland } from './view.ts';

export interface RrShape {
  code: string;
  naam: string;
  colour: string;
  count: number;
  outline: MultiPolygon;
}

export interface YearDrawing {
  /** Vervoerregio borders of this year only (those of both sets are in `vervoerregioGrenzen` of the model). */
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
  /** Vervoerregio borders that both sets share. */
  vervoerregioGrenzen: MultiLineString;
  drawings: Record<DivisionYear, YearDrawing>;
  pairRows: PairRow[];
}

/** Everything the figure shows; `pages` supplies the pairs and disagreements (derived from the same `data`). */
export function referentieregioModel(data: GemeentenData, pages: GemeenteModel): ReferentieregioModel {
  // As the vervoerregio map: triangles under 4 × 4 units of the 800-unit drawing go (0.4 mm on A4), for bytes.
  const topology: Topology = simplifyForDrawing(data.topology, 800, 3.4, 4);
  // Full membership per year (for drawing here), and the island's slimmer form (2019–2024 only where it differs from 2025).
  const full = {} as Record<
    DivisionYear,
    {
      vrOf: Record<string, string>;
      rrOf: Record<string, string>;
      verschil: Record<string, string>;
      names: Record<string, string>;
      unitOf: Record<string, string>;
    }
  >;
  for (const year of DIVISION_YEARS) {
    const vr = division(data, 'vervoerregio', year);
    const rr = division(data, 'referentieregio', year);
    const names: Record<string, string> = {};
    for (const r of rr.regions) for (const m of r.members) names[m.nis] = m.naam;
    const units = new Set(pages.verschillen[year].map((v) => v.nis));
    const verschil = Object.fromEntries(
      Object.keys(vr.regionOf)
        .filter((nis) => units.has(vr.unitOf[nis] ?? nis))
        .map((nis) => [nis, vr.unitOf[nis] ?? nis]),
    );
    full[year] = { vrOf: vr.regionOf, rrOf: rr.regionOf, verschil, names, unitOf: vr.unitOf };
  }
  const rr2025 = division(data, 'referentieregio', '2025');
  const outlines = mergeGroups(topology, 'gemeenten', groupOf(full['2025'].rrOf));
  const neighbours = groupNeighbours(topology, 'gemeenten', groupOf(full['2025'].rrOf));
  const colourOf = assignRegionColours(rr2025.regions.map((r) => ({ code: r.code, buren: neighbours.get(r.code) ?? [] })));
  const shapes = rr2025.regions.map((r) => ({
    code: r.code,
    naam: r.naam,
    colour: colourOf(r.code),
    count: r.members.length,
    outline: outlines.get(r.code) as MultiPolygon,
  }));
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
  const drawing = (year: DivisionYear): YearDrawing => {
    const entry = full[year];
    const units = mergeGroups(topology, 'gemeenten', (nis) => entry.verschil[nis]);
    const other = full[year === '2025' ? '2019' : '2025'];
    const own = borderOf(entry.vrOf);
    const theirs = borderOf(other.vrOf);
    return {
      vervoerregioGrenzen: borders(topology, 'gemeenten', (a, b) => own(a, b) && !theirs(a, b)),
      verschillen: [...units].map(([nis, outline]) => ({ nis, naam: entry.names[nis] ?? nis, outline })),
    };
  };
  const colourByRr = new Map(shapes.map((s) => [s.code, s.colour]));
  const countOf = (of: Record<string, string>, unitOf: Record<string, string>, code: string): number =>
    new Set(
      Object.keys(of)
        .filter((nis) => of[nis] === code)
        .map((nis) => unitOf[nis] ?? nis),
    ).size;
  const e2025 = full['2025'];
  const pairList = pages.paren['2025'].map((p) => ({ vr: p.vervoerregio.code, rr: p.referentieregio.code }));
  // The selected pair's vervoerregio outline, in the drawing's own units (the live map adds it to its copy of the SVG).
  const vrPaths = (of: Record<string, string>): Map<string, string> =>
    new Map([...mergeGroups(topology, 'gemeenten', groupOf(of))].map(([code, outline]) => [code, projection.path(outline)]));
  const vr2025 = vrPaths(e2025.vrOf);
  const compareYear = (year: DivisionYear): CompareYear => {
    const entry = full[year];
    const own = year === '2025' ? vr2025 : vrPaths(entry.vrOf);
    return {
      vr: Object.fromEntries([...own].filter(([code, d]) => year === '2025' || d !== vr2025.get(code))),
      info: summarisePairs(pairList, entry.vrOf, entry.rrOf, entry.unitOf, entry.names),
    };
  };
  const sets: Record<DivisionYear, CompareYear> = { '2025': compareYear('2025'), '2019': compareYear('2019') };
  return {
    island: {
      view: mapView(projection, data.topology, GEMEENTEN_FILES.topology),
      param: 'paar',
      setParam: 'vergelijking',
      defaultSet: '2025',
      pairs: pages.paren['2025']
        .map((p) => ({
          vr: p.vervoerregio.code,
          vrNaam: p.vervoerregio.naam,
          slug: division(data, 'vervoerregio', '2025').regions.find((r) => r.code === p.vervoerregio.code)?.slug ?? p.vervoerregio.code,
          rr: p.referentieregio.code,
          rrNaam: p.referentieregio.naam,
          colour: colourByRr.get(p.referentieregio.code) ?? '#999999',
          at: labelAt.get(p.referentieregio.code) ?? [0, 0],
        }))
        .sort((a, b) => a.vrNaam.localeCompare(b.vrNaam, 'nl')),
      sets,
    },
    projection,
    fontSize,
    labels,
    shapes,
    vervoerregioGrenzen: borders(topology, 'gemeenten', (a, b) => borderOf(e2025.vrOf)(a, b) && borderOf(full['2019'].vrOf)(a, b)),
    drawings: { '2019': drawing('2019'), '2025': drawing('2025') },
    pairRows: pages.paren['2025']
      .map((p) => {
        const shared = new Set(
          Object.keys(e2025.vrOf)
            .filter((nis) => e2025.vrOf[nis] === p.vervoerregio.code && e2025.rrOf[nis] === p.referentieregio.code)
            .map((nis) => e2025.unitOf[nis] ?? nis),
        ).size;
        return {
          vrNaam: p.vervoerregio.naam,
          rrNaam: p.referentieregio.naam,
          vrCount: countOf(e2025.vrOf, e2025.unitOf, p.vervoerregio.code),
          rrCount: countOf(e2025.rrOf, e2025.unitOf, p.referentieregio.code),
          gedeeld: shared,
        };
      })
      .sort((a, b) => a.vrNaam.localeCompare(b.vrNaam, 'nl')),
  };
}
