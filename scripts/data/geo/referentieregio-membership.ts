/** Validates municipality → referentieregio rows of both divisions and pairs each vervoerregio with a referentieregio. */
import { compareCodes } from '../../../src/lib/geo/nis';

export type DivisionYear = '2025' | '2019';

export interface ReferentieregioDefinition {
  /** `REFREG01`–`REFREG15`. */
  code: string;
  naam: string;
}

export interface ReferentieregioRow {
  /** 1-based line in the CSV (for error messages). */
  line: number;
  nis: string;
  gemeente: string;
  /** Region name as in the CSV, e.g. "Regio Gent". */
  referentieregio: string;
  set: string;
}

export interface ReferentieregioInput {
  file: string;
  definitionsFile: string;
  rows: readonly ReferentieregioRow[];
  definitions: readonly ReferentieregioDefinition[];
  /** Flemish municipalities per division (NIS → name), from the municipality layers. */
  municipalities: Readonly<Record<DivisionYear, ReadonlyMap<string, string>>>;
  expectedRegions: number;
}

/** NIS → referentieregio code, per division, in NIS order. */
export type ReferentieregioMembership = Record<DivisionYear, Map<string, string>>;

const YEAR_OF: Readonly<Record<string, DivisionYear>> = { '2019': '2019', '2025': '2025' };

/** Checks every row (known set, known region, known municipality, no duplicates), completeness and the region count. */
export function validateReferentieregios(input: ReferentieregioInput): ReferentieregioMembership {
  const { file, definitionsFile } = input;
  const codeByName = new Map(input.definitions.map((d) => [d.naam, d.code]));
  const out: ReferentieregioMembership = { '2019': new Map(), '2025': new Map() };
  const lineOf = new Map<string, number>();
  for (const row of input.rows) {
    const where = `${file}, line ${String(row.line)}`;
    const year = YEAR_OF[row.set];
    if (!year) throw new Error(`${where}: unknown municipality_set "${row.set}" (expected 2019 or 2025)`);
    const code = codeByName.get(row.referentieregio);
    if (code === undefined) {
      throw new Error(`${where}: referentieregio "${row.referentieregio}" for NIS code ${row.nis} is not defined in ${definitionsFile}`);
    }
    const known = input.municipalities[year];
    const naam = known.get(row.nis);
    if (naam === undefined) throw new Error(`${where}: unknown NIS code ${row.nis} (${row.gemeente}): not a Flemish municipality of the ${year} division`);
    const key = `${year}:${row.nis}`;
    const earlier = lineOf.get(key);
    if (earlier !== undefined) throw new Error(`${where}: duplicate NIS code ${row.nis} in the ${year} division (already on line ${String(earlier)})`);
    lineOf.set(key, row.line);
    out[year].set(row.nis, code);
  }
  for (const year of ['2025', '2019'] as const) {
    const missing = [...input.municipalities[year]].filter(([nis]) => !out[year].has(nis)).sort(([a], [b]) => compareCodes(a, b));
    if (missing.length > 0) {
      throw new Error(`${file}: municipality ${missing.map(([nis, naam]) => `${nis} (${naam})`).join(', ')} of the ${year} division has no referentieregio`);
    }
    const used = new Set(out[year].values());
    if (used.size !== input.expectedRegions) {
      throw new Error(`${file}: expected ${String(input.expectedRegions)} referentieregio's in the ${year} division, found ${String(used.size)}`);
    }
    out[year] = new Map([...out[year]].sort(([a], [b]) => compareCodes(a, b)));
  }
  return out;
}
