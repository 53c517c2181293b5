/** Dutch number, money, percentage and date formats for charts, tables and captions ("1,34 mld. CHF", "20 juli 2018"). */

import { dutchDate, dutchMonth } from '../lib/format.ts';

/** How a number was stated: exactly, "ruim" (more than), "ongeveer" (about) or "minimaal" (at least). */
export type Qualifier = 'exact' | 'ruim' | 'ongeveer' | 'minimaal';

/** A number in Dutch notation with at most `maxFractionDigits` decimals: 1,34 · 1.581,29 · 284,2. */
export function formatNumber(value: number, maxFractionDigits = 2): string {
  return new Intl.NumberFormat('nl-BE', { maximumFractionDigits: maxFractionDigits, useGrouping: true }).format(value);
}

/** Prefixes a formatted amount with its qualifier: "ruim € 200 mln.", "≈ € 385 mln.", "≥ 50%". */
export function qualify(text: string, qualifier: Qualifier = 'exact'): string {
  switch (qualifier) {
    case 'ruim':
      return `ruim ${text}`;
    case 'ongeveer':
      return `≈ ${text}`;
    case 'minimaal':
      return `≥ ${text}`;
    default:
      return text;
  }
}

/** The same in running text: "ruim € 200 mln.", "ongeveer € 385 mln.", "minimaal 50%". */
export function qualifyInWords(text: string, qualifier: Qualifier = 'exact'): string {
  return qualifier === 'exact' ? text : `${qualifier} ${text}`;
}

/** Swiss francs given in billions: "1,34 mld. CHF". */
export function formatChfBillions(billions: number, qualifier: Qualifier = 'exact'): string {
  return qualify(`${formatNumber(billions, 2)} mld. CHF`, qualifier);
}

/** Axis tick for an amount in billions of francs: "0", "2 mld.", "1,5 mld.". */
export function formatChfBillionsTick(billions: number): string {
  return billions === 0 ? '0' : `${formatNumber(billions, 2)} mld.`;
}

/** Euros given in millions: "€ 284,2 mln.". */
export function formatEuroMillions(millions: number, qualifier: Qualifier = 'exact'): string {
  return qualify(`€ ${formatNumber(millions, 1)} mln.`, qualifier);
}

/** Axis tick for an amount in millions of euros: "0", "€ 100 mln.". */
export function formatEuroMillionsTick(millions: number): string {
  return millions === 0 ? '0' : `€ ${formatNumber(millions, 1)} mln.`;
}

/** "50%" (the lecture writes percentages without a space). */
export function formatPercent(value: number): string {
  return `${formatNumber(value, 1)}%`;
}

/** A stated range: "30–50%". */
export function formatPercentRange(from: number, to: number): string {
  return `${formatNumber(from, 1)}–${formatNumber(to, 1)}%`;
}

/** A count with its qualifier: "12", "≈ 4". */
export function formatCount(value: number, qualifier: Qualifier = 'exact'): string {
  return qualify(formatNumber(value, 0), qualifier);
}

/**
 * A date written as ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY` in Dutch: "20 juli 2018", "februari 2024", "2018".
 * Throws on anything else, so a typo in a fact table stops the build.
 */
export function formatDateNl(iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) throw new Error(`Ongeldige datum "${iso}" (verwacht JJJJ, JJJJ-MM of JJJJ-MM-DD).`);
  const [, year, month, day] = match;
  if (month === undefined) return String(year);
  return day === undefined ? dutchMonth(iso) : dutchDate(iso);
}

/** A period of years: "2023–2024". */
export function formatYearRange(from: string, to: string): string {
  return `${formatDateNl(from)}–${formatDateNl(to)}`;
}

/** An SVG coordinate in percent of the chart's width, rounded to 0.01: `12.3456` → "12.35%". */
export function svgPercent(value: number): string {
  return `${Math.round(value * 100) / 100}%`;
}
