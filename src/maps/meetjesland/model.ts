/**
 * Build-time model of the Meetjesland map: validates data/meetjesland.topo.json and data/meetjesland-delineaties.json,
 * checks that every member is a municipality of the map, gives the municipalities with their overlap count over all
 * delineations (the static SVG's view), and the JSON island for the browser. Uses zod: for the build only.
 */
import { topologyZoom } from '../shared/zoom.ts';
import { z } from 'astro/zod';
import { geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { meetjeslandDelineatiesSchema, type Delineatie } from '../../lib/geo/meetjesland-schema.ts';
import { compareNames } from '../../lib/geo/dutch-sort.ts';
import { numericDutchDate } from '../../lib/format.ts';
import { DATA_DATE, MAP_ATTRIBUTION } from '../flanders/attribution.ts';
import { slugify } from '../shared/url-state.ts';
import { conversionTag, isUncertain, overlapCounts, ZEKERHEID_LABELS } from './overlap.ts';
import type { MeetjeslandIsland } from './view.ts';
import type { MapView } from '../shared/island.ts';

const nis = z.string().regex(/^\d{5}$/);
const objectOf = z.object({ type: z.literal('GeometryCollection'), geometries: z.array(z.object({ type: z.string(), id: nis }).loose()).min(1) });
const topologySchema = z.object({ type: z.literal('Topology'), objects: z.object({ gemeenten: objectOf, provincie: objectOf }) }).loose();

export interface GemeenteView {
  nis: string;
  naam: string;
  slug: string;
  /** Number of delineations (of all of them) that include the municipality. */
  count: number;
  feature: Feature<Geometry>;
}

export interface MeetjeslandModel {
  topology: Topology;
  delineaties: Delineatie[];
  /** The municipalities, sorted by name. */
  gemeenten: GemeenteView[];
  provincie: FeatureCollection;
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'onbekend'}`;
}

/** Parses the JSON of `file` as the Meetjesland topology (geometries by NIS id); the error names the file and the first problem. */
export function parseMeetjeslandTopology(json: unknown, file: string): Topology {
  const result = topologySchema.safeParse(json);
  if (!result.success) throw new Error(`${file}: geen geldige Meetjesland-topologie (${firstIssue(result.error)}).`);
  topologyZoom(json, file);
  return json as Topology;
}

/** Parses the JSON of `file` as the delineations (zod schema of src/lib/geo/meetjesland-schema.ts). */
export function parseDelineaties(json: unknown, file: string): Delineatie[] {
  const result = meetjeslandDelineatiesSchema.safeParse(json);
  if (!result.success) throw new Error(`${file}: geen geldige Meetjesland-afbakeningen (${firstIssue(result.error)}).`);
  return result.data.delineaties;
}

function collection(topology: Topology, name: string): FeatureCollection {
  return feature(topology, topology.objects[name] as GeometryCollection);
}

/**
 * Joins topology, delineations and the municipality names (data/gemeenten.csv); throws when a member is not a
 * municipality of the map, a municipality has no name, or two names share a slug.
 */
export function meetjeslandModel(topology: Topology, delineaties: Delineatie[], names: ReadonlyMap<string, string>): MeetjeslandModel {
  const features = collection(topology, 'gemeenten').features;
  const known = new Set(features.map((f) => String(f.id)));
  for (const d of delineaties) {
    const unknown = d.leden.filter((n) => !known.has(n));
    if (unknown.length > 0) throw new Error(`afbakening ${d.id}: ${unknown.join(', ')} staat niet op de kaart.`);
  }
  const counts = overlapCounts(
    delineaties,
    delineaties.map((d) => d.id),
    [...known],
  );
  const gemeenten = features
    .map((f) => {
      const code = String(f.id);
      const naam = names.get(code);
      if (naam === undefined) throw new Error(`gemeente ${code} van de Meetjeslandkaart heeft geen naam in data/gemeenten.csv.`);
      return { nis: code, naam, slug: slugify(naam), count: counts.get(code) ?? 0, feature: f };
    })
    .sort((a, b) => compareNames(a.naam, b.naam));
  const slugs = new Set(gemeenten.map((g) => g.slug));
  if (slugs.size !== gemeenten.length) throw new Error('twee gemeenten hebben dezelfde slug.');
  return { topology, delineaties, gemeenten, provincie: collection(topology, 'provincie') };
}

/** The model for the browser (`view`: where the drawing lies, shared/projection.ts `mapView`): the frame (the union of all delineations), municipalities with their label positions, delineations with their tags and notes. */
export function meetjeslandIsland(model: MeetjeslandModel, labelAt: ReadonlyMap<string, [number, number]>, view: MapView): MeetjeslandIsland {
  const inAny = new Set(model.delineaties.flatMap((d) => d.leden));
  const [[west, south], [east, north]] = geoBounds({
    type: 'FeatureCollection',
    features: model.gemeenten.filter((g) => inAny.has(g.nis)).map((g) => g.feature),
  });
  const round = (n: number): number => Math.round(n * 1e4) / 1e4;
  return {
    view,
    frame: [round(west), round(south), round(east), round(north)],
    gemeenten: model.gemeenten.map((g) => ({ nis: g.nis, naam: g.naam, slug: g.slug, at: labelAt.get(g.nis) })),
    layers: model.delineaties.map((d) => ({
      id: d.id,
      naam: d.naam,
      soort: d.soort,
      leden: d.leden,
      omschrijving: d.omschrijving,
      tags: layerTags(d),
      conversion: conversionTag(d.omgezet, d.omzettingNoot),
      noot: d.omgezet ? d.omzettingNoot : undefined,
    })),
  };
}

/** The visible tags of a delineation: its conversion and, below "hoog", its confidence. */
export function layerTags(d: Delineatie): string[] {
  return [conversionTag(d.omgezet, d.omzettingNoot), isUncertain(d.zekerheid) ? `zekerheid: ${ZEKERHEID_LABELS[d.zekerheid]}` : undefined].filter(
    (t): t is string => t !== undefined,
  );
}

/** The boundary part of the shared attribution line (the vervoerregio part does not apply to this map). */
export const BOUNDARY_ATTRIBUTION = MAP_ATTRIBUTION.slice(0, MAP_ATTRIBUTION.indexOf(';') > 0 ? MAP_ATTRIBUTION.indexOf(';') : undefined);

/** Source line of the Meetjesland figure: the delineations, the boundaries (Statbel licence: producer and date). */
export const MEETJESLAND_SOURCE =
  `Afbakeningen: zie de tabel (bron en datum per afbakening); ` +
  `${BOUNDARY_ATTRIBUTION.charAt(0).toLowerCase()}${BOUNDARY_ATTRIBUTION.slice(1)}, gemeente-indeling 2019–2024. ` +
  `Toestand: statistische sectoren Statbel ${numericDutchDate(DATA_DATE.statbelSectoren)}; Provincies in Cijfers, gebiedsniveaus ` +
  `(snapshot ${numericDutchDate(DATA_DATE.pincSnapshot)}).`;
