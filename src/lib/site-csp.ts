/** The site's one Content-Security-Policy: every page's `<meta>` carries it, and `_headers` sends it with frame-ancestors. */

/**
 * Same origin only, no inline code: every script and stylesheet is a file of the site (`'self'`), so the policy needs no
 * hashes and is the same on every page. `'wasm-unsafe-eval'` is there only because Pagefind's search runs as WebAssembly.
 */
const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** What only an HTTP header can carry (a `<meta>` policy ignores it): no page of the site may be framed. */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

/** The policy of every page's `<meta http-equiv="content-security-policy">`. */
export const META_CSP = CSP_DIRECTIVES.join('; ');

/** The policy of the `Content-Security-Policy` header: the meta policy plus frame-ancestors. */
export const HEADER_CSP = [...CSP_DIRECTIVES, FRAME_ANCESTORS].join('; ');
