/** Reads the geometry of one division year (2025 or 2019–2024): municipalities, provinces and the Flanders reference outline. */
import { join } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { BRUSSELS_NIS, FLEMISH_PROVINCES, compareCodes, isBrusselsNis, isFlemishNis, padNis, parseNis } from '../../src/lib/geo/nis';
import { readLambert72Shapefile } from './read-shapefile';

export type DivisionYear = '2025' | '2019';

/** Where the shapefiles of a division year are (base names in the shapefile folder) and how their attributes are named. */
export interface YearSpec {
  id: DivisionYear;
  /** Human label for messages, e.g. "2019–2024". */
  label: string;
  gemeenteShapefile: string;
  nisField: string;
  provincieShapefile: string;
  provincieNameField: string;
  /** Municipality → vervoerregio table in tables/. */
  table: string;
  /** Outline to compare the union of the regions with: the `gewest` shapefile (2025) or the union of the Flemish provinces. */
  flandersReference: 'gewest' | 'provinces';
  /** Optional ready-made vervoerregio shapefile (only for 2025) to cross-check the dissolve against. */
  vervoerregioShapefile?: string;
}

export const YEAR_SOURCES: Readonly<Record<DivisionYear, YearSpec>> = {
  '2025': {
    id: '2025',
    label: '2025',
    gemeenteShapefile: 'gemeente',
    nisField: 'geoitem',
    provincieShapefile: 'provincie',
    provincieNameField: 'name',
    table: 'gemeente_vervoerregio__2025.csv',
    flandersReference: 'gewest',
    vervoerregioShapefile: 'vervoerregio',
  },
  '2019': {
    id: '2019',
    label: '2019–2024',
    gemeenteShapefile: 'gemeente2024',
    nisField: 'gemeente',
    provincieShapefile: 'provincie2024',
    provincieNameField: 'naam',
    table: 'gemeente_vervoerregio__2019-2024.csv',
    flandersReference: 'provinces',
  },
};

export interface Municipality {
  nis: string;
  naam: string;
  geometry: Polygon | MultiPolygon;
}

export interface ProvinceShape {
  nis: string;
  naam: string;
  geometry: Polygon | MultiPolygon;
}

export interface YearData {
  spec: YearSpec;
  gemeenteFile: string;
  provincieFile: string;
  /** Flemish and Brussels municipalities, sorted by NIS. */
  municipalities: Municipality[];
  provinces: ProvinceShape[];
  /** Reference outlines (file + geometries) for the area checks. */
  flandersReference: { file: string; geometries: Array<Polygon | MultiPolygon> };
  brusselsReference: { file: string; geometries: Array<Polygon | MultiPolygon> };
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${where}: missing name`);
  return value.trim();
}

/** Reads and checks the municipality and province shapefiles of a division year. */
export async function readYear(spec: YearSpec, shapefilesDir: string): Promise<YearData> {
  const gem = await readLambert72Shapefile(join(shapefilesDir, spec.gemeenteShapefile));
  const seen = new Map<string, number>();
  const municipalities: Municipality[] = [];
  for (const r of gem.records) {
    const where = `${gem.file}, record ${String(r.record)}`;
    const nis = parseNis(r.properties[spec.nisField], `${where}, field ${spec.nisField}`);
    const naam = text(r.properties['naam'], `${where} (NIS ${nis}), field naam`);
    if (!isFlemishNis(nis) && !isBrusselsNis(nis)) {
      throw new Error(`${where}: unknown NIS code ${nis} (${naam}): neither a Flemish nor a Brussels municipality`);
    }
    const earlier = seen.get(nis);
    if (earlier !== undefined) {
      throw new Error(`${gem.file}: duplicate NIS code ${nis} (${naam}) in records ${String(earlier)} and ${String(r.record)}`);
    }
    seen.set(nis, r.record);
    municipalities.push({ nis, naam, geometry: r.geometry });
  }
  municipalities.sort((a, b) => compareCodes(a.nis, b.nis));

  const prov = await readLambert72Shapefile(join(shapefilesDir, spec.provincieShapefile));
  const provinces: ProvinceShape[] = prov.records.map((r) => {
    const where = `${prov.file}, record ${String(r.record)}`;
    const nis = parseNis(r.properties['provincie'], `${where}, field provincie`);
    const naam = text(r.properties[spec.provincieNameField], `${where}, field ${spec.provincieNameField}`)
      .replace(/\s*\(Prov\.\)\s*$/i, '')
      .trim();
    return { nis, naam, geometry: r.geometry };
  });
  provinces.sort((a, b) => compareCodes(a.nis, b.nis));
  for (const code of FLEMISH_PROVINCES) {
    if (!provinces.some((p) => p.nis === code)) throw new Error(`${prov.file}: province ${code} is missing`);
  }

  let flandersReference: YearData['flandersReference'];
  let brusselsReference: YearData['brusselsReference'];
  if (spec.flandersReference === 'gewest') {
    const gew = await readLambert72Shapefile(join(shapefilesDir, 'gewest'));
    const pick = (code: string): Array<Polygon | MultiPolygon> => {
      const hits = gew.records.filter((r) => {
        const v = r.properties['gewest'];
        return (typeof v === 'string' || typeof v === 'number') && padNis(v, gew.file) === code;
      });
      if (hits.length !== 1) throw new Error(`${gew.file}: expected one feature with gewest ${code}, found ${String(hits.length)}`);
      return hits.map((h) => h.geometry);
    };
    flandersReference = { file: gew.file, geometries: pick('02000') };
    brusselsReference = { file: gew.file, geometries: pick('04000') };
  } else {
    const flemish = provinces.filter((p) => p.nis !== BRUSSELS_NIS);
    flandersReference = { file: prov.file, geometries: flemish.map((p) => p.geometry) };
    brusselsReference = { file: prov.file, geometries: provinces.filter((p) => p.nis === BRUSSELS_NIS).map((p) => p.geometry) };
  }
  if (brusselsReference.geometries.length !== 1) {
    throw new Error(`${brusselsReference.file}: expected one Brussels feature (code 4000), found ${String(brusselsReference.geometries.length)}`);
  }
  return { spec, gemeenteFile: gem.file, provincieFile: prov.file, municipalities, provinces, flandersReference, brusselsReference };
}
