// The benchmark's yardstick: a plain Leaflet + GeoJSON page of the same 300 municipal boundaries, written to a temporary
// folder. Like the site's maps it starts when the map comes within 200 px of the viewport: it then loads Leaflet's own
// build and stylesheet and fetches the GeoJSON in parallel, draws the municipalities coloured by vervoerregio with a
// tooltip each, and sets `data-live="true"`.
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Position } from 'geojson';
import { parseCsv } from '../src/lib/geo/csv.ts';

const round = (positions: unknown): unknown =>
  Array.isArray(positions) && typeof positions[0] === 'number'
    ? (positions as Position).map((n) => Math.round(n * 1e5) / 1e5)
    : (positions as unknown[]).map(round);

/** Writes index.html, leaflet.js, leaflet.css and gemeenten.geojson; returns the folder. */
export async function writeReferencePage(colours: Readonly<Record<string, string>>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-reference-'));
  await mkdir(dir, { recursive: true });
  const topology = JSON.parse(await readFile('data/gemeenten.topo.json', 'utf8')) as Topology;
  const rows = new Map(
    parseCsv(await readFile('data/gemeenten.csv', 'utf8'), 'data/gemeenten.csv', ['nis', 'gemeente', 'vervoerregio_2019']).map((r) => [
      r.values['nis'],
      r.values,
    ]),
  );
  const collection = feature(topology, topology.objects['gemeenten'] as GeometryCollection);
  const features = collection.features.map((f) => {
    const row = rows.get(String(f.id));
    const geometry = f.geometry as { type: string; coordinates: unknown };
    return {
      type: 'Feature',
      properties: { nis: String(f.id), naam: row?.['gemeente'] ?? '', vr: row?.['vervoerregio_2019'] ?? '' },
      geometry: { type: geometry.type, coordinates: round(geometry.coordinates) },
    };
  });
  await writeFile(join(dir, 'gemeenten.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
  await copyFile('node_modules/leaflet/dist/leaflet.js', join(dir, 'leaflet.js'));
  await copyFile('node_modules/leaflet/dist/leaflet.css', join(dir, 'leaflet.css'));
  const html = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Referentie: Leaflet + GeoJSON</title>
</head>
<body><p style="height:150vh">Referentiepagina voor npm run bench.</p><div id="map" style="width:800px;height:560px"></div>
<script>
const colours = ${JSON.stringify(colours)};
const el = document.getElementById('map');
new IntersectionObserver(async (entries, observer) => {
  if (!entries.some((e) => e.isIntersecting)) return;
  observer.disconnect();
  const load = (tag, attributes) => new Promise((resolve, reject) => {
    const node = Object.assign(document.createElement(tag), attributes, { onload: resolve, onerror: reject });
    document.head.append(node);
  });
  const [data] = await Promise.all([
    fetch('gemeenten.geojson').then((response) => response.json()),
    load('script', { src: 'leaflet.js' }),
    load('link', { rel: 'stylesheet', href: 'leaflet.css' }),
  ]);
  const map = L.map(el, { scrollWheelZoom: false });
  const layer = L.geoJSON(data, {
    style: (f) => ({ color: '#ffffff', weight: 0.6, fillColor: colours[f.properties.vr] || '#999', fillOpacity: 0.8 }),
    onEachFeature: (f, l) => l.bindTooltip(f.properties.naam),
  }).addTo(map);
  map.fitBounds(layer.getBounds());
  el.dataset.live = 'true';
}, { rootMargin: '200px 0px' }).observe(el);
</script></body></html>
`;
  await writeFile(join(dir, 'index.html'), html);
  return dir;
}
