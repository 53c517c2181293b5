import { describe, expect, it } from 'vitest';
import { resolvePaths } from '../../../scripts/data/config';

const repo = '/work/main';

describe('resolvePaths', () => {
  it('defaults to ../shared/geo/raw and data/', () => {
    expect(resolvePaths([], {}, repo, repo)).toEqual({
      rawDir: '/work/shared/geo/raw',
      meetjeslandCsv: '/work/shared/geo/meetjesland_delineations.csv',
      outDir: '/work/main/data',
    });
  });

  it('takes GEO_RAW_DIR and friends from the environment', () => {
    const env = { GEO_RAW_DIR: '/fx/raw', GEO_MEETJESLAND_CSV: '/fx/m.csv', GEO_OUT_DIR: '/tmp/out' };
    expect(resolvePaths([], env, repo, repo)).toEqual({ rawDir: '/fx/raw', meetjeslandCsv: '/fx/m.csv', outDir: '/tmp/out' });
  });

  it('prefers CLI arguments (flag or positional) over the environment, relative to cwd', () => {
    const env = { GEO_RAW_DIR: '/env/raw' };
    expect(resolvePaths(['--raw', 'fx'], env, repo, '/cwd').rawDir).toBe('/cwd/fx');
    expect(resolvePaths(['fx2'], env, repo, '/cwd').rawDir).toBe('/cwd/fx2');
    expect(resolvePaths(['--out=o', '--meetjesland', 'm.csv'], env, repo, '/cwd')).toEqual({
      rawDir: '/env/raw',
      meetjeslandCsv: '/cwd/m.csv',
      outDir: '/cwd/o',
    });
  });

  it('rejects unknown options and missing values', () => {
    expect(() => resolvePaths(['--bogus'], {}, repo, repo)).toThrow(/unknown option --bogus/);
    expect(() => resolvePaths(['--raw'], {}, repo, repo)).toThrow(/missing value for --raw/);
    expect(() => resolvePaths(['a', 'b'], {}, repo, repo)).toThrow(/too many arguments/);
  });
});
