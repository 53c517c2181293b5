/** Checks that every Flemish municipality belongs to exactly one vervoerregio, with errors naming file and code. */
import { compareCodes, isPseudoNis } from '../../../src/lib/geo/nis';

export interface ShapeMunicipality {
  nis: string;
  naam: string;
}

export interface MembershipRow {
  /** 1-based line in the table file. */
  line: number;
  nis: string;
  vr: string;
}

export interface MembershipInput {
  shapeFile: string;
  /** Flemish municipalities read from the shapefile (Brussels already left out). */
  shapes: readonly ShapeMunicipality[];
  tableFile: string;
  /** Table rows; pseudo codes (9999x) are ignored. */
  rows: readonly MembershipRow[];
  definitionsFile: string;
  /** Region codes defined in the definitions table (pseudo regions 91/99 already left out). */
  regionCodes: ReadonlySet<string>;
  expectedMunicipalities: number;
  expectedRegions: number;
}

/** Validates the membership and returns NIS → vervoerregio code, in NIS order. Throws on the first problem. */
export function validateMembership(input: MembershipInput): Map<string, string> {
  const { shapeFile, tableFile, definitionsFile } = input;

  const shapeNames = new Map<string, string>();
  for (const s of input.shapes) {
    if (shapeNames.has(s.nis)) throw new Error(`${shapeFile}: duplicate NIS code ${s.nis} (${s.naam}) in the municipality layer`);
    shapeNames.set(s.nis, s.naam);
  }

  const byNis = new Map<string, MembershipRow>();
  for (const row of input.rows) {
    if (isPseudoNis(row.nis)) continue;
    const where = `${tableFile}, line ${String(row.line)}`;
    const earlier = byNis.get(row.nis);
    if (earlier) {
      throw new Error(`${where}: duplicate NIS code ${row.nis} (already on line ${String(earlier.line)})`);
    }
    if (row.vr === '') throw new Error(`${where}: NIS code ${row.nis} has no vervoerregio code`);
    if (!input.regionCodes.has(row.vr)) {
      throw new Error(`${where}: vervoerregio code "${row.vr}" for NIS code ${row.nis} is not defined in ${definitionsFile}`);
    }
    if (!shapeNames.has(row.nis)) {
      throw new Error(`${where}: unknown NIS code ${row.nis}: not a Flemish municipality in ${shapeFile}`);
    }
    byNis.set(row.nis, row);
  }

  const missing = [...shapeNames.keys()].filter((nis) => !byNis.has(nis)).sort(compareCodes);
  if (missing.length > 0) {
    const list = missing.map((nis) => `${nis} (${shapeNames.get(nis) ?? '?'})`).join(', ');
    throw new Error(`${shapeFile}: municipality ${list} is in no vervoerregio: missing from ${tableFile}`);
  }

  if (shapeNames.size !== input.expectedMunicipalities) {
    throw new Error(`${shapeFile}: expected ${String(input.expectedMunicipalities)} Flemish municipalities, found ${String(shapeNames.size)}`);
  }
  const used = new Set([...byNis.values()].map((r) => r.vr));
  if (used.size !== input.expectedRegions) {
    throw new Error(
      `${tableFile}: expected ${String(input.expectedRegions)} vervoerregio's, found ${String(used.size)} (${[...used].sort(compareCodes).join(', ')})`,
    );
  }
  const unused = [...input.regionCodes].filter((c) => !used.has(c)).sort(compareCodes);
  if (unused.length > 0) {
    throw new Error(`${definitionsFile}: vervoerregio ${unused.join(', ')} has no municipality in ${tableFile}`);
  }

  const result = new Map<string, string>();
  for (const nis of [...byNis.keys()].sort(compareCodes)) result.set(nis, byNis.get(nis)?.vr ?? '');
  return result;
}
