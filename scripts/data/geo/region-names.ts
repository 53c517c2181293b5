/** Names of the vervoerregio's as the lecture uses them, with notes on the 'Dender' and 'Midwest' labels. */

/** Lecture name and note for codes whose label differs between sources. */
export const REGION_NAME_OVERRIDES: Readonly<Record<string, { naam: string; alias: string }>> = {
  '1': {
    naam: 'Aalst',
    alias: "in de tabellen van 2025 als 'Dender' gelabeld; geen officiële naamswijziging bekend",
  },
  '11': {
    naam: 'Roeselare',
    alias: 'sinds 4 december 2020 officieel vervoerregio Midwest',
  },
};

/** Removes PinC's " (Verv.)" suffix: "Gent (Verv.)" → "Gent". */
export function stripVervSuffix(name: string): string {
  return name.replace(/\s*\(Verv\.\)\s*$/i, '').trim();
}

/** The name (and optional `alias` note) to show for a vervoerregio code, given the label in the source table. */
export function lectureRegionName(code: string, tableName: string): { naam: string; alias?: string } {
  const override = REGION_NAME_OVERRIDES[code];
  if (override) return { naam: override.naam, alias: override.alias };
  const naam = stripVervSuffix(tableName);
  if (naam === '') throw new Error(`vervoerregio ${code}: empty name`);
  return { naam };
}
