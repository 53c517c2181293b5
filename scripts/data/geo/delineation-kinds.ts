/** Maps the research CSV's kind and confidence labels onto the lecture's four kinds of region and Dutch confidence levels. */
import type { Soort, Zekerheid } from '../../../src/lib/geo/meetjesland-schema';

/**
 * Per-id choices that override the CSV label: H5 (tourism branding) is shown as a socially constructed region,
 * A12 (referentieregio, per the lecture 'often more or less aligned with' a 'bassin de vie') as the functional proxy, H4 (COMEET) as homogeneous.
 */
const KIND_OVERRIDES: Readonly<Record<string, Soort>> = {
  H4: 'homogeen',
  H5: 'sociaal',
  A12: 'functioneel',
};

/** The lecture kind for a delineation; throws on a CSV kind it does not know. */
export function mapDelineationKind(id: string, csvKind: string): Soort {
  const override = KIND_OVERRIDES[id];
  if (override) return override;
  const k = csvKind.trim().toLowerCase();
  if (k.startsWith('homogeneous')) return 'homogeen';
  if (k.startsWith('functional')) return 'functioneel';
  if (k.startsWith('administrative')) return 'bestuurlijk';
  if (k.startsWith('socially constructed') || k.startsWith('social construction')) return 'sociaal';
  throw new Error(`unknown kind "${csvKind}"`);
}

/** Splits "medium-high (date of page not stated)" into the level and the explanation (English, as in the CSV). */
export function parseConfidence(csvConfidence: string): { zekerheid: Zekerheid; uitleg?: string } {
  const m = /^\s*(high|medium-high|medium|low)\b\s*(.*)$/i.exec(csvConfidence);
  if (!m) throw new Error(`unknown confidence "${csvConfidence}"`);
  const level = (m[1] ?? '').toLowerCase();
  const zekerheid: Zekerheid = level === 'high' ? 'hoog' : level === 'medium-high' ? 'middelhoog' : level === 'medium' ? 'middel' : 'laag';
  const uitleg = (m[2] ?? '')
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .replace(/^[;,:]\s*/, '')
    .trim();
  return uitleg === '' ? { zekerheid } : { zekerheid, uitleg };
}
