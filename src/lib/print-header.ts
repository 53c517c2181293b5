/** CSS paged-media rules that put a chapter's title in the printed page's running header (top right). */

/** Quotes a string for use as a CSS `content` value. */
export function cssString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

/** Name of the CSS named page of a chapter inside a handout, e.g. `lessen/5-x` → `ch-lessen-5-x`. */
export function namedPage(id: string): string {
  return `ch-${id.replace(/[^a-z0-9-]+/gi, '-')}`;
}

/** For a single page: the running header on every printed page. */
export function runningHeaderCss(title: string): string {
  return `@page { @top-right { content: ${cssString(title)}; } }`;
}

/** For a handout: each chapter section prints on its own named pages, headed by its own title. */
export function handoutHeaderCss(chapters: readonly { id: string; title: string }[]): string {
  return chapters
    .map(({ id, title }) => {
      const name = namedPage(id);
      return `[data-page="${name}"] { page: ${name}; } @page ${name} { @top-right { content: ${cssString(title)}; } }`;
    })
    .join('\n');
}
