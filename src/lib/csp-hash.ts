/** The Content-Security-Policy hash of an inline element's text, e.g. "sha256-…", as the `style-src`/`script-src` lists expect. */
import { createHash } from 'node:crypto';

/** `sha256-` plus the base64 SHA-256 digest of `content` (UTF-8), exactly as browsers compute it. */
export function cspHash(content: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;
}
