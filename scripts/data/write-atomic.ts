/** Writes a set of output files all-or-nothing: stage in a temp dir next to the targets, validate, then rename. */
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface OutputFile {
  name: string;
  content: string;
}

/**
 * Stages every file in `<outDir>/.tmp-data-XXXX/`, re-reads and validates each staged copy with `validate`,
 * and only then renames them over the targets. If anything fails before the renames, the targets are untouched
 * and the staging directory is removed.
 */
export async function writeAllAtomically(
  outDir: string,
  files: readonly OutputFile[],
  validate: (name: string, content: string) => void,
): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const stage = await mkdtemp(join(outDir, '.tmp-data-'));
  try {
    for (const f of files) {
      if (f.name.includes('/') || f.name.startsWith('.')) throw new Error(`invalid output name ${f.name}`);
      await writeFile(join(stage, f.name), f.content, 'utf8');
    }
    for (const f of files) {
      const staged = await readFile(join(stage, f.name), 'utf8');
      if (staged !== f.content) throw new Error(`${join(stage, f.name)}: staged file differs from what was written`);
      validate(f.name, staged);
    }
    for (const f of files) await rename(join(stage, f.name), join(outDir, f.name));
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}
