/** Validates a vervoerregio TopoJSON from data/ and derives what the map shows: regions, colours, members, slugs. */
import { z } from 'astro/zod';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import { compareNames } from './geo/dutch-sort.ts';
import { slugify } from './map-state.ts';
import { assignRegionColours } from './region-colours.ts';

const nis = z.string().regex(/^\d{5}$/);
const gemeenteProps = z.object({ nis, naam: z.string().min(1), vr: z.string().min(1) });
const regionProps = z.object({
  code: z.string().min(1),
  naam: z.string().min(1),
  aantal: z.number().int().positive(),
  buren: z.array(z.string()),
  alias: z.string().optional(),
});
const objectOf = (props: z.ZodType) =>
  z.object({ type: z.literal('GeometryCollection'), geometries: z.array(z.object({ type: z.string(), properties: props }).loose()) });
const regionTopologySchema = z
  .object({
    type: z.literal('Topology'),
    objects: z.object({
      gemeenten: objectOf(gemeenteProps),
      vervoerregios: objectOf(regionProps),
      provincies: objectOf(z.object({ nis, naam: z.string() })),
      vlaanderen: objectOf(z.object({ naam: z.string() })),
      brussel: objectOf(z.object({ naam: z.string() })),
    }),
  })
  .loose();

export type GemeenteProps = z.infer<typeof gemeenteProps>;
export type RegionProps = z.infer<typeof regionProps>;

export interface RegionView {
  code: string;
  naam: string;
  slug: string;
  alias?: string | undefined;
  colour: string;
  members: { nis: string; naam: string }[];
  feature: Feature<Geometry, RegionProps>;
}

export interface RegionMapModel {
  topology: Topology;
  regions: RegionView[];
  gemeenten: FeatureCollection<Geometry, GemeenteProps>;
  outline: FeatureCollection;
  brussel: FeatureCollection;
}

/** Parses the JSON of `file`; throws a message naming the file and the first problem when it is not a vervoerregio topology. */
export function parseRegionTopology(json: unknown, file: string): Topology {
  const result = regionTopologySchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: geen geldige vervoerregio-topologie (${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'onbekend'}).`);
  }
  return json as Topology;
}

function collection<P extends GeoJsonProperties>(topology: Topology, name: string): FeatureCollection<Geometry, P> {
  const object = topology.objects[name] as GeometryCollection<P>;
  return feature(topology, object) as unknown as FeatureCollection<Geometry, P>;
}

/** Regions sorted by name with their colour, slug and alphabetical member list, plus the context layers. */
export function regionMapModel(topology: Topology): RegionMapModel {
  const gemeenten = collection<GemeenteProps>(topology, 'gemeenten');
  const regionFeatures = collection<RegionProps>(topology, 'vervoerregios').features;
  const colours = assignRegionColours(regionFeatures.map((f) => ({ code: f.properties.code, buren: f.properties.buren })));
  const regions = regionFeatures
    .map((f) => ({
      code: f.properties.code,
      naam: f.properties.naam,
      slug: slugify(f.properties.naam),
      alias: f.properties.alias,
      colour: colours(f.properties.code),
      members: gemeenten.features
        .filter((g) => g.properties.vr === f.properties.code)
        .map((g) => ({ nis: g.properties.nis, naam: g.properties.naam }))
        .sort((a, b) => compareNames(a.naam, b.naam)),
      feature: f,
    }))
    .sort((a, b) => compareNames(a.naam, b.naam));
  for (const region of regions) {
    if (region.members.length !== region.feature.properties.aantal) {
      throw new Error(`vervoerregio ${region.naam}: ${region.members.length} gemeenten gevonden, aantal zegt ${region.feature.properties.aantal}.`);
    }
  }
  return { topology, regions, gemeenten, outline: collection(topology, 'vlaanderen'), brussel: collection(topology, 'brussel') };
}
