import { describe, expect, it } from 'vitest';
import { lectureRegionName, REGION_NAME_OVERRIDES, stripVervSuffix } from '../../../../../scripts/data/geo/region-names';

describe('region names', () => {
  it('strips the PinC suffix', () => {
    expect(stripVervSuffix('Vlaamse Rand (Verv.)')).toBe('Vlaamse Rand');
    expect(stripVervSuffix('Gent')).toBe('Gent');
  });

  it('uses the lecture names for codes 1 and 11, with an alias note', () => {
    expect(lectureRegionName('1', 'Dender (Verv.)')).toEqual({
      naam: 'Aalst',
      alias: "in de tabellen van 2025 als 'Dender' gelabeld; geen officiële naamswijziging bekend",
    });
    expect(lectureRegionName('1', 'Aalst (Verv.)').naam).toBe('Aalst');
    expect(lectureRegionName('11', 'Roeselare (Verv.)')).toEqual({ naam: 'Roeselare', alias: 'sinds 4 december 2020 officieel vervoerregio Midwest' });
    expect(Object.keys(REGION_NAME_OVERRIDES)).toEqual(['1', '11']);
  });

  it('has no alias for the others and rejects empty names', () => {
    expect(lectureRegionName('4', 'Gent (Verv.)')).toEqual({ naam: 'Gent' });
    expect(() => lectureRegionName('4', ' (Verv.)')).toThrow(/vervoerregio 4: empty name/);
  });
});
