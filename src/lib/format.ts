/**
 * Dutch as the site writes it, from the platform's Intl: dates, enumerations and the alphabetical order of names. One locale
 * for all of them, so a date in a caption, a footer and a citation reads the same everywhere.
 */

/** The site's locale: Dutch as written in Flanders. */
const LOCALE = 'nl-BE';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` date as a UTC `Date`; throws on anything else (also on 2026-02-30), so a typo stops the build. */
export function parseIsoDate(iso: string): Date {
  const date = ISO_DATE.test(iso) ? new Date(`${iso}T00:00:00Z`) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) throw new Error(`Ongeldige datum "${iso}": verwacht JJJJ-MM-DD.`);
  return date;
}

const LONG_DATE = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** Day-month-year in figures with hyphens ("1-1-2025"), as the map attributions write their data dates. */
const NUMERIC_DATE = new Intl.DateTimeFormat('nl', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** A date in Dutch long form: "2026-11-27" → "27 november 2026". */
export function dutchDate(iso: string): string {
  return LONG_DATE.format(parseIsoDate(iso));
}

/** A date in figures: "2025-01-01" → "1-1-2025". */
export function numericDutchDate(iso: string): string {
  return NUMERIC_DATE.format(parseIsoDate(iso));
}

/** A month in Dutch: "2024-02" → "februari 2024". */
export function dutchMonth(isoMonth: string): string {
  return MONTH_YEAR.format(parseIsoDate(`${isoMonth}-01`));
}

const AND_LIST = new Intl.ListFormat('nl', { type: 'conjunction' });

/** Dutch enumeration: "A", "A en B", "A, B en C" (no comma before "en"). */
export function joinDutch(items: readonly string[]): string {
  return AND_LIST.format(items);
}

/** What comes before each of `count` items of a Dutch enumeration, for lists of links: ['', ', ', ' en '] for three. */
export function joinDutchSeparators(count: number): string[] {
  const separators: string[] = [];
  let pending = '';
  for (const part of AND_LIST.formatToParts(Array.from({ length: count }, (_, i) => String(i)))) {
    if (part.type === 'literal') pending += part.value;
    else {
      separators.push(pending);
      pending = '';
    }
  }
  return separators;
}
