/**
 * Previews in place: next to the first use of a glossary term, every figure reference and every link to a section of another
 * chapter, a small button opens a popover (the HTML Popover API, no JavaScript) with the definition, the figure's caption or
 * the section's first lines, and the full link. Works on built pages (linkedom documents); the integration does the I/O.
 */

/** The minimal DOM this module needs; linkedom's documents and the browser's both satisfy it. */
type Doc = Document;

/** What a glossary preview shows: the term and the entry's own content on /begrippen/, provenance included. */
export interface GlossaryPreview {
  term: string;
  /** The `<dd>` of the entry, serialised. */
  html: string;
}

/** What a section preview shows. */
export interface SectionPreview {
  title: string;
  excerpt: string;
}

/** The pages a chapter page may link to, keyed by root-relative path with base (`/lezing/bestuurlijke-realiteit/`). */
export interface PreviewSources {
  glossary: ReadonlyMap<string, GlossaryPreview>;
  /** Chapter path → its title and its sections by id. */
  chapters: ReadonlyMap<string, { title: string; sections: ReadonlyMap<string, SectionPreview> }>;
}

/** Collapses whitespace and strips soft hyphens. */
export function plainText(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first `max` characters of a text, cut at a word boundary with an ellipsis. */
export function excerpt(text: string, max = 220): string {
  const clean = plainText(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,;:.–—-]+$/, '')} …`;
}

/** Every entry of the glossary page: `<dt id>` and its `<dd>`. */
export function glossaryEntries(doc: Doc): Map<string, GlossaryPreview> {
  const entries = new Map<string, GlossaryPreview>();
  for (const dt of Array.from(doc.querySelectorAll('dl.glossary > dt[id]'))) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName.toLowerCase() !== 'dd') continue;
    entries.set(dt.id, { term: plainText(dt.textContent), html: dd.innerHTML });
  }
  return entries;
}

const HEADING = /^h[1-6]$/;

function headingLevel(el: Element): number | undefined {
  const heading = HEADING.test(el.tagName.toLowerCase()) ? el : el.querySelector(':scope > h2, :scope > h3, :scope > h4');
  return heading ? Number(heading.tagName.slice(1)) : undefined;
}

/**
 * The sections of a chapter page: each `h2`/`h3` of the text with an id, its title and the first lines of the lecture's own
 * text below it (paragraphs and lists; Achtergrond boxes and figures, which the site adds, are left out). An `h3` is titled
 * with its `h2`: "De Nederlandse Regio Deals: Governance".
 */
export function chapterSections(doc: Doc, max = 220): Map<string, SectionPreview> {
  const sections = new Map<string, SectionPreview>();
  let parent = '';
  for (const heading of Array.from(doc.querySelectorAll('.prose h2[id], .prose h3[id]'))) {
    const level = Number(heading.tagName.slice(1));
    const title = plainText(heading.textContent);
    if (level === 2) parent = title;
    const wrapper = heading.parentElement?.classList.contains('heading') ? heading.parentElement : heading;
    const parts: string[] = [];
    let length = 0;
    for (let node = wrapper.nextElementSibling; node && length <= max; node = node.nextElementSibling) {
      const nodeLevel = headingLevel(node);
      if (nodeLevel !== undefined && nodeLevel <= level) break;
      const tag = node.tagName.toLowerCase();
      if (tag !== 'p' && tag !== 'ul' && tag !== 'ol') continue;
      const text =
        tag === 'p'
          ? plainText(node.textContent)
          : Array.from(node.querySelectorAll(':scope > li'))
              .map((li) => plainText(li.textContent))
              .join(' ');
      if (!text) continue;
      parts.push(text);
      length += text.length + 1;
    }
    if (parts.length === 0) continue;
    sections.set(heading.id, { title: level === 3 && parent ? `${parent}: ${title}` : title, excerpt: excerpt(parts.join(' '), max) });
  }
  return sections;
}

function el(doc: Doc, tag: string, attributes: Record<string, string>, children: (Node | string)[] = []): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  return node;
}

/** Block-level markup copied into a popover (which sits inside a paragraph) becomes phrasing: `<p>` → `<span>`. */
function phrasing(doc: Doc, html: string): Node[] {
  const holder = doc.createElement('span');
  holder.innerHTML = html;
  for (const p of Array.from(holder.querySelectorAll('p, div'))) {
    const span = el(doc, 'span', { class: ['preview-p', p.getAttribute('class') ?? ''].join(' ').trim() });
    span.append(...Array.from(p.childNodes));
    p.replaceWith(span);
  }
  for (const withId of Array.from(holder.querySelectorAll('[id]'))) withId.removeAttribute('id');
  return Array.from(holder.childNodes);
}

interface Card {
  /** What kind of thing the card shows, e.g. "Begrip". */
  kicker: (Node | string)[];
  title: string;
  /** Accessible name of the button: "Toon uitleg bij ‘verrommeling’". */
  label: string;
  body: Node[];
  more: { href: string; text: string };
  thumbnail?: Node | undefined;
}

/**
 * Puts the toggle button right after `link`, and the popover after it; a second link to the same target (`shared`, keyed
 * by `key`) gets only a button for the popover that already exists.
 */
function attach(doc: Doc, link: Element, id: string, card: Card, shared?: { key: string; ids: Map<string, string> }): void {
  const existing = shared ? shared.ids.get(shared.key) : undefined;
  const target = existing ?? id;
  // No text inside the button: its "i" is drawn by CSS and its name is an aria-label, so copying the sentence copies the sentence.
  const button = el(doc, 'button', { type: 'button', class: 'preview-toggle', popovertarget: target, 'aria-label': card.label, 'data-pagefind-ignore': '' });
  if (existing) {
    link.after(button);
    return;
  }
  shared?.ids.set(shared.key, id);
  const titleId = `${id}-titel`;
  const popover = el(
    doc,
    'span',
    { id, popover: 'auto', class: 'preview', role: 'dialog', 'aria-labelledby': titleId, tabindex: '-1', autofocus: '', 'data-pagefind-ignore': 'all' },
    [
      el(doc, 'span', { class: 'preview-kicker' }, card.kicker),
      el(doc, 'strong', { class: 'preview-title', id: titleId }, [card.title]),
      ...(card.thumbnail ? [card.thumbnail] : []),
      el(doc, 'span', { class: 'preview-body' }, card.body),
      el(doc, 'a', { class: 'preview-more', href: card.more.href }, [card.more.text]),
    ],
  );
  link.after(button, popover);
}

function addedKicker(doc: Doc, text: string): (Node | string)[] {
  return [el(doc, 'span', { class: 'box-kicker' }, ['Achtergrond']), ` ${text}`];
}

/** Splits `/lezing/lessen/x/#id` into path and id; undefined for links without a section. */
function sectionTarget(href: string): { path: string; id: string } | undefined {
  const match = /^(\/[^#?]*\/)#([a-z0-9-]+)$/.exec(href);
  return match?.[1] && match[2] ? { path: match[1], id: match[2] } : undefined;
}

/**
 * Adds the previews to a built chapter page whose path (with base) is `path`. Returns how many were added.
 * Glossary cards carry the entry as /begrippen/ shows it (definition, where the lecture uses it, sources) under the
 * "Achtergrond" marking, since the explanations are written for the site; figure cards show the label, caption, the
 * figure's own Achtergrond note and a thumbnail drawn from the figure itself; section cards the section's first lines.
 * A figure or section linked twice shares one popover.
 */
export function addPreviews(doc: Doc, path: string, sources: PreviewSources): number {
  const prose = doc.querySelector('article .prose');
  if (!prose) return 0;
  let count = 0;
  const nextId = (): string => `vv-${++count}`;
  const ids = new Map<string, string>();

  for (const link of Array.from(prose.querySelectorAll('a.term-link'))) {
    const href = link.getAttribute('href') ?? '';
    const entry = sources.glossary.get(href.slice(href.indexOf('#') + 1));
    if (!entry) continue;
    attach(doc, link, nextId(), {
      kicker: addedKicker(doc, 'Begrip, uitgelegd door deze website'),
      title: entry.term,
      label: `Toon uitleg bij ‘${plainText(link.textContent)}’`,
      body: phrasing(doc, entry.html),
      more: { href, text: 'Naar het begrip in Begrippen' },
    });
  }

  for (const link of Array.from(prose.querySelectorAll('a.figref'))) {
    const id = link.getAttribute('data-figref') ?? '';
    const figure = doc.getElementById(id);
    const caption = figure?.querySelector('figcaption');
    if (!figure || !caption) continue;
    const label = plainText(figure.querySelector('.figure-label')?.textContent ?? link.textContent);
    if (ids.has(`figuur:${id}`)) {
      attach(
        doc,
        link,
        nextId(),
        { kicker: [], title: '', label: `Toon ${plainText(link.textContent)}`, body: [], more: { href: '', text: '' } },
        { key: `figuur:${id}`, ids },
      );
      continue;
    }
    const captionText = plainText(caption.textContent).replace(new RegExp(`^${label}\\s*—\\s*`), '');
    const body: Node[] = [el(doc, 'span', { class: 'preview-p' }, [captionText])];
    const note = figure.querySelector('.figure-added-note');
    if (note) body.push(...phrasing(doc, note.outerHTML));
    attach(
      doc,
      link,
      nextId(),
      {
        kicker: ['Figuur op deze pagina'],
        title: label,
        label: `Toon ${plainText(link.textContent)}`,
        body,
        more: { href: link.getAttribute('href') ?? `#${id}`, text: `Naar ${label.toLowerCase()}` },
        thumbnail: thumbnail(doc, figure, id),
      },
      { key: `figuur:${id}`, ids },
    );
  }

  for (const link of Array.from(prose.querySelectorAll('a[href]'))) {
    if (link.classList.contains('term-link') || link.classList.contains('figref') || link.closest('.heading, .preview')) continue;
    const target = sectionTarget(link.getAttribute('href') ?? '');
    if (!target || target.path === path) continue;
    const chapter = sources.chapters.get(target.path);
    const section = chapter?.sections.get(target.id);
    if (!chapter || !section) continue;
    const href = link.getAttribute('href') ?? '';
    attach(
      doc,
      link,
      nextId(),
      {
        kicker: [`Sectie in ‘${chapter.title}’`],
        title: section.title,
        label: `Toon het begin van de sectie ‘${section.title}’`,
        body: [el(doc, 'span', { class: 'preview-p' }, [section.excerpt])],
        more: { href, text: 'Lees de hele sectie' },
      },
      { key: `sectie:${href}`, ids },
    );
  }
  return count;
}

/**
 * A thumbnail of a figure without copying it: an `<svg>` that `<use>`s the figure's drawing by id (the drawing gets an id
 * when it has none). Undefined when the figure has no SVG drawing.
 */
function thumbnail(doc: Doc, figure: Element, figureId: string): Node | undefined {
  const drawing = figure.querySelector('.figure-body svg');
  if (!drawing) return undefined;
  // A drawing without a viewBox (the charts: width 100%, a fixed height) is shown at a nominal 600 px width.
  const height = Number(drawing.getAttribute('height'));
  const viewBox = drawing.getAttribute('viewBox') ?? (height > 0 ? `0 0 600 ${height}` : undefined);
  if (!viewBox) return undefined;
  if (!drawing.id) drawing.id = `${figureId}-tekening`;
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'preview-thumb');
  svg.setAttribute('viewBox', viewBox);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const use = doc.createElementNS('http://www.w3.org/2000/svg', 'use');
  use.setAttribute('href', `#${drawing.id}`);
  const [, , width, tall] = viewBox.split(/\s+/);
  if (width && tall) {
    use.setAttribute('width', width);
    use.setAttribute('height', tall);
  }
  svg.append(use);
  return svg;
}
