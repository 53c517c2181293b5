/** The reading content of a built page (its `<main>` article without site chrome), shared by the Markdown copies and the EPUB. */
import { parseHTML } from 'linkedom';

/** A built page read for another format: its metadata and its cleaned main content as a DOM element. */
export interface PageContent {
  title: string;
  description: string;
  /** Canonical URL of the page on the public site. */
  url: string;
  /** The page's "Inhoudelijk gewijzigd op …" line from its footer, when it has one. */
  changed: string | undefined;
  /** The cleaned content element; links are absolute URLs on the public site, fragments of this page stay `#id`. */
  content: Element;
}

/** Elements that belong to the screen page, not to its text: navigation, controls, screen hints, print-only furniture. */
const CHROME = [
  'script',
  'style',
  'template',
  'noscript',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  '[hidden]',
  '.no-print',
  '.print-only',
  '.heading-anchor',
  // The previews in place (their popovers): on paper and in the other formats only the plain link they sit beside remains.
  '[popover]',
  '.slide-link',
  '.copy-link',
  '[data-copy-status]',
  '[data-map-controls]',
  '[data-map-live]',
  '[data-map-status]',
  '[data-map-hint]',
  '[data-map-info]',
].join(', ');

/** True for a custom element (its name has a hyphen), which only carries behaviour around its children. */
function isCustomElement(element: Element): boolean {
  return element.localName.includes('-');
}

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

/**
 * Reads a built page and returns its main content cleaned for reading elsewhere: no navigation, buttons, map controls,
 * heading anchors or print colophon; heading wrappers and custom elements unwrapped; internal links made absolute on the
 * public site (`siteRoot` is the deployed site with its base, e.g. `https://x.org/lezing/`). Throws naming `file` when the
 * page has no `<main>` or no `<h1>`.
 */
export function readPageContent(html: string, file: string, siteRoot: string): PageContent {
  const { document } = parseHTML(html);
  const main = document.querySelector('main');
  if (!main) throw new Error(`${file}: geen <main> gevonden; kan geen tekstversie maken.`);
  const content = main.querySelector(':scope > article') ?? main;
  const title = content.querySelector('h1')?.textContent.trim() ?? '';
  if (!title) throw new Error(`${file}: geen <h1> in <main>; kan geen tekstversie maken.`);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  const url = canonical || siteRoot;
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  const changed = document.querySelector('footer .last-changed')?.textContent.trim() || undefined;

  for (const element of [...content.querySelectorAll(CHROME)]) element.remove();
  for (const wrapper of [...content.querySelectorAll('div.heading')]) unwrap(wrapper);
  for (const element of [...content.querySelectorAll('*')].reverse()) if (isCustomElement(element)) unwrap(element);

  for (const link of content.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith('#')) link.setAttribute('href', new URL(href, url).href);
  }
  return { title, description, url, changed, content };
}
