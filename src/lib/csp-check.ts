/** What in a built page the site's Content-Security-Policy would block or not cover, in Dutch, for the build to report. */
import { Parser } from 'htmlparser2';

/** `<script type>` values that execute (else the element is a data block, e.g. a JSON island, which CSP does not check). */
const EXECUTED_SCRIPT = /^(?:module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:java|ecma|j|live)script(?:1\.[0-5])?)$/i;

/** Attributes that make the browser fetch something, per element: under the policy each must be a path of the site. */
const FETCHING: Readonly<Record<string, readonly string[]>> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  form: ['action'],
  base: ['href'],
};

/** `<link rel>` values that load something. */
const FETCHING_LINK = /\b(?:stylesheet|preload|modulepreload|prefetch|icon|manifest)\b/i;

/** Whether a URL points outside the site: any scheme (`https:`, `data:`, `blob:` …) or a protocol-relative `//host`. */
function foreign(url: string): boolean {
  return url
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .some((u) => /^[a-z][a-z0-9+.-]*:/i.test(u) || u.startsWith('//'));
}

/**
 * Every problem of a page under `policy`: a missing, second, misplaced or different CSP `<meta>`; inline code the policy
 * blocks (an executed inline `<script>`, a `<style>` element, a `style` or `on…` attribute, a `javascript:` URL); and
 * anything loaded from outside the site. Repeated problems are counted, e.g. `3 × style-attribuut op <path>`.
 */
export function cspProblems(html: string, policy: string): string[] {
  const counts = new Map<string, number>();
  const add = (problem: string) => counts.set(problem, (counts.get(problem) ?? 0) + 1);
  let inHead = false;
  let headDone = false;
  let loadedBeforeMeta = false;
  let metas = 0;
  let script: { type: string; text: string } | undefined;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'head') inHead = true;
        if (name === 'body') headDone = true;
        if (name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'content-security-policy') {
          metas += 1;
          if (metas > 1) add('een tweede Content-Security-Policy <meta>');
          else if (!inHead || headDone) add('de Content-Security-Policy <meta> staat niet in <head>');
          else if (loadedBeforeMeta) add('de Content-Security-Policy <meta> staat na een script of stylesheet, die hij dan niet dekt');
          else if ((attrs['content'] ?? '') !== policy) add(`de Content-Security-Policy <meta> is niet het beleid van de site: "${attrs['content'] ?? ''}"`);
        }
        if (name === 'script' || name === 'style' || (name === 'link' && FETCHING_LINK.test(attrs['rel'] ?? ''))) loadedBeforeMeta ||= metas === 0;
        if (name === 'script' && attrs['src'] === undefined) script = { type: (attrs['type'] ?? '').trim(), text: '' };
        if (name === 'style') add('een <style>-element (zet de CSS in een stylesheet)');
        for (const [attr, value] of Object.entries(attrs)) {
          if (attr === 'style') add(`een style-attribuut op <${name}> (gebruik een klasse of een presentatie-attribuut)`);
          else if (/^on[a-z]+$/.test(attr)) add(`een ${attr}-attribuut op <${name}> (inline JavaScript)`);
          else if (/^\s*javascript:/i.test(value)) add(`een javascript:-URL in ${attr} van <${name}>`);
        }
        const fetching = name === 'link' ? (FETCHING_LINK.test(attrs['rel'] ?? '') ? ['href'] : []) : (FETCHING[name] ?? []);
        for (const attr of fetching) {
          const url = attrs[attr];
          if (url !== undefined && foreign(url)) add(`<${name} ${attr}="${url.slice(0, 80)}"> komt niet van de site zelf`);
        }
      },
      ontext(text) {
        if (script) script.text += text;
      },
      onclosetag(name) {
        if (name === 'head') headDone = true;
        if (name === 'script' && script) {
          const executed = script.type === '' || EXECUTED_SCRIPT.test(script.type);
          if (executed && script.text.trim() !== '') add(`een inline <script>${script.type ? ` (type ${script.type})` : ''} (maak er een extern script van)`);
          script = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  if (metas === 0) add('geen Content-Security-Policy <meta>');
  return [...counts].map(([problem, n]) => (n > 1 ? `${n} × ${problem}` : problem));
}
