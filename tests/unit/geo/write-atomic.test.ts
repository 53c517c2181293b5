import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAllAtomically } from '../../../scripts/data/write-atomic';

const tmp = mkdtempSync(join(tmpdir(), 'geo-atomic-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('writeAllAtomically', () => {
  it('writes all files when validation passes', async () => {
    const dir = join(tmp, 'ok');
    await writeAllAtomically(
      dir,
      [
        { name: 'a.json', content: '{}' },
        { name: 'b.csv', content: 'x\n' },
      ],
      () => undefined,
    );
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.csv']);
  });

  it('changes nothing when one staged file fails validation', async () => {
    const dir = join(tmp, 'fail');
    await writeAllAtomically(
      dir,
      [
        { name: 'a.json', content: '"old a"' },
        { name: 'b.json', content: '"old b"' },
      ],
      () => undefined,
    );
    const validate = (name: string): void => {
      if (name === 'b.json') throw new Error('b.json: broken');
    };
    await expect(
      writeAllAtomically(
        dir,
        [
          { name: 'a.json', content: '"new a"' },
          { name: 'b.json', content: '"new b"' },
        ],
        validate,
      ),
    ).rejects.toThrow('b.json: broken');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('"old a"');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe('"old b"');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
  });

  it('keeps unrelated files and rejects names outside the folder', async () => {
    const dir = join(tmp, 'other');
    await writeAllAtomically(dir, [{ name: 'a.json', content: '1' }], () => undefined);
    writeFileSync(join(dir, 'README.md'), 'keep');
    await expect(writeAllAtomically(dir, [{ name: '../x.json', content: '1' }], () => undefined)).rejects.toThrow(/invalid output name/);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('keep');
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'a.json']);
  });
});
