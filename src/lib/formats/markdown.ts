/** Markdown copy of a page's cleaned content: headings keep their ids (`## Titel {#id}`), Achtergrond boxes become quotes. */
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';

/** Removes soft hyphens (U+00AD), which the site inserts into headings for hyphenation; plain text never carries them. */
export function stripSoftHyphens(text: string): string {
  return text.replaceAll('\u00AD', '');
}

function replaceTag(element: Element, tag: string): Element {
  const replacement = element.ownerDocument.createElement(tag);
  replacement.append(...element.childNodes);
  element.replaceWith(replacement);
  return replacement;
}

function strongParagraph(document: Document, text: string): Element {
  const p = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = text.trim();
  p.append(strong);
  return p;
}

/**
 * Rewrites the content element (in place) into plain structures Markdown can carry: the `<h1>` first; SVG drawings out
 * (captions stay, a titled drawing leaves its title and description); the "Achtergrond" kicker in bold,
 * Achtergrond boxes as block quotes, table captions and `<summary>` as bold lines, glossary terms with an id as `##`
 * headings, other description lists as "**term:** description" items, and every heading id as a trailing `{#id}`.
 */
export function prepareForMarkdown(content: Element): void {
  const document = content.ownerDocument;
  const h1 = content.querySelector('h1');
  if (h1 && content.firstElementChild !== h1) content.prepend(h1);
  for (const svg of [...content.querySelectorAll('svg')]) {
    // A drawing with a title (a map, a chart) leaves its title and description as text; decoration simply goes.
    const title = svg.getAttribute('role') === 'img' ? svg.querySelector(':scope > title')?.textContent.trim() : undefined;
    const desc = svg.querySelector(':scope > desc')?.textContent.trim();
    if (title) {
      const p = document.createElement('p');
      const em = document.createElement('em');
      em.textContent = `${title.replace(/[.:]$/, '')}.`;
      p.append(em, desc ? ` ${desc}` : '');
      svg.replaceWith(p);
    } else svg.remove();
  }
  for (const kicker of [...content.querySelectorAll('.box-kicker')]) {
    const strong = document.createElement('strong');
    strong.textContent = kicker.textContent.trim();
    kicker.replaceWith(strong, ' —');
  }
  for (const box of [...content.querySelectorAll('aside.achtergrond, .achtergrond:not(figure)')]) replaceTag(box, 'blockquote');
  for (const caption of [...content.querySelectorAll('table > caption')]) {
    const table = caption.parentElement;
    const wrapper = table?.parentElement?.classList.contains('table-scroll') ? table.parentElement : table;
    wrapper?.before(strongParagraph(document, caption.textContent));
    caption.remove();
  }
  for (const summary of [...content.querySelectorAll('details > summary')]) {
    summary.replaceWith(strongParagraph(document, summary.textContent));
  }
  for (const list of [...content.querySelectorAll('dl')]) {
    const terms = [...list.querySelectorAll(':scope > dt')];
    if (terms.length > 0 && terms.every((dt) => dt.id)) {
      for (const dt of terms) replaceTag(dt, 'h2').id = dt.id;
      for (const dd of [...list.querySelectorAll(':scope > dd')]) replaceTag(dd, 'div');
      list.replaceWith(...list.childNodes);
      continue;
    }
    const ul = document.createElement('ul');
    let item: Element | undefined;
    for (const child of [...list.children]) {
      if (child.localName === 'dt') {
        item = document.createElement('li');
        const strong = document.createElement('strong');
        strong.textContent = `${child.textContent.trim()}:`;
        item.append(strong, ' ');
        ul.append(item);
      } else if (child.localName === 'dd' && item) {
        item.append(...child.childNodes, ' ');
      }
    }
    list.replaceWith(ul);
  }
  for (const heading of content.querySelectorAll('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]')) {
    heading.append(` {#${heading.id}}`);
  }
}

/** Markdown (CommonMark with GFM tables) of a prepared content element, without soft hyphens, ending in one newline. */
export function contentToMarkdown(content: Element): string {
  const tree = toMdast(fromHtml(content.outerHTML, { fragment: true }));
  const markdown = toMarkdown(tree, {
    extensions: [gfmToMarkdown({ tablePipeAlign: false })],
    bullet: '-',
    emphasis: '_',
    fences: true,
    listItemIndent: 'one',
  });
  return `${stripSoftHyphens(markdown).trim()}\n`;
}
