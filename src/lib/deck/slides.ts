/** Derives a chapter's slides from its rendered HTML: key points (lists, bold terms, figures as static SVG) on the slide, the prose as notes. */
import { parseHTML } from 'linkedom';
import type { SlideIdOf } from './slide-ids.ts';

export interface SlideContext {
  /** Chapter id, e.g. `lessen/5-samenwerkingsmaturiteit`. */
  chapterId: string;
  /** The chapter's reading page with base, e.g. `/lezing/lessen/5-samenwerkingsmaturiteit/`. */
  readingHref: string;
  slideIdOf: SlideIdOf;
  /** Heading level of an h2 section's slide title; subsections get one level deeper. */
  level: number;
  /** Characters of text above which an h2 section with h3 subsections becomes one slide per subsection. */
  splitAbove?: number;
}

export interface Slide {
  /** Id in the deck (`/presentatie/#id`). */
  id: string;
  /** Id of the section on the reading page. */
  sectionId: string;
  title: string;
  /** A continuation slide (`<id>--2`, …): the next figure of the same section. */
  continued?: boolean;
  /** Title of the h2 section a subsection slide belongs to. */
  parentTitle?: string | undefined;
  level: number;
  /** What the audience sees: lists, figures, or else the bold terms or the opening sentence. */
  bodyHtml: string;
  /** The section's full prose, for the speaker. */
  notesHtml: string;
  /** The section on its reading page. */
  readHref: string;
}

export interface ChapterSlides {
  /** Key points and prose before the first section (for the chapter's own slide). */
  intro: { bodyHtml: string; notesHtml: string };
  slides: Slide[];
}

interface Group {
  id: string;
  title: string;
  nodes: Element[];
  subs: Group[];
}

const SPLIT_ABOVE = 1200;
const ARIA_REFS = ['aria-labelledby', 'aria-describedby'] as const;

/** Abbreviations whose full stop does not end a sentence ("Prof. Dr. Ben Derudder"). */
const ABBREVIATIONS = /(?:^|\s)(?:prof|dr|dhr|mevr|mr|ir|st|bv|ca|nr|vs|o\.a|m\.a\.w|[a-z])\.$/i;

