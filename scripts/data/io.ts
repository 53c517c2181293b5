/** File reading with errors that name the missing or unreadable input file. */
import { readFile } from 'node:fs/promises';

/** Reads a UTF-8 text file; a missing file gives "missing input file: <path>". */
export async function readInputText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw inputError(path, error);
  }
}

/** Reads a binary file; a missing file gives "missing input file: <path>". */
export async function readInputBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw inputError(path, error);
  }
}

function inputError(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new Error(`missing input file: ${path}`);
  return new Error(`${path}: cannot read input file (${(error as Error).message})`);
}
