import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertLambert72Prj, isLambert72Prj, lambert72Problem, LAMBERT72_PROJ4 } from '../../../../../scripts/data/geo/crs';

const fixtures = join(import.meta.dirname, '../../../../fixtures/geo');
const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

describe('Lambert 72 .prj check', () => {
  it('accepts the ESRI WKT of the PinC shapefiles', () => {
    expect(isLambert72Prj(read('lambert72.prj'))).toBe(true);
    expect(() => assertLambert72Prj(read('lambert72.prj'), 'gemeente.prj')).not.toThrow();
  });

  it('accepts the OGC name used by EPSG', () => {
    const ogc =
      'PROJCS["BD72 / Belgian Lambert 72",GEOGCS["BD72",DATUM["Reseau_National_Belge_1972",SPHEROID["International 1924",6378388,297]]],PROJECTION["Lambert_Conformal_Conic_2SP"],PARAMETER["central_meridian",4.367486666666666],PARAMETER["false_easting",150000.013],PARAMETER["false_northing",5400088.438],AUTHORITY["EPSG","31370"]]';
    expect(lambert72Problem(ogc)).toBeUndefined();
  });

  it('rejects WGS84 and Lambert 2008, naming the file', () => {
    expect(() => assertLambert72Prj(read('broken/wgs84.prj'), '/x/gemeente.prj')).toThrow(/^\/x\/gemeente\.prj: wrong CRS: no projected coordinate system/);
    expect(() => assertLambert72Prj(read('broken/lambert2008.prj'), 'provincie.prj')).toThrow(
      /provincie\.prj: wrong CRS: .*Belge_Lambert_2008.*not Belgian Lambert 72/,
    );
    expect(() => assertLambert72Prj('', 'empty.prj')).toThrow(/empty\.prj: wrong CRS: the \.prj file is empty/);
  });

  it('rejects a file that is named Lambert 72 but has other parameters', () => {
    const wrong = read('lambert72.prj').replace('150000.013', '150000.0');
    expect(lambert72Problem(wrong)).toMatch(/False_Easting = 150000, expected 150000.013/);
  });

  it('uses the full definition with the 7-parameter datum shift', () => {
    expect(LAMBERT72_PROJ4).toContain('+towgs84=-106.8686,52.2978,-103.7239,0.3366,-0.457,1.8422,-1.2747');
    expect(LAMBERT72_PROJ4).toContain('+ellps=intl');
  });
});
