/** The site's dated list of substantive changes (`content/wijzigingen.json`): validated, and each page's last change. */
import { z } from 'astro/zod';
import { parseJson, parseWith } from './parse.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const changeSchema = z.strictObject({
  /** Day of the change, `YYYY-MM-DD`. */
  date: z.string().regex(DATE, 'datum als JJJJ-MM-DD'),
  /** What changed, in one or two sentences for readers. */
  summary: z.string().min(10),
  /** Root-relative paths of the pages it changed; `/gemeenten/*` stands for every page under `/gemeenten/`. */
  pages: z.array(z.string().regex(/^\/(?:[^*]*\/)?\*?$/, 'pad als /…/ of /…/*')).min(1),
});

export type Change = z.infer<typeof changeSchema>;

/**
 * Parses the change list; throws naming `file` and the entry on bad JSON, a bad field, an impossible date or a list that is
 * not newest first (the page shows it in that order).
 */
export function parseChangelog(text: string, file: string): Change[] {
  const changes = parseWith(z.array(changeSchema).min(1), parseJson(text, file), file);
  changes.forEach((change, i) => {
    const day = new Date(`${change.date}T00:00:00Z`);
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== change.date) {
      throw new Error(`${file}: item ${i}: ${change.date} is geen bestaande datum.`);
    }
    const previous = changes[i - 1];
    if (previous && previous.date < change.date) {
      throw new Error(`${file}: item ${i} (${change.date}) staat na een oudere wijziging (${previous.date}); zet de nieuwste bovenaan.`);
    }
  });
  return changes;
}

function touches(change: Change, path: string): boolean {
  return change.pages.some((page) => (page.endsWith('*') ? path.startsWith(page.slice(0, -1)) && path !== page.slice(0, -1) : page === path));
}

/** Date (`YYYY-MM-DD`) of the last change to the page at `path`, or undefined when the list never names it. */
export function lastChanged(changes: readonly Change[], path: string): string | undefined {
  return changes.filter((change) => touches(change, path)).reduce<string | undefined>((latest, c) => (!latest || c.date > latest ? c.date : latest), undefined);
}

/** The newest date in the list: the date of this version of the site. */
export function latestChange(changes: readonly Change[]): string {
  return changes.reduce((latest, c) => (c.date > latest ? c.date : latest), '0000-00-00');
}
