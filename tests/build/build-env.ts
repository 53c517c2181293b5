/**
 * The environment for a real `astro build` spawned from a Vitest test: the caller's environment without the variables Vitest
 * and Vite inject into its workers (`BASE_URL=/`, `MODE=test`, `NODE_ENV=test`, …), which would otherwise leak into the child
 * build and, for one, render every link without the configured base while `config.base` keeps it.
 */
const INJECTED = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'];

export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of INJECTED) delete env[name];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
}
