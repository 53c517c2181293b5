/** Makes a handout of several chapters one consistent document: unique ids per chapter, links that stay inside it. */

/** Anchor id of a chapter inside a handout, e.g. `lessen/5-x` → `lessen-5-x`. */
export function chapterAnchor(id: string): string {
  return id.replace(/^\/+|\/+$/g, '').replace(/[^a-z0-9-]+/gi, '-');
}

const ID_REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers'] as const;

/** Moves every h2–h5 inside the chapter sections one level down, so chapter titles (h2) head their own sections. */
export function demoteHeadings(document: Document): void {
  for (const heading of document.querySelectorAll(
    '[data-handout-chapter] h2, [data-handout-chapter] h3, [data-handout-chapter] h4, [data-handout-chapter] h5',
  )) {
    if (heading.classList.contains('handout-chapter-title')) continue;
    const level = Number(heading.tagName.slice(1));
    const replacement = document.createElement(`h${level + 1}`);
    for (const attr of [...heading.attributes]) replacement.setAttribute(attr.name, attr.value);
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
}

export interface HandoutOptions {
  /** Deployed origin + base of the site, e.g. `https://x.org/lezing/`; links to pages outside the handout become absolute. */
  siteRoot: string;
  /** The base path, e.g. `/lezing/`. */
  base: string;
}

/**
 * Within every `[data-handout-chapter]` section: prefixes ids with the chapter anchor (`lessen-5-x--kernpunten`) and rewrites
 * attributes that reference them; then rewrites every link: same-page fragments and links to chapters in the handout become
 * in-handout fragments, other internal links become absolute URLs of the site, marked `data-internal`.
 */
export function rewriteHandout(document: Document, options: HandoutOptions): void {
  const sections = [...document.querySelectorAll<HTMLElement>('[data-handout-chapter]')];
  const chapterByPath = new Map<string, { anchor: string; ids: Set<string> }>();
  for (const section of sections) {
    const id = section.getAttribute('data-handout-chapter') ?? '';
    const anchor = chapterAnchor(id);
    const ids = new Set<string>();
    for (const el of section.querySelectorAll('[id]')) {
      ids.add(el.id);
      el.id = `${anchor}--${el.id}`;
    }
    for (const attr of ID_REFERENCES) {
      for (const el of [section, ...section.querySelectorAll(`[${attr}]`)]) {
        if (!el.hasAttribute(attr)) continue;
        const value = el.getAttribute(attr) ?? '';
        el.setAttribute(
          attr,
          value
            .split(/\s+/)
            .map((ref) => (ids.has(ref) ? `${anchor}--${ref}` : ref))
            .join(' '),
        );
      }
    }
    section.id = anchor;
    chapterByPath.set(`${options.base}${id.replace(/^\/+|\/+$/g, '')}/`, { anchor, ids });
  }
  const pageUrl = new URL(options.siteRoot);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    const section = link.closest('[data-handout-chapter]');
    if (href.startsWith('#')) {
      const own = section ? chapterByPath.get(`${options.base}${(section.getAttribute('data-handout-chapter') ?? '').replace(/^\/+|\/+$/g, '')}/`) : undefined;
      const fragment = decodeURIComponent(href.slice(1));
      if (own && own.ids.has(fragment)) link.setAttribute('href', `#${own.anchor}--${fragment}`);
      continue;
    }
    if (!href.startsWith('/') || href.startsWith('//')) continue;
    const url = new URL(href, pageUrl);
    const target = chapterByPath.get(url.pathname);
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (target) link.setAttribute('href', fragment && target.ids.has(fragment) ? `#${target.anchor}--${fragment}` : `#${target.anchor}`);
    else {
      link.setAttribute('href', new URL(url.pathname.slice(options.base.length) + url.search + url.hash, options.siteRoot).href);
      // Still a link within the site: print does not spell out its address (the colophon's QR code leads to the site).
      link.setAttribute('data-internal', '');
    }
  }
}
