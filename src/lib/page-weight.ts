/** Finds what a built page loads before any interaction: its stylesheets, its scripts and their static imports. */

export interface EagerAssets {
  /** `src` of `<script type="module" src>` and classic scripts. */
  scripts: string[];
  /** `href` of `<link rel="stylesheet">`. */
  stylesheets: string[];
  /** Text of inline `<script>` elements (not JSON data blocks). */
  inlineScripts: string[];
  /** Text of inline `<style>` elements. */
  inlineStyles: string[];
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** Reads the eager assets of an HTML document (a string). */
export function eagerAssets(html: string): EagerAssets {
  const scripts: string[] = [];
  const inlineScripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attrs = '', body = ''] = match;
    const type = attr(attrs, 'type');
    if (type && !/module|javascript/i.test(type)) continue;
    const src = attr(attrs, 'src');
    if (src) scripts.push(src);
    else if (body.trim()) inlineScripts.push(body);
  }
  const stylesheets = [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /\brel=["']?stylesheet/i.test(tag) && !/\bmedia=["']?print/i.test(tag))
    .map((tag) => attr(tag, 'href') ?? '')
    .filter(Boolean);
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
  return { scripts, stylesheets, inlineScripts, inlineStyles };
}

/** Module specifiers a (minified) ES module imports statically; dynamic `import("…")` is left out, as it loads later. */
export function staticImports(js: string): string[] {
  const found = new Set<string>();
  for (const match of js.matchAll(/\bimport\s*(?:[\w$*{][^'"()]*?\bfrom\s*)?["']([^"']+)["']/g)) {
    if (match[1]) found.add(match[1]);
  }
  for (const match of js.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) {
    if (match[1]) found.add(match[1]);
  }
  return [...found];
}

/** Module specifiers a (minified) ES module imports dynamically: `import("./x.js")` with any quote, loaded on demand. */
export function dynamicImports(js: string): string[] {
  return [...new Set([...js.matchAll(/\bimport\(\s*[`'"]([^`'"]+)[`'"]\s*\)/g)].map((m) => m[1] ?? '').filter(Boolean))];
}

/** Root-relative URLs of stylesheets and JSON data a text names (a lazy chunk's CSS, a map island's topology). */
export function assetUrls(text: string): string[] {
  return [...new Set([...text.matchAll(/[`'"](\/[^`'"\s]*\.(?:css|json))[`'"]/g)].map((m) => m[1] ?? ''))];
}
