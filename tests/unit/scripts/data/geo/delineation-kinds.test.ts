import { describe, expect, it } from 'vitest';
import { mapDelineationKind, parseConfidence } from '../../../../../scripts/data/geo/delineation-kinds';

describe('mapDelineationKind', () => {
  it('maps the CSV kinds onto the four lecture kinds', () => {
    expect(mapDelineationKind('H1', 'homogeneous (streek/identity)')).toBe('homogeen');
    expect(mapDelineationKind('A1', 'administrative')).toBe('bestuurlijk');
    expect(mapDelineationKind('A9', 'administrative (local housing policy)')).toBe('bestuurlijk');
    expect(mapDelineationKind('S1', 'socially constructed (branding)')).toBe('sociaal');
    expect(mapDelineationKind('A11', 'administrative (transport region)')).toBe('bestuurlijk');
  });

  it('applies the lecture choices for H4, H5 and A12', () => {
    expect(mapDelineationKind('H4', 'homogeneous (culture) / administrative (projectvereniging)')).toBe('homogeen');
    expect(mapDelineationKind('H5', 'homogeneous (tourism) / social construction')).toBe('sociaal');
    expect(mapDelineationKind('A12', 'administrative (reference region, regiodecreet 2023)')).toBe('functioneel');
  });

  it('rejects unknown kinds', () => {
    expect(() => mapDelineationKind('X', 'mystery')).toThrow('unknown kind "mystery"');
  });
});

describe('parseConfidence', () => {
  it('splits level and explanation', () => {
    expect(parseConfidence('high')).toEqual({ zekerheid: 'hoog' });
    expect(parseConfidence('medium-high (date of page not stated)')).toEqual({ zekerheid: 'middelhoog', uitleg: 'date of page not stated' });
    expect(parseConfidence('medium (names from Wikipedia; official name list not seen)')).toEqual({
      zekerheid: 'middel',
      uitleg: 'names from Wikipedia; official name list not seen',
    });
    expect(parseConfidence('high for that page; date uncertain')).toEqual({ zekerheid: 'hoog', uitleg: 'for that page; date uncertain' });
    expect(parseConfidence('low as a delineation (examples only)').zekerheid).toBe('laag');
  });

  it('rejects unknown levels', () => {
    expect(() => parseConfidence('certain')).toThrow('unknown confidence "certain"');
  });
});
