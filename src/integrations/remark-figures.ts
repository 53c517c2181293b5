/**
 * Remark plugin: numbers the figures of a chapter and resolves cross-references.
 *
 * Figures are the MDX elements `<Figure>`, `<…Map>`, `<…Chart>` and `<…Timeline>` with an `id`; in document order each
 * gets a `number` attribute ("2.3", "L8.1"; see src/lib/figures.ts). Every `<FigRef to="id" />` becomes a link
 * `[figuur 2.3](#id)`. A missing or repeated id, or a reference to a figure that does not exist, stops the build with
 * a message naming the file and the id.
 */
import type { Link, Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import {
  FIGREF_COMPONENT,
  chapterFromFrontmatter,
  chapterFromSource,
  figurePrefix,
  isFigureComponent,
  numberFigures,
  resolveFigureRef,
  type FigureCandidate,
  type NumberedFigure,
} from '../lib/figures.ts';

interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: string | null | { type: string; value: string };
}

interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: ({ type: string; name?: string; value?: unknown } & Partial<JsxAttribute>)[];
  children: AnyNode[];
}

interface AnyNode {
  type: string;
  children?: AnyNode[];
}

function isJsx(node: AnyNode): node is AnyNode & JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The literal string value of an attribute; undefined when absent; throws when written as an expression. */
function literalAttribute(node: JsxElement, name: string, file: string): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute) return undefined;
  if (typeof attribute.value === 'string') return attribute.value;
  throw new Error(`${file}: <${node.name ?? ''}> schrijft ${name} als expressie; gebruik een letterlijke tekst: ${name}="…".`);
}

/** Figures in document order; a figure nested inside another figure is part of it and not numbered separately. */
function collectFigures(node: AnyNode, file: string, out: (AnyNode & JsxElement)[] = []): (AnyNode & JsxElement)[] {
  for (const child of node.children ?? []) {
    if (isJsx(child) && isFigureComponent(child.name)) {
      out.push(child);
      continue;
    }
    collectFigures(child, file, out);
  }
  return out;
}

function referenceLink(id: string, text: string, href: string): Link {
  return {
    type: 'link',
    url: href,
    children: [{ type: 'text', value: text }],
    data: { hProperties: { className: ['figref'], dataFigref: id } },
  };
}

/** Replaces every `<FigRef>` below `node` with a link to its figure. */
function replaceReferences(node: AnyNode, figures: ReadonlyMap<string, NumberedFigure>, file: string): void {
  const children = node.children;
  if (!children) return;
  children.forEach((child, index) => {
    if (isJsx(child) && child.name === FIGREF_COMPONENT) {
      const to = literalAttribute(child, 'to', file);
      const { href, text } = resolveFigureRef(to, figures, file);
      const link = referenceLink(href.slice(1), text, href);
      const paragraph: Paragraph = { type: 'paragraph', children: [link] };
      children[index] = child.type === 'mdxJsxTextElement' ? link : paragraph;
      return;
    }
    replaceReferences(child, figures, file);
  });
}

function hasReferences(node: AnyNode): boolean {
  return (node.children ?? []).some((child) => (isJsx(child) && child.name === FIGREF_COMPONENT) || hasReferences(child));
}

/** Unified attacher: numbers figures and resolves `<FigRef>`s in every MDX chapter. */
export function remarkFigures() {
  return (tree: Root, file: VFile): void => {
    const where = file.path || 'onbekend bestand';
    const root = tree as unknown as AnyNode;
    const elements = collectFigures(root, where);
    if (elements.length === 0 && !hasReferences(root)) return;

    const astro = (file.data as { astro?: { frontmatter?: unknown } }).astro;
    const chapter = chapterFromFrontmatter(astro?.frontmatter) ?? chapterFromSource(String(file.value));
    if (!chapter) throw new Error(`${where}: figuren nummeren kan niet: de frontmatter heeft geen geldig "part".`);

    const candidates: FigureCandidate[] = elements.map((element) => ({ name: element.name ?? '', id: literalAttribute(element, 'id', where) }));
    const figures = numberFigures(candidates, figurePrefix(chapter), where);
    elements.forEach((element, index) => {
      const figure = figures.get(candidates[index]?.id ?? '');
      if (!figure) return;
      element.attributes = element.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === 'number'));
      element.attributes.push({ type: 'mdxJsxAttribute', name: 'number', value: figure.number });
    });
    replaceReferences(root, figures, where);
  };
}
