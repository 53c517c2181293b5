/**
 * The one way a build-time data file or table is validated: zod, and an error that names the file (or table) and every
 * problem on one line, e.g. `data/x.json: gemeenten.3.nis: Invalid string; bron: Invalid input`.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';

/** Parses `value` with `schema`; a failure throws naming `where` (a file or a table) and each issue's path and message. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(hele bestand)'}: ${issue.message}`).join('; ');
  throw new Error(`${where}: ${issues}`, { cause: result.error });
}

/** The JSON in `file`; a missing, unreadable or truncated file throws naming it. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: niet te lezen (${(error as Error).message})`, { cause: error });
  }
  return parseJson(text, file);
}

/** `text` parsed as JSON; invalid JSON throws naming `file`. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${file}: geen geldige JSON (${(error as Error).message})`, { cause: error });
  }
}
