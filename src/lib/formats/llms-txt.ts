/** `/llms.txt` after the llms.txt convention (llmstxt.org): an H1, a one-paragraph quote, notes, then sections of links. */
import { stripSoftHyphens } from './markdown.ts';

export interface LlmsLink {
  title: string;
  url: string;
  description: string;
}

export interface LlmsSection {
  /** Section heading; a section called "Optional" is, by the convention, the part a reader may skip. */
  name: string;
  links: readonly LlmsLink[];
}

export interface LlmsDocument {
  title: string;
  summary: string;
  /** Paragraphs between the summary and the first section. */
  notes: readonly string[];
  sections: readonly LlmsSection[];
}

/** One line of text: whitespace collapsed, so a description never breaks the list. */
function line(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The llms.txt text of a document, without soft hyphens; sections without links are left out. Throws on a link without a URL. */
export function llmsTxt(doc: LlmsDocument): string {
  const parts = [`# ${line(doc.title)}`, `> ${line(doc.summary)}`, ...doc.notes.map(line)];
  for (const section of doc.sections) {
    if (section.links.length === 0) continue;
    const items = section.links.map((link) => {
      if (!link.url) throw new Error(`llms.txt: de link '${link.title}' in '${section.name}' heeft geen URL.`);
      const description = line(link.description);
      return `- [${line(link.title)}](${link.url})${description ? `: ${description}` : ''}`;
    });
    parts.push(`## ${line(section.name)}`, items.join('\n'));
  }
  return `${stripSoftHyphens(parts.join('\n\n'))}\n`;
}
