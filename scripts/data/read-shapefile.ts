/** Reads a Lambert 72 polygon shapefile (.shp/.dbf/.prj), checks its CRS and returns WGS84 features. */
import { existsSync } from 'node:fs';
import { open } from 'shapefile';
import type { MultiPolygon, Polygon } from 'geojson';
import { assertLambert72Prj } from './geo/crs';
import { lambert72ToWgs84, reprojectGeometry, type Project } from './geo/reproject';
import { readInputBytes, readInputText } from './io';

export interface ShapeRecord {
  /** 1-based record number in the .shp file (for error messages). */
  record: number;
  properties: Record<string, unknown>;
  /** WGS84, rounded; rings keep the shapefile's clockwise-exterior winding, which is what d3-geo expects. */
  geometry: Polygon | MultiPolygon;
}

let projector: Project | undefined;

/** Reads `<base>.shp`, `<base>.dbf` and `<base>.prj` (and `<base>.cpg` if present); `base` is the path without extension. */
export async function readLambert72Shapefile(base: string): Promise<{ file: string; records: ShapeRecord[] }> {
  const shpPath = `${base}.shp`;
  const dbfPath = `${base}.dbf`;
  const prjPath = `${base}.prj`;
  const shp = await readInputBytes(shpPath);
  const dbf = await readInputBytes(dbfPath);
  const prj = await readInputText(prjPath);
  assertLambert72Prj(prj, prjPath);
  const cpgPath = `${base}.cpg`;
  const encoding = existsSync(cpgPath) ? (await readInputText(cpgPath)).trim() || 'utf-8' : 'utf-8';

  projector ??= lambert72ToWgs84();
  const project = projector;
  const records: ShapeRecord[] = [];
  try {
    const source = await open(toArrayBuffer(shp), toArrayBuffer(dbf), { encoding });
    for (let record = 1; ; record++) {
      const next = await source.read();
      if (next.done) break;
      const { geometry, properties } = next.value;
      if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
        throw new Error(`record ${String(record)}: expected a polygon, found ${geometry ? geometry.type : 'no geometry'}`);
      }
      records.push({ record, properties: { ...(properties ?? {}) }, geometry: reprojectGeometry(geometry, project) });
    }
  } catch (error) {
    throw new Error(`${shpPath}: ${(error as Error).message}`, { cause: error });
  }
  if (records.length === 0) throw new Error(`${shpPath}: no features`);
  return { file: shpPath, records };
}

function toArrayBuffer(b: Buffer): ArrayBuffer {
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}
