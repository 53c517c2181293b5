/**
 * Figure numbering and cross-references, per chapter: "Figuur 1.2" in parts 1 and 2, "Figuur 3.1" on the part-3 page,
 * "Figuur L8.1" in lesson 8. Pure: the remark plugin collects the figures in document order and asks this module for
 * numbers and link texts; every error names the file and the id.
 */

/** The part of a chapter's frontmatter that decides its figure prefix. */
export interface FigureChapter {
  part: number;
  lesson?: number | undefined;
}

/** A figure as found in a chapter, in document order: the component name and its literal `id` (if any). */
export interface FigureCandidate {
  name: string;
  id: string | undefined;
}

export interface NumberedFigure {
  id: string;
  name: string;
  /** e.g. "2.3" or "L8.1" */
  number: string;
}

/** Component names that are numbered figures: `Figure`, every map (`…Map`), chart (`…Chart`) and timeline (`…Timeline`). */
export function isFigureComponent(name: string | null | undefined): boolean {
  if (!name) return false;
  return name === 'Figure' || /^[A-Z][A-Za-z0-9]*(Map|Chart|Timeline)$/.test(name);
}

/** The name of the cross-reference component written in chapters: `<FigRef to="id" />`. */
export const FIGREF_COMPONENT = 'FigRef';

/** Figure ids follow the heading-id rules: lowercase letters, digits and single hyphens. */
export function isValidFigureId(id: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id);
}

/** "2" for parts 1–3, "L8" for lesson 8. */
export function figurePrefix(chapter: FigureChapter): string {
  if (chapter.lesson !== undefined) return `L${chapter.lesson}`;
  return String(chapter.part);
}

/** The visible label of a figure: "Figuur 2.3". */
export function figureLabel(number: string): string {
  return `Figuur ${number}`;
}

/** The text of a cross-reference inside a sentence: "figuur 2.3". */
export function figureRefText(number: string): string {
  return `figuur ${number}`;
}

/** Numbers figures in document order; throws (naming file and id) on a missing, malformed or repeated id. */
export function numberFigures(candidates: readonly FigureCandidate[], prefix: string, file: string): Map<string, NumberedFigure> {
  const numbered = new Map<string, NumberedFigure>();
  candidates.forEach((candidate, index) => {
    const { id, name } = candidate;
    if (id === undefined || id === '') {
      throw new Error(`${file}: figuur nummer ${index + 1} (<${name}>) heeft geen id. Schrijf: <${name} id="een-id" … />`);
    }
    if (!isValidFigureId(id)) {
      throw new Error(`${file}: figuur <${name} id="${id}"> heeft een ongeldige id (alleen a-z, 0-9 en koppeltekens).`);
    }
    if (numbered.has(id)) throw new Error(`${file}: de figuur-id "${id}" komt twee keer voor.`);
    numbered.set(id, { id, name, number: `${prefix}.${index + 1}` });
  });
  return numbered;
}

/** The link a `<FigRef to="…" />` becomes; throws naming file and id when the figure does not exist in this chapter. */
export function resolveFigureRef(
  to: string | undefined,
  figures: ReadonlyMap<string, NumberedFigure>,
  file: string,
): { href: string; text: string; number: string } {
  const id = (to ?? '').replace(/^#/, '');
  if (id === '') throw new Error(`${file}: <${FIGREF_COMPONENT}> zonder doel. Schrijf: <${FIGREF_COMPONENT} to="figuur-id" />`);
  const figure = figures.get(id);
  if (!figure) {
    const known = [...figures.keys()];
    const hint = known.length > 0 ? ` Figuren in dit hoofdstuk: ${known.join(', ')}.` : ' Dit hoofdstuk heeft geen figuren.';
    throw new Error(`${file}: de verwijzing naar figuur "${id}" wijst naar een figuur die niet bestaat.${hint}`);
  }
  return { href: `#${id}`, text: figureRefText(figure.number), number: figure.number };
}

/** Reads `part` and `lesson` from the YAML frontmatter of a chapter source (fallback when the processor supplies none). */
export function chapterFromSource(source: string): FigureChapter | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match?.[1]) return undefined;
  const field = (name: string): number | undefined => {
    const value = new RegExp(`^${name}:\\s*["']?(\\d+)["']?\\s*$`, 'm').exec(match[1] ?? '')?.[1];
    return value === undefined ? undefined : Number(value);
  };
  const part = field('part');
  if (part === undefined) return undefined;
  return { part, lesson: field('lesson') };
}

/** Validates frontmatter-like data as a figure chapter, or returns undefined. */
export function chapterFromFrontmatter(data: unknown): FigureChapter | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { part, lesson } = data as { part?: unknown; lesson?: unknown };
  if (typeof part !== 'number' || !Number.isInteger(part)) return undefined;
  return { part, lesson: typeof lesson === 'number' && Number.isInteger(lesson) ? lesson : undefined };
}
