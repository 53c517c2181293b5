/**
 * Holds a text to the findings register: finds the sentences that restate a finding (a marker's claim), and reports a
 * restatement that drops a hedge, quantifier or negation the source has, credits the finding to another lesson or to
 * someone else, or uses a wording the register forbids.
 */
import { plainText } from './source-text.ts';
import type { Finding } from './findings.ts';

/** Hedges, quantifiers and negations a finding's wording may carry; the register must give each one it has a marker. */
export const HEDGES = [
  'min of meer',
  'niet noodzakelijk',
  'niet alle',
  'niet altijd',
  'nog onvoldoende',
  'heel wat',
  'ook in',
  'vaak',
  'vaker',
  'zelden',
  'sommige',
  'eerder',
  'grotendeels',
  'minimaal',
  'enkel',
  'louter',
  'zuiver',
  'veel',
  'steeds',
  'sterk',
  'sterke',
  'wisselend',
  'wisselende',
  'kunnen',
  'niet',
  'geen',
] as const;

const LETTER = '\\p{L}';
/** A word or phrase as a whole word (not inside another word, not before a hyphen: "niet-bestuurlijke" is no negation). */
const wordRe = (phrase: string, flags = 'iu'): RegExp => new RegExp(`(?<![${LETTER}-])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![${LETTER}-])`, flags);

/** The hedges in a text, longest first and without overlap ("niet alle" is not also "niet"). */
export function hedgesIn(text: string): string[] {
  let rest = plainText(text).toLowerCase();
  const found: string[] = [];
  for (const hedge of [...HEDGES].sort((a, b) => b.length - a.length)) {
    const re = wordRe(hedge, 'giu');
    found.push(...[...rest.matchAll(re)].map(() => hedge));
    rest = rest.replace(re, ' ');
  }
  return found.sort();
}

/** The sentences of a plain text: split after . ! ? and at line breaks (list items, table cells). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[A-Z0-9À-Ý"'‘“(])/u)
    .map((s) => plainText(s))
    .filter((s) => s.length > 0);
}

const headRe = (head: string): RegExp => new RegExp(head, 'iu');

/** Whether the sentence restates the finding: it states the claim of one of its markers, or one of its claims. */
export function restates(finding: Finding, sentence: string): boolean {
  return [...finding.markers.map((mk) => mk.head), ...finding.claims].some((head) => headRe(head).test(sentence));
}

/** Who, other than the lecture, a sentence may credit with a finding ("volgens de Vlaamse overheid", "Provincies in Cijfers zegt"). */
const OTHER_SPEAKERS = ['de Vlaamse overheid', 'de Vlaamse Regering', 'het decreet', 'Provincies in Cijfers', 'deze website', 'het Steunpunt', 'de VVSG'];

/** The lesson a finding belongs to (from its slide title "6. Ambtelijke capaciteit"), if any. */
export function lessonOf(finding: Finding): number | undefined {
  const n = /^(\d)\.\s/.exec(finding.slide)?.[1];
  return n ? Number(n) : undefined;
}

/** What is wrong with a sentence that restates the finding (empty when nothing is). */
export function checkRestatement(finding: Finding, sentence: string): string[] {
  const text = plainText(sentence);
  const problems: string[] = [];
  for (const mk of finding.markers) {
    const hedge = wordRe(mk.hedge);
    for (const match of text.matchAll(new RegExp(mk.head, 'giu'))) {
      // The hedge must qualify this claim: within `within` words before it, inside it, or in the four words after it.
      const before = text.slice(0, match.index).split(/\s+/).filter(Boolean).slice(-mk.within).join(' ');
      const after = text
        .slice(match.index + match[0].length)
        .split(/\s+/)
        .filter(Boolean)
        .slice(0, 4)
        .join(' ');
      if (!hedge.test(`${before} ${match[0]} ${after}`)) {
        problems.push(`${finding.id}: "${mk.hedge}" ontbreekt bij "${match[0]}" (de lezing: "${finding.wording}")`);
      }
    }
  }
  const lesson = lessonOf(finding);
  if (lesson !== undefined) {
    for (const match of text.matchAll(/(?<![\p{L}])[Ll]es (\d)(?!\d)/gu)) {
      if (Number(match[1]) !== lesson) problems.push(`${finding.id}: toegeschreven aan les ${match[1]}, maar het is les ${lesson}`);
    }
  }
  for (const speaker of OTHER_SPEAKERS) {
    const said = new RegExp(`volgens ${speaker}|${speaker} (zegt|stelt|schrijft|noemt)`, 'iu');
    if (said.test(text)) problems.push(`${finding.id}: toegeschreven aan ${speaker}, maar het is een bevinding van de lezing`);
  }
  return problems;
}

/** The wordings the register forbids that a sentence uses. */
export function forbiddenIn(findings: readonly Finding[], sentence: string): string[] {
  const text = plainText(sentence);
  return findings.flatMap((f) => f.forbidden.filter((fb) => headRe(fb.pattern).test(text)).map((fb) => `${f.id}: "${text}": ${fb.why}`));
}

export interface TextCheck {
  /** Finding id → the sentences of the text that restate it. */
  restated: Map<string, string[]>;
  problems: string[];
}

/** Checks every sentence of a text against every finding. */
export function checkText(findings: readonly Finding[], text: string): TextCheck {
  const restated = new Map<string, string[]>();
  const problems: string[] = [];
  for (const sentence of sentencesOf(text)) {
    problems.push(...forbiddenIn(findings, sentence));
    for (const finding of findings) {
      if (!restates(finding, sentence)) continue;
      restated.set(finding.id, [...(restated.get(finding.id) ?? []), sentence]);
      problems.push(...checkRestatement(finding, sentence).map((p) => `${p} — in: "${sentence}"`));
    }
  }
  return { restated, problems };
}
