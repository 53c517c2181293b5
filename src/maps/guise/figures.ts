/**
 * The four small "guise" figures of the Meetjesland (landscape & dialect, housing market, (semi-/para-)administrative,
 * socially constructed): for one delineation, a tiny build-time SVG of Regio Gent's municipalities with that delineation's
 * members filled. The one place that reads the geometry for them (data/meetjesland.topo.json and
 * data/meetjesland-delineaties.json), so it can be re-pointed when the map data moves.
 */
import { geoMercator, geoPath, type GeoContext, type GeoPermissibleObjects } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import { compareNames } from '../../lib/geo/dutch-sort.ts';
import { readJsonFile } from '../../lib/parse.ts';
import { GEMEENTEN_FILES, loadGemeenten } from '../flanders/gemeenten.ts';
import type { GeometryCollection, Polygon, MultiPolygon, Topology } from 'topojson-specification';

export interface GuiseFiles {
  topology: string;
  delineations: string;
}

const GUISE_FILES: Readonly<GuiseFiles> = {
  topology: 'data/meetjesland.topo.json',
  delineations: 'data/meetjesland-delineaties.json',
};

/** The four guises of the lecture's "Soorten regio's" slide, each with the delineation that stands for it. */
export const GUISES = {
  homogeen: { layer: 'H4' },
  functioneel: { layer: 'A12' },
  bestuurlijk: { layer: 'A3' },
  sociaal: { layer: 'S1' },
} as const;
export type Guise = keyof typeof GUISES;

/** The frame every guise is drawn in: the municipalities of this delineation (Regio Gent, which holds all the others). */
const CONTEXT_LAYER = 'A12';

interface Municipality {
  nis: string;
  naam: string;
}
export interface Delineation {
  id: string;
  naam: string;
  leden: string[];
}
type Gemeenten = GeometryCollection<Municipality>;
type MeetjeslandTopology = Topology<{ gemeenten: Gemeenten }>;

export interface GuiseFigureModel {
  guise: Guise;
  layer: Delineation;
  width: number;
  height: number;
  /** SVG path data: the context area, the members (merged), and the borders between the context's municipalities. */
  contextPath: string;
  membersPath: string;
  bordersPath: string;
  /** Two orientation labels (Eeklo, Gent) at their municipality's centre. */
  labels: { naam: string; x: number; y: number }[];
  /** Names of the members, Dutch alphabetical order. */
  memberNames: string[];
  /** Number of municipalities in the frame (Regio Gent). */
  contextSize: number;
}

/** The NIS code of a municipality geometry ('' when missing). */
const nisOf = (g: { properties?: object | null | undefined }): string => (g.properties as Partial<Municipality> | null | undefined)?.nis ?? '';

function fail(file: string, problem: string): never {
  throw new Error(`${file}: ${problem}`);
}

/** The municipality names of the one regions model (the topology carries only NIS codes as feature ids). */
const gemeenteNames = (): ReadonlyMap<string, string> => new Map(loadGemeenten().gemeenten.map((g) => [g.nis, g.naam]));

/** Reads and checks the data files (throws naming the file and the problem); `names` come from data/gemeenten.csv. */
export function readGuiseData(
  files: GuiseFiles = GUISE_FILES,
  names: ReadonlyMap<string, string> = gemeenteNames(),
): { topology: MeetjeslandTopology; delineations: Delineation[] } {
  const topology = readJsonFile(files.topology) as MeetjeslandTopology;
  const gemeenten = topology.objects?.gemeenten;
  if (topology.type !== 'Topology' || gemeenten?.type !== 'GeometryCollection') fail(files.topology, 'geen TopoJSON met een object "gemeenten"');
  for (const g of gemeenten.geometries) {
    const nis = String(g.id ?? '');
    if (!/^\d{5}$/.test(nis)) fail(files.topology, 'een gemeente zonder NIS-code van vijf cijfers');
    g.properties = { nis, naam: names.get(nis) ?? fail(GEMEENTEN_FILES.gemeenten, `geen naam voor gemeente ${nis}`) };
  }
  const data = readJsonFile(files.delineations) as { delineaties?: Delineation[] };
  if (!Array.isArray(data.delineaties)) fail(files.delineations, 'geen lijst "delineaties"');
  return { topology, delineations: data.delineaties };
}

/**
 * A d3-geo path context that writes compact SVG path data: whole pixels, relative moves ("l3-2"), repeated points dropped,
 * so a tiny drawing stays a few kilobytes.
 */
