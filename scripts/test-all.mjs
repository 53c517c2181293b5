// `npm test`: type checks, lint and format, unit tests, the production build with README's one command (`npm run build`, under a sub-path,
// PDFs included), its gates (HTML validity, byte budgets, determinism of the pages and PDFs), and end-to-end tests in
// Chromium against the build (pages, every link in dist/, maps, print and PDFs, search, accessibility, CSP and headers, privacy),
// and a smoke of the same build in Firefox (scripts/firefox-smoke.ts).
// Ends with one line "N passed, N failed" counted from the real results of every stage.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC', BASE_PATH: process.env.BASE_PATH ?? '/lezing/' };
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, extraEnv = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status === 0;
}

/** A stage that counts as one test: it passes or fails as a whole. */
function gate(label, command, args, extraEnv) {
  if (run(label, command, args, extraEnv)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

/** A stage whose runner writes a JSON report with per-test counts. */
function counted(label, command, args, report, read) {
  rmSync(report, { force: true });
  const ok = run(label, command, args);
  const counts = existsSync(report) ? read(JSON.parse(readFileSync(report, 'utf8'))) : { passed: 0, failed: 1 };
  if (!ok && counts.failed === 0) counts.failed = 1;
  passed += counts.passed;
  failed += counts.failed;
  if (counts.failed > 0) failures.push(`${label} (${counts.failed})`);
}

mkdirSync('test-results', { recursive: true });
gate('type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']);
// After the type check, which writes .astro/types.d.ts that the type-aware lint rules read.
gate('lint and format (npm run lint)', 'npm', ['run', 'lint']);
counted(
  'unit tests',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'],
  'test-results/unit.json',
  (r) => ({
    passed: r.numPassedTests ?? 0,
    failed: (r.numFailedTests ?? 0) + (r.numTotalTestSuites > 0 && r.numFailedTestSuites > 0 && r.numFailedTests === 0 ? r.numFailedTestSuites : 0),
  }),
);
const built = run('production build with PDFs (npm run build)', 'npm', ['run', 'build']);
if (built) passed += 1;
else {
  failed += 1;
  failures.push('production build with PDFs (npm run build)');
}
if (built) {
  gate('HTML validity (html-validate, every page)', 'npx', ['html-validate', 'dist/**/*.html']);
  gate('byte budgets (budgets.json)', 'npx', ['tsx', 'scripts/budgets.ts']);
  gate('determinism (a second build, PDFs included, is byte-identical)', 'node', ['scripts/check-determinism.mjs']);
}
if (built) {
  counted('end-to-end tests', 'npx', ['playwright', 'test'], 'test-results/e2e.json', (r) => ({
    passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
    failed: r.stats?.unexpected ?? 0,
  }));
}

if (built) {
  // The smoke in a second engine: Debian's firefox-esr over WebDriver BiDi (puppeteer-core), same build.
  counted('Firefox smoke (firefox-esr)', 'npx', ['tsx', 'scripts/firefox-smoke.ts'], 'test-results/firefox.json', (r) => ({
    passed: r.passed ?? 0,
    failed: r.failed ?? 0,
  }));
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