/** The first sentence of a text (up to a full stop before a capital, not after an abbreviation), or the whole text. */
export function firstSentence(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  for (const match of clean.matchAll(/[.!?](?=\s+[A-Z0-9À-Ý"'‘“(])/g)) {
    const end = match.index + 1;
    if (!ABBREVIATIONS.test(clean.slice(0, end))) return clean.slice(0, end);
  }
  return clean;
}

/** What a slide does not show: the data tables and notes under a figure on its page. */
const PROMISES_ABSENT = /\b(tabel|tabellen|onder de kaart|hieronder|hierna)\b/i;

/**
 * A figure caption cut for a slide: its first sentence, without the clauses (split at ";") that point to what the slide
 * does not show, such as "de tabel onder de kaart".
 */
export function slideCaption(caption: string): string {
  const kept = firstSentence(caption)
    .split(/;\s+/)
    .filter((clause) => !PROMISES_ABSENT.test(clause));
  const text = kept.join('; ').trim();
  return text === '' ? '' : /[.!?]$/.test(text) ? text : `${text}.`;
}

const textOf = (nodes: readonly Element[]): string => nodes.map((n) => n.textContent ?? '').join(' ');
const headingOf = (el: Element): Element | null => el.querySelector(':scope > h2, :scope > h3');

/** Splits the top-level elements into an intro and h2 sections, each with its h3 subsections. */
function group(root: Element): { intro: Element[]; sections: Group[] } {
  const intro: Element[] = [];
  const sections: Group[] = [];
  let section: Group | undefined;
  let sub: Group | undefined;
  for (const el of [...root.children]) {
    const heading = el.classList.contains('heading') ? headingOf(el) : null;
    if (heading?.id) {
      const g: Group = { id: heading.id, title: (heading.textContent ?? '').trim(), nodes: [], subs: [] };
      if (heading.tagName === 'H3' && section) {
        section.subs.push(g);
        sub = g;
      } else {
        sections.push(g);
        section = g;
        sub = undefined;
      }
      continue;
    }
    const owner = sub ?? section;
    if (owner) owner.nodes.push(el);
    else intro.push(el);
  }
  return { intro, sections };
}

/** Derives the slides of one chapter from its rendered HTML (after the site's rehype plugins). */
export function deriveSlides(html: string, ctx: SlideContext): ChapterSlides {
  const { document } = parseHTML(`<!doctype html><html><body><div id="bron">${html}</div><div id="dia"></div></body></html>`);
  const root = document.getElementById('bron') as Element;
  const out = document.getElementById('dia') as Element;
  for (const el of root.querySelectorAll('script, style, a.heading-anchor, .copy-link, .no-print-slide')) el.remove();
  const { intro, sections } = group(root);
  const own = new Set(sections.flatMap((s) => [s.id, ...s.subs.map((sub) => sub.id)]));

  const make = (tag: string, className?: string, text?: string): Element => {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  };

  /** A copy of `node` with same-page links pointing into the deck (sections) or to the reading page (anything else). */
  const copy = (node: Element, keepIds: boolean): Element => {
    const clone = node.cloneNode(true) as Element;
    for (const link of [clone, ...clone.querySelectorAll('a[href^="#"]')]) {
      const href = link.getAttribute('href');
      if (link.tagName !== 'A' || !href?.startsWith('#')) continue;
      const target = href.slice(1);
      link.setAttribute('href', own.has(target) ? `#${ctx.slideIdOf(ctx.chapterId, target)}` : `${ctx.readingHref}${href}`);
    }
    if (!keepIds) for (const el of [clone, ...clone.querySelectorAll('[id]')]) el.removeAttribute('id');
    return clone;
  };

  /**
   * The figure as it prints: caption (first sentence, see `slideCaption`), the "Achtergrond" note of a figure the site
   * adds (with its caveats) and its provenance, the static SVG(s) and chart legend, the source line.
   */
  const figure = (fig: Element): Element => {
    const result = make('figure', 'dia-figuur');
    const caption = fig.querySelector('figcaption');
    if (caption) {
      const label = caption.querySelector('.figure-label')?.textContent ?? '';
      const rest = (caption.textContent ?? '').slice(label.length).replace(/^\s*—\s*/, '');
      const cap = make('figcaption');
      if (label) cap.append(make('span', 'figure-label', label), document.createTextNode(' — '));
      cap.append(document.createTextNode(slideCaption(rest)));
      result.append(cap);
    }
    for (const attr of ['data-provenance', 'data-slides', 'data-sources']) {
      const value = fig.getAttribute(attr);
      if (value !== null) result.setAttribute(attr, value);
    }
    const added = fig.querySelector('.figure-added-note');
    if (added) result.append(copy(added, false));
    const picture = make('div', 'dia-figuur-beeld');
    for (const el of fig.querySelectorAll('.figure-body svg[role="img"], .figure-body ul.chart-legend')) picture.append(copy(el, true));
    result.append(picture);
    const source = fig.querySelector('.figure-source');
    if (source) result.append(copy(source, false));
    return result;
  };

  /** Sorts a group's elements into key points (body) and prose (notes); returns the bold terms of its paragraphs. */
  const sort = (nodes: readonly Element[], body: Element, notes: Element): string[] => {
    const terms: string[] = [];
    for (const node of nodes) {
      if (node.tagName === 'UL' || node.tagName === 'OL') body.append(copy(node, false));
      else if (node.tagName === 'FIGURE') body.append(figure(node));
      else {
        notes.append(copy(node, false));
        if (node.tagName === 'P') for (const strong of node.querySelectorAll('strong')) terms.push((strong.textContent ?? '').replace(/[\s:;,]+$/, '').trim());
      }
    }
    return terms;
  };

  /** Fills a slide body that has no lists or figures with the bold terms, or else the opening sentence. */
  const fallback = (body: Element, terms: readonly string[], nodes: readonly Element[]): void => {
    if (body.children.length > 0) return;
    const unique = [...new Set(terms.filter(Boolean))];
    if (unique.length > 0) {
      const list = make('ul', 'dia-termen');
      for (const term of unique) list.append(make('li', undefined, term));
      body.append(list);
      return;
    }
    const paragraph = nodes.find((n) => n.tagName === 'P');
    if (paragraph) body.append(make('p', 'dia-lede', firstSentence(paragraph.textContent ?? '')));
  };

  const slides: { slide: Omit<Slide, 'bodyHtml' | 'notesHtml'>; body: Element; notes: Element }[] = [];
  const build = (g: Group, level: number, inner: readonly Group[], parent?: Group): void => {
    const body = make('div');
    const notes = make('div');
    const terms = sort(g.nodes, body, notes);
    for (const sub of inner) {
      const heading = make(`h${Math.min(level + 1, 6)}`, 'dia-subkop', sub.title);
      heading.id = ctx.slideIdOf(ctx.chapterId, sub.id);
      const subBody = make('div');
      const subTerms = sort(sub.nodes, subBody, notes);
      fallback(subBody, subTerms, sub.nodes);
      body.append(heading, ...subBody.children);
      terms.push(...subTerms);
    }
    if (inner.length === 0) fallback(body, terms, g.nodes);
    const slide = {
      id: ctx.slideIdOf(ctx.chapterId, g.id),
      sectionId: g.id,
      title: g.title,
      parentTitle: parent?.title,
      level,
      readHref: `${ctx.readingHref}#${g.id}`,
    };
    const [first, ...more] = pages(body);
    out.append(first ?? body, notes);
    slides.push({ slide, body: first ?? body, notes });
    more.forEach((page, i) => {
      const empty = make('div');
      out.append(page, empty);
      slides.push({ slide: { ...slide, id: `${slide.id}--${i + 2}`, continued: true }, body: page, notes: empty });
    });
  };
  /** One figure a slide: a figure that follows other key points starts a continuation slide (with the subheading before it). */
  const pages = (body: Element): Element[] => {
    const result = [make('div')];
    for (const child of [...body.children]) {
      let page = result.at(-1) as Element;
      if (child.classList.contains('dia-figuur') && page.children.length > 0) {
        const heading = page.lastElementChild?.classList.contains('dia-subkop') ? page.lastElementChild : null;
        if (!heading || page.children.length > 1) {
          page = make('div');
          result.push(page);
          if (heading) page.append(heading);
        }
      }
      page.append(child);
    }
    return result;
  };
  for (const section of sections) {
    const split = section.subs.length > 0 && textOf([section, ...section.subs].flatMap((s) => s.nodes)).length > (ctx.splitAbove ?? SPLIT_ABOVE);
    build(section, ctx.level, split ? [] : section.subs);
    if (split) for (const sub of section.subs) build(sub, ctx.level + 1, [], section);
  }
  const introBody = make('div');
  const introNotes = make('div');
  sort(intro, introBody, introNotes);
  out.append(introBody, introNotes);

  // References to ids that did not make it onto a slide (e.g. a chart's data table) would dangle: drop them.
  for (const el of out.querySelectorAll(ARIA_REFS.map((a) => `[${a}]`).join(', '))) {
    for (const attr of ARIA_REFS) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      const kept = value.split(/\s+/).filter((ref) => ref && out.querySelector(`[id="${ref}"]`));
      if (kept.length > 0) el.setAttribute(attr, kept.join(' '));
      else el.removeAttribute(attr);
    }
  }
  return {
    intro: { bodyHtml: introBody.innerHTML, notesHtml: introNotes.innerHTML },
    slides: slides.map(({ slide, body, notes }) => ({ ...slide, bodyHtml: body.innerHTML, notesHtml: notes.innerHTML })),
  };
}