export function compactPath(): { context: GeoContext; result(): string } {
  let out = '';
  let x0 = 0;
  let y0 = 0;
  const num = (n: number, first: boolean): string => (n < 0 || first ? String(n) : `,${n}`);
  return {
    context: {
      moveTo(x, y) {
        const [rx, ry] = [Math.round(x), Math.round(y)];
        out += `M${rx},${ry}`;
        [x0, y0] = [rx, ry];
      },
      lineTo(x, y) {
        const [rx, ry] = [Math.round(x), Math.round(y)];
        if (rx === x0 && ry === y0) return;
        out += `l${num(rx - x0, true)}${num(ry - y0, false)}`;
        [x0, y0] = [rx, ry];
      },
      closePath() {
        out += 'z';
      },
      beginPath() {},
      arc() {},
    },
    result: () => out,
  };
}

/** The model of one guise figure, `width` units wide (height follows the area's shape). */
export function guiseFigure(topology: MeetjeslandTopology, delineations: readonly Delineation[], guise: Guise, width = 280): GuiseFigureModel {
  const byId = new Map(delineations.map((d) => [d.id, d]));
  const layer = byId.get(GUISES[guise].layer) ?? fail(GUISE_FILES.delineations, `afbakening ${GUISES[guise].layer} ontbreekt`);
  const context = byId.get(CONTEXT_LAYER) ?? fail(GUISE_FILES.delineations, `afbakening ${CONTEXT_LAYER} ontbreekt`);
  const inContext = new Set(context.leden);
  const members = new Set(layer.leden);
  const outside = layer.leden.filter((nis) => !inContext.has(nis));
  if (outside.length > 0) fail(GUISE_FILES.delineations, `${layer.id} heeft gemeenten buiten ${CONTEXT_LAYER}: ${outside.join(', ')}`);

  type Simplifiable = Parameters<typeof presimplify>[0];
  const simple = simplify(presimplify(structuredClone(topology) as Simplifiable), (1.2 * (0.7 / width)) ** 2) as unknown as MeetjeslandTopology;
  const geoms = simple.objects.gemeenten.geometries.filter((g) => inContext.has(nisOf(g))) as (Polygon<Municipality> | MultiPolygon<Municipality>)[];
  const contextShape = merge(simple, geoms);
  const memberShape = merge(
    simple,
    geoms.filter((g) => members.has(nisOf(g))),
  );
  const borders = mesh(simple, { type: 'GeometryCollection', geometries: geoms }, (a, b) => a !== b);

  const projection = geoMercator().fitWidth(width - 8, contextShape);
  const [[, y0], [, y1]] = geoPath(projection).bounds(contextShape);
  const height = Math.ceil(y1 - y0) + 8;
  projection.fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    contextShape,
  );
  const path = (object: GeoPermissibleObjects): string => {
    const writer = compactPath();
    geoPath(projection, writer.context)(object);
    return writer.result();
  };
  const names = new Map(geoms.map((g) => [g.properties?.nis ?? '', g.properties?.naam ?? '']));
  const labels = ['Eeklo', 'Gent'].flatMap((naam) => {
    const g = geoms.find((x) => x.properties?.naam === naam);
    if (!g) return [];
    const [x, y] = geoPath(projection).centroid(feature(simple, g));
    return [{ naam, x: Math.round(x), y: Math.round(y) }];
  });
  return {
    guise,
    layer,
    width,
    height,
    contextPath: path(contextShape),
    membersPath: path(memberShape),
    bordersPath: path(borders),
    labels,
    memberNames: layer.leden.map((nis) => names.get(nis) ?? nis).sort(compareNames),
    contextSize: inContext.size,
  };
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The figure's inline SVG: context area, members filled, borders, two orientation labels; titled and described for screen readers. */
export function guiseSvg(model: GuiseFigureModel, id: string, title: string): string {
  const description = `Gemeenten van Regio Gent; gevuld: ${model.memberNames.length} gemeenten van ${model.layer.id} (${model.memberNames.join(', ')}).`;
  const labels = model.labels.map((l) => `<text x="${l.x}" y="${l.y}" class="guise-label">${escapeXml(l.naam)}</text>`).join('');
  return (
    `<svg class="guise-svg" viewBox="0 0 ${model.width} ${model.height}" role="img" aria-labelledby="${id}-t ${id}-d" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-t">${escapeXml(title)}</title><desc id="${id}-d">${escapeXml(description)}</desc>` +
    `<path class="guise-context" d="${model.contextPath}"/><path class="guise-members" d="${model.membersPath}"/>` +
    `<path class="guise-borders" d="${model.bordersPath}"/>${labels}</svg>`
  );
}
