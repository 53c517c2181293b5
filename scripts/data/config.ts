/** Resolves the pipeline's input and output paths from CLI arguments, environment variables and defaults. */
import { isAbsolute, join, resolve } from 'node:path';

export interface ResolvedPaths {
  rawDir: string;
  meetjeslandCsv: string;
  outDir: string;
}

const USAGE =
  'usage: tsx scripts/data.ts [--raw <dir> | <dir>] [--meetjesland <csv>] [--out <dir>]\n' +
  '  env: GEO_RAW_DIR, GEO_MEETJESLAND_CSV, GEO_OUT_DIR. Defaults: ../shared/geo/raw, <raw>/../meetjesland_delineations.csv, data/';

/**
 * Precedence: CLI argument, then environment variable, then default. `rawDir` is the folder that holds
 * `provinciesincijfers_gebiedsniveaus/`; relative paths are resolved against `cwd`.
 */
export function resolvePaths(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, repoRoot: string, cwd: string): ResolvedPaths {
  const args = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const m = /^--(raw|meetjesland|out)(?:=(.*))?$/.exec(a);
    if (m) {
      const value = m[2] ?? argv[++i];
      if (value === undefined || value === '') throw new Error(`missing value for --${m[1] ?? ''}\n${USAGE}`);
      args.set(m[1] ?? '', value);
    } else if (a.startsWith('-')) {
      throw new Error(`unknown option ${a}\n${USAGE}`);
    } else positional.push(a);
  }
  if (positional.length > 1) throw new Error(`too many arguments: ${positional.join(' ')}\n${USAGE}`);
  const abs = (p: string): string => (isAbsolute(p) ? p : resolve(cwd, p));
  const rawDir = abs(args.get('raw') ?? positional[0] ?? env['GEO_RAW_DIR'] ?? join(repoRoot, '..', 'shared', 'geo', 'raw'));
  const meetjeslandCsv = abs(args.get('meetjesland') ?? env['GEO_MEETJESLAND_CSV'] ?? join(rawDir, '..', 'meetjesland_delineations.csv'));
  const outDir = abs(args.get('out') ?? env['GEO_OUT_DIR'] ?? join(repoRoot, 'data'));
  return { rawDir, meetjeslandCsv, outDir };
}
