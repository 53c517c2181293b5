/** Builds the on-page table of contents (h2 with nested h3) from a chapter's headings. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** Nests h3 under the preceding h2; h3 before any h2 become top-level entries; other depths are ignored. */
export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    const entry: TocEntry = { slug: heading.slug, text: heading.text, children: [] };
    if (heading.depth === 2) toc.push(entry);
    else if (heading.depth === 3) {
      const parent = toc.at(-1);
      if (parent) parent.children.push(entry);
      else toc.push(entry);
    }
  }
  return toc;
}
