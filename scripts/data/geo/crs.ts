/** Belgian Lambert 72 (EPSG:31370): the full proj4 definition and a check that a .prj file declares it. */

/** EPSG:31370 with the 7-parameter datum shift to WGS84 (without `+towgs84` the result is off by about 100 m). */
export const LAMBERT72_PROJ4 =
  '+proj=lcc +lat_1=51.16666723333333 +lat_2=49.8333339 +lat_0=90 +lon_0=4.367486666666666 +x_0=150000.013 +y_0=5400088.438 +ellps=intl +towgs84=-106.8686,52.2978,-103.7239,0.3366,-0.457,1.8422,-1.2747 +units=m +no_defs';

const NAME_PATTERNS = [/Belge[_ ]Lambert[_ ]1972/i, /Belgian[_ ]Lambert[_ ]72/i, /Belge[_ ]1972[_ ]\/?[_ ]?Belgian[_ ]Lambert[_ ]72/i, /EPSG["',\s]*31370/i];

/** Expected WKT parameter values (name → value); parameters that are absent are not checked. */
const EXPECTED_PARAMETERS: ReadonlyArray<readonly [RegExp, number]> = [
  [/central_meridian|longitude_of_origin/i, 4.367486666666666],
  [/false_easting/i, 150000.013],
  [/false_northing/i, 5400088.438],
];

function wktParameters(wkt: string): Array<{ name: string; value: number }> {
  const out: Array<{ name: string; value: number }> = [];
  for (const m of wkt.matchAll(/PARAMETER\[\s*"([^"]+)"\s*,\s*([-+0-9.eE]+)\s*\]/g)) {
    const [, name, value] = m;
    if (name !== undefined && value !== undefined) out.push({ name, value: Number(value) });
  }
  return out;
}

/** Why a .prj text is not Belgian Lambert 72, or `undefined` when it is. */
export function lambert72Problem(wkt: string): string | undefined {
  const text = wkt.trim();
  if (text === '') return 'the .prj file is empty';
  const projcs = /^PROJCS\[\s*"([^"]*)"/i.exec(text);
  if (!projcs) return 'no projected coordinate system (PROJCS) found; expected Belgian Lambert 72 (EPSG:31370)';
  if (!NAME_PATTERNS.some((re) => re.test(text))) {
    return `coordinate system "${projcs[1] ?? ''}" is not Belgian Lambert 72 (Belge_Lambert_1972 / EPSG:31370)`;
  }
  if (/Lambert[_ ]2008/i.test(text)) return 'coordinate system is Belgian Lambert 2008, not Lambert 72';
  if (/PROJECTION\[/i.test(text) && !/Lambert_Conformal_Conic/i.test(text)) {
    return 'projection is not Lambert_Conformal_Conic';
  }
  for (const { name, value } of wktParameters(text)) {
    for (const [pattern, expected] of EXPECTED_PARAMETERS) {
      if (pattern.test(name) && Math.abs(value - expected) > 1e-6) {
        return `parameter ${name} = ${String(value)}, expected ${String(expected)} for Belgian Lambert 72`;
      }
    }
  }
  return undefined;
}

/** True when the .prj (ESRI WKT) text declares Belgian Lambert 72. */
export function isLambert72Prj(wkt: string): boolean {
  return lambert72Problem(wkt) === undefined;
}

/** Throws an Error naming `file` when its .prj text is not Belgian Lambert 72. */
export function assertLambert72Prj(wkt: string, file: string): void {
  const problem = lambert72Problem(wkt);
  if (problem !== undefined) throw new Error(`${file}: wrong CRS: ${problem}`);
}
