import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DATE, DATA_DATE_NOTE, MAP_ATTRIBUTION } from '../../../../src/maps/flanders/attribution.ts';

describe('attribution', () => {
  it('is the exact line agreed for the maps', () => {
    expect(MAP_ATTRIBUTION).toBe(
      "Gemeentegrenzen: Statbel (statistische sectoren), vereenvoudigd door Provincies in Cijfers; indeling vervoerregio's: Provincies in Cijfers (toestand 2025 en 2019–2024).",
    );
  });

  it('gives ISO dates for every source', () => {
    for (const v of Object.values(DATA_DATE)) expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(DATA_DATE_NOTE).toContain('Statbel');
  });

  it('is repeated verbatim in data/README.md and in the CSV headers', () => {
    const root = join(import.meta.dirname, '../../../..');
    expect(readFileSync(join(root, 'data/README.md'), 'utf8')).toContain(MAP_ATTRIBUTION);
    expect(readFileSync(join(root, 'data/gemeenten.csv'), 'utf8')).toContain(`# Attributie: ${MAP_ATTRIBUTION}`);
  });
});
