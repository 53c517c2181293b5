/**
 * Build-time model of the vervoerregio map, derived from the one municipality topology and its membership table: the
 * JSON island for the browser, and the outlines, borders, labels and table rows of the no-JS view, all from the same data.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import { joinDutch } from '../../lib/format.ts';
import { compareNames } from '../../lib/geo/dutch-sort.ts';
import { division, DIVISION_YEARS, type Division, type GemeentenData, GEMEENTEN_FILES } from '../flanders/gemeenten.ts';
import { labelLines, separateLabels, type MapLabel } from '../shared/labels.ts';
import { createSvgProjection, mapView, type SvgProjection } from '../shared/projection.ts';
import { assignRegionColours } from '../shared/region-colours.ts';
import { simplifyForDrawing } from '../shared/simplify.ts';
import { borders, groupNeighbours, groupOf, mergeGroups } from '../shared/topology.ts';
import { innerBorder, type IslandYear, type YearEntry, type VervoerregioIsland } from './view.ts';

export const INDELING = 'vervoerregio';

export interface RegionShape {
  code: string;
  naam: string;
  colour: string;
  count: number;
  outline: MultiPolygon;
  /** The 2025 outline, only when it differs from the 2019–2024 one. */
  outline2025?: MultiPolygon | undefined;
}

export interface RegionRow {
  code: string;
  slug: string;
  naam: string;
  alias?: string | undefined;
  count2019: number;
  count2025: number;
  members: string;
  /** The 2025 mergers that touch the region, e.g. "Lochristi en Wachtebeke → Lochristi". */
  changes: string[];
}

export interface VervoerregioModel {
  island: VervoerregioIsland;
  projection: SvgProjection;
  fontSize: number;
  labels: MapLabel[];
  shapes: RegionShape[];
  brussel: FeatureCollection;
  /** Municipality borders inside the regions: in both sets, only in 2019–2024, only in 2025. */
  inner: { both: MultiLineString; only2019: MultiLineString; only2025: MultiLineString };
  rows: RegionRow[];
}

function yearEntry(d: Division): YearEntry {
  return { regionOf: d.regionOf, unitOf: d.unitOf, members: Object.fromEntries(d.regions.map((r) => [r.code, r.members.map((m) => m.naam)])) };
}

/** The mergers of 2025 inside or out of each region of the 2019–2024 year. */
function changesByRegion(data: GemeentenData, d2019: Division, d2025: Division): Map<string, string[]> {
  const naam = new Map(d2025.regions.map((r) => [r.code, r.naam]));
  const units = new Map<string, { naam: string; parts: string[] }>();
  for (const g of data.gemeenten) units.set(g.nis2025, { naam: g.naam2025, parts: [...(units.get(g.nis2025)?.parts ?? []), g.naam] });
  const out = new Map<string, string[]>();
  for (const g of data.gemeenten) {
    const region = d2019.regionOf[g.nis] ?? '';
    const unit = units.get(g.nis2025);
    const now = d2025.regionOf[g.nis] ?? '';
    if (!unit || (unit.parts.length === 1 && now === region)) continue;
    const parts = [...unit.parts].sort(compareNames);
    const text = `${joinDutch(parts)} → ${unit.naam}${now !== region ? ` (vervoerregio ${naam.get(now) ?? now})` : ''}`;
    const list = out.get(region) ?? [];
    if (!list.includes(text)) list.push(text);
    out.set(region, list);
  }
  return out;
}

/** Four decimals: 11 m, far below a pixel at the live map's largest zoom (192 m). */
const roundLngLat = ([lng, lat]: [number, number]): [number, number] => [Math.round(lng * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];

/** Everything the figure shows, from data/gemeenten.*. */
export function vervoerregioModel(data: GemeentenData): VervoerregioModel {
  const [d2019, d2025] = DIVISION_YEARS.map((year) => division(data, INDELING, year)) as [Division, Division];
  /** The static SVG is 800 units wide over Flanders' ≈3.4° of longitude; triangles under 4 × 4 units (a 2-unit bump on a 16-unit base, 0.4 mm on A4) go, for bytes: the page must stay under 100 kB. */
  const topology: Topology = simplifyForDrawing(data.topology, 800, 3.4, 4);
  const outlines2019 = mergeGroups(topology, 'gemeenten', groupOf(d2019.regionOf));
  const outlines2025 = mergeGroups(topology, 'gemeenten', groupOf(d2025.regionOf));
  const neighbours = groupNeighbours(topology, 'gemeenten', groupOf(d2019.regionOf));
  const colourOf = assignRegionColours(d2019.regions.map((r) => ({ code: r.code, buren: neighbours.get(r.code) ?? [] })));
  const brussel = feature(topology, topology.objects['brussel'] as GeometryCollection) as FeatureCollection;
  const outline: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...outlines2019.values()].map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
  };
  const projection = createSvgProjection(outline, 800, 6);
  const fontSize = 11;
  const labels = separateLabels(
    d2019.regions.map((r) => {
      const [x, y] = projection.labelPoint(outlines2019.get(r.code) as MultiPolygon);
      return { key: r.code, lines: labelLines(r.naam), x, y };
    }),
    fontSize,
  );
  const labelAt = new Map(labels.map((l) => [l.key, projection.invert([l.x, l.y])]));
  const count2025 = new Map(d2025.regions.map((r) => [r.code, r.members.length]));
  const changes = changesByRegion(data, d2019, d2025);
  const full = { '2019': yearEntry(d2019), '2025': yearEntry(d2025) };
  const inner2019 = innerBorder(full['2019']);
  const inner2025 = innerBorder(full['2025']);
  const sets: Record<string, IslandYear> = { '2019': { members: full['2019'].members }, '2025': { members: full['2025'].members } };
  const island: VervoerregioIsland = {
    view: mapView(projection, data.topology, GEMEENTEN_FILES.topology),
    param: 'vervoerregio',
    setParam: 'indeling',
    defaultSet: '2019',
    regions: d2019.regions.map((r) => ({
      code: r.code,
      naam: r.naam,
      slug: r.slug,
      alias: r.alias,
      colour: colourOf(r.code),
      at: roundLngLat(labelAt.get(r.code) ?? [0, 0]),
    })),
    sets,
  };
  return {
    island,
    projection,
    fontSize,
    labels,
    brussel,
    shapes: d2019.regions.map((r) => {
      const before = outlines2019.get(r.code) as MultiPolygon;
      const after = outlines2025.get(r.code);
      const moved = Object.keys(d2019.regionOf).some((nis) => (d2019.regionOf[nis] === r.code) !== (d2025.regionOf[nis] === r.code));
      return { code: r.code, naam: r.naam, colour: colourOf(r.code), count: r.members.length, outline: before, outline2025: moved ? after : undefined };
    }),
    inner: {
      both: borders(topology, 'gemeenten', (a, b) => inner2019(a, b) && inner2025(a, b)),
      only2019: borders(topology, 'gemeenten', (a, b) => inner2019(a, b) && !inner2025(a, b)),
      only2025: borders(topology, 'gemeenten', (a, b) => inner2025(a, b) && !inner2019(a, b)),
    },
    rows: d2019.regions.map((r) => ({
      code: r.code,
      slug: r.slug,
      naam: r.naam,
      alias: r.alias,
      count2019: r.members.length,
      count2025: count2025.get(r.code) ?? 0,
      members: r.members.map((m) => m.naam).join(', '),
      changes: changes.get(r.code) ?? [],
    })),
  };
}
