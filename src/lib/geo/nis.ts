/** NIS municipality codes: normalise text or numeric codes to 5-digit strings and derive the province. */

/** A normalised NIS code: exactly five digits, e.g. `"44021"`. */
const NIS_PATTERN = /^\d{5}$/;

/** NIS codes of the five Flemish provinces (2019–2025). */
export const FLEMISH_PROVINCES = ['10000', '20001', '30000', '40000', '70000'] as const;
export type FlemishProvinceNis = (typeof FLEMISH_PROVINCES)[number];

/** Code used for the Brussels Capital Region in the province layers (`4000`, padded). */
export const BRUSSELS_NIS = '04000';

/** Pads a NIS code given as text (`"44021"`, `" 4021"`) or as a number (`44021`) to five digits; throws on anything else. */
export function padNis(value: string | number, where = 'NIS code'): string {
  let digits: string;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value <= 0 || value > 99999) {
      throw new Error(`${where}: ongeldige NIS-code ${String(value)}`);
    }
    digits = String(value);
  } else {
    digits = value.trim();
    if (!/^\d{1,5}$/.test(digits) || Number(digits) === 0) {
      throw new Error(`${where}: ongeldige NIS-code "${value}"`);
    }
  }
  return digits.padStart(5, '0');
}

/** Like {@link padNis}, but accepts an unknown value (e.g. a shapefile attribute). */
export function parseNis(value: unknown, where = 'NIS code'): string {
  if (typeof value === 'string' || typeof value === 'number') return padNis(value, where);
  throw new Error(`${where}: ontbrekende of ongeldige NIS-code ${JSON.stringify(value) ?? String(value)}`);
}

/** True for a normalised five-digit NIS code. */
export function isNis(value: string): boolean {
  return NIS_PATTERN.test(value);
}

/** True for the pseudo codes of the PinC tables (99991 "niet te lokaliseren", 99999 "buiten Vlaanderen en Brussel", …). */
export function isPseudoNis(nis: string): boolean {
  return nis.startsWith('9999');
}

/**
 * The province a municipality belongs to, from the first two digits of its NIS code
 * (the arrondissement). Brussels municipalities (21xxx) give {@link BRUSSELS_NIS};
 * Walloon or unknown codes give `undefined`.
 */
export function provinceOfNis(nis: string): FlemishProvinceNis | typeof BRUSSELS_NIS | undefined {
  if (!isNis(nis)) return undefined;
  const arr = Number(nis.slice(0, 2));
  if (arr >= 11 && arr <= 13) return '10000';
  if (arr === 23 || arr === 24) return '20001';
  if (arr >= 31 && arr <= 38) return '30000';
  if (arr >= 41 && arr <= 46) return '40000';
  if (arr >= 71 && arr <= 73) return '70000';
  if (arr === 21) return BRUSSELS_NIS;
  return undefined;
}

/** True when the municipality lies in one of the five Flemish provinces. */
export function isFlemishNis(nis: string): boolean {
  const province = provinceOfNis(nis);
  return province !== undefined && province !== BRUSSELS_NIS;
}

/** True for the 19 Brussels municipalities (21001–21019). */
export function isBrusselsNis(nis: string): boolean {
  return provinceOfNis(nis) === BRUSSELS_NIS;
}

/** Compares NIS codes (or other numeric codes such as vervoerregio codes) by numeric value. */
export function compareCodes(a: string, b: string): number {
  return Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0);
}
