/**
 * The printed page's running header (top right). A page's comes from `<html data-running-header>` (BaseLayout.astro),
 * which `print.css` reads into the margin box (`--running-header: attr(…)` on the root element, inherited by the page
 * context), so no page needs CSS of its own; a handout chapter's comes from a stylesheet of named pages (below).
 */
import { createHash } from 'node:crypto';

/** Quotes a string for use as a CSS `content` value. */
export function cssString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

/** Name of the CSS named page of a chapter inside a handout, e.g. `lessen/5-x` → `ch-lessen-5-x`. */
export function namedPage(id: string): string {
  return `ch-${id.replace(/[^a-z0-9-]+/gi, '-')}`;
}

/**
 * For a handout: each chapter section prints on its own named pages, headed by its own title. `!important`, because the
 * site's `@page` rule (print.css) fills the same margin box, and Chromium (156) lets a later stylesheet's `@page` win
 * over an earlier named page's, whatever their specificity.
 */
export function handoutHeaderCss(chapters: readonly { id: string; title: string }[]): string {
  return chapters
    .map(({ id, title }) => {
      const name = namedPage(id);
      return `[data-page="${name}"] { page: ${name}; } @page ${name} { @top-right { content: ${cssString(title)} !important; } }`;
    })
    .join('\n');
}

/**
 * The handout chapters' running headers as a stylesheet of its own (a page may carry no inline CSS under the site's
 * policy): its text and a file name with a fingerprint of that text, e.g. `koppen.1a2b3c4d.css`.
 */
export function handoutHeaderSheet(chapters: readonly { id: string; title: string }[]): { file: string; css: string } {
  const css = `${handoutHeaderCss(chapters)}\n`;
  return { file: `koppen.${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`, css };
}
