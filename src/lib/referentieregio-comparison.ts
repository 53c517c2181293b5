/** The comparison figure's model: referentieregio areas over the vervoerregio borders, the pairs and where they disagree. */
import { feature, merge, mergeArcs, mesh, neighbors } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GemeenteModel, Indeling, RegionRef } from './gemeente-model.ts';
import type { GemeentenData } from './geo/gemeenten-schema.ts';
import { compareNames } from './geo/dutch-sort.ts';
import { slugify } from './map-state.ts';
import { propertyOf } from './topology-props.ts';
import { assignRegionColours } from './region-colours.ts';

export interface ComparisonRegion extends RegionRef {
  colour: string;
  feature: Feature<MultiPolygon>;
  /** Number of municipalities. */
  aantal: number;
}

export interface ComparisonPair {
  vervoerregio: RegionRef & { slug: string; aantal: number };
  referentieregio: RegionRef & { aantal: number; colour: string };
  /** Municipalities in both. */
  gedeeld: number;
  /** Identical membership. */
  gelijk: boolean;
}

export interface ComparisonSet {
  set: Indeling;
  referentieregios: ComparisonRegion[];
  /** Vervoerregio borders (between municipalities of different vervoerregio's). */
  vervoerregioGrenzen: MultiLineString;
  /** Referentieregio borders. */
  referentieregioGrenzen: MultiLineString;
  /** The municipalities where the cuts disagree, as one shape, and one feature each. */
  verschillen: Array<Feature<Geometry, { nis: string; naam: string }>>;
  outline: FeatureCollection;
  pairs: ComparisonPair[];
}

type Geom = GeometryCollection['geometries'][number];

/** Builds one division's comparison from its vervoerregio topology (data/vervoerregios-<set>.topo.json) and data/gemeenten.json. */
export function comparisonSet(topology: Topology, data: GemeentenData, model: GemeenteModel, set: Indeling): ComparisonSet {
  const list = set === '2025' ? data.gemeenten2025 : data.gemeenten2019;
  const rrOf = new Map(list.map((g) => [g.nis, g.rr]));
  const gemeenten = topology.objects['gemeenten'] as GeometryCollection;
  const rrOfGeom = (g: Geom): string => {
    const nis = propertyOf(g, 'nis') ?? '';
    const rr = rrOf.get(nis);
    if (rr === undefined) throw new Error(`vergelijking ${set}: NIS ${nis} heeft geen referentieregio in data/gemeenten.json`);
    return rr;
  };
  const codes = data.referentieregios.map((r) => r.code);
  const membersOf = (code: string): Geom[] => gemeenten.geometries.filter((g) => rrOfGeom(g) === code);
  const merged = codes.map((code) => mergeArcs(topology, membersOf(code) as Parameters<typeof mergeArcs>[1]));
  const adjacency = neighbors(merged);
  const colours = assignRegionColours(codes.map((code, i) => ({ code, buren: (adjacency[i] ?? []).map((j) => codes[j] ?? '') })));
  const referentieregios = data.referentieregios
    .map((r) => ({
      code: r.code,
      naam: r.naam,
      colour: colours(r.code),
      aantal: membersOf(r.code).length,
      feature: { type: 'Feature' as const, properties: null, geometry: merge(topology, membersOf(r.code) as Parameters<typeof merge>[1]) },
    }))
    .sort((a, b) => compareNames(a.naam, b.naam));
  const vr = (g: Geom): string => propertyOf(g, 'vr') ?? '';
  const verschilSet = new Set(model.verschillen[set].map((v) => v.nis));
  const verschillen = gemeenten.geometries
    .filter((g) => verschilSet.has(propertyOf(g, 'nis') ?? ''))
    .map((g) => feature(topology, g) as Feature<Geometry, { nis: string; naam: string }>)
    .sort((a, b) => compareNames(a.properties.naam, b.properties.naam));
  if (verschillen.length !== verschilSet.size) throw new Error(`vergelijking ${set}: ${verschilSet.size} verschillen maar ${verschillen.length} in de topologie`);
  const countVr = new Map<string, number>();
  for (const g of list) countVr.set(g.vr, (countVr.get(g.vr) ?? 0) + 1);
  const pairs = model.paren[set]
    .map((p) => {
      const shared = list.filter((g) => g.vr === p.vervoerregio.code && g.rr === p.referentieregio.code).length;
      const rr = referentieregios.find((r) => r.code === p.referentieregio.code);
      const nVr = countVr.get(p.vervoerregio.code) ?? 0;
      const nRr = rr?.aantal ?? 0;
      return {
        vervoerregio: { ...p.vervoerregio, slug: slugify(p.vervoerregio.naam), aantal: nVr },
        referentieregio: { ...p.referentieregio, aantal: nRr, colour: rr?.colour ?? '#cccccc' },
        gedeeld: shared,
        gelijk: shared === nVr && shared === nRr,
      };
    })
    .sort((a, b) => compareNames(a.vervoerregio.naam, b.vervoerregio.naam));
  return {
    set,
    referentieregios,
    vervoerregioGrenzen: mesh(topology, gemeenten, (a, b) => a !== b && vr(a) !== vr(b)),
    referentieregioGrenzen: mesh(topology, gemeenten, (a, b) => a !== b && rrOfGeom(a) !== rrOfGeom(b)),
    verschillen,
    outline: feature(topology, topology.objects['vlaanderen'] as GeometryCollection) as FeatureCollection,
    pairs,
  };
}
