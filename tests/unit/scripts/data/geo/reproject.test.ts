import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { lambert72ToWgs84, reprojectGeometry, roundTo } from '../../../../../scripts/data/geo/reproject';

describe('roundTo', () => {
  it('rounds half away from zero and never yields -0', () => {
    expect(roundTo(1.23456789, 6)).toBe(1.234568);
    expect(roundTo(-1.5, 0)).toBe(-2);
    expect(Object.is(roundTo(-0.0000001, 6), 0)).toBe(true);
  });
});

describe('lambert72ToWgs84', () => {
  const project = lambert72ToWgs84();

  it('matches the WGS84 corners given in SOURCES.md for the Lambert bounding box', () => {
    const [lon0, lat0] = project([21992, 153058]);
    const [lon1, lat1] = project([258872, 244027]);
    expect(lon0).toBeCloseTo(2.558, 3);
    expect(lat0).toBeCloseTo(50.674, 3);
    expect(lon1).toBeCloseTo(5.936, 3);
    expect(lat1).toBeCloseTo(51.495, 3);
  });

  it('puts central Gent at about 3.71 E, 51.05 N', () => {
    const [lon, lat] = project([104000, 194000]);
    expect(lon).toBeCloseTo(3.713, 2);
    expect(lat).toBeCloseTo(51.054, 2);
  });

  it('applies the datum shift (tens of metres compared with no +towgs84)', () => {
    const noShift = proj4(
      '+proj=lcc +lat_1=51.16666723333333 +lat_2=49.8333339 +lat_0=90 +lon_0=4.367486666666666 +x_0=150000.013 +y_0=5400088.438 +ellps=intl +units=m +no_defs',
      'EPSG:4326',
    );
    const [a, b] = noShift.forward([150000, 170000]);
    const [c, d] = project([150000, 170000]);
    const dx = ((c - (a ?? 0)) * 70000) ** 2;
    const dy = ((d - (b ?? 0)) * 111000) ** 2;
    expect(Math.sqrt(dx + dy)).toBeGreaterThan(50);
  });

  it('rounds to 6 decimals and is deterministic', () => {
    const p = project([123456.789, 187654.321]);
    expect(p).toEqual(project([123456.789, 187654.321]));
    for (const v of p) expect(Math.round(v * 1e6) / 1e6).toBe(v);
  });

  it('rejects non-finite input', () => {
    expect(() => project([Number.NaN, 1])).toThrow(/non-finite/);
  });
});

describe('reprojectGeometry', () => {
  it('keeps type and ring structure, dropping duplicates created by rounding', () => {
    const poly = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [100000, 180000],
          [100000, 180000.00001],
          [100000, 182000],
          [102000, 182000],
          [102000, 180000],
          [100000, 180000],
        ],
      ],
    };
    const out = reprojectGeometry(poly, lambert72ToWgs84());
    expect(out.type).toBe('Polygon');
    expect(out.coordinates[0]).toHaveLength(5);
    expect(out.coordinates[0]?.[0]).toEqual(out.coordinates[0]?.[4]);
    const multi = reprojectGeometry({ type: 'MultiPolygon', coordinates: [poly.coordinates, poly.coordinates] }, lambert72ToWgs84());
    expect(multi.coordinates).toHaveLength(2);
  });
});
