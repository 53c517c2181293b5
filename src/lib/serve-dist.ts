// Starts scripts/serve.mjs on a free port for a built site and returns its origin (for the PDF step of the build and the benchmark).
import { spawn } from 'node:child_process';

/** Serves `dir` under `base` on a free local port until `stop()` is called; `gzip` compresses text as a host would. */
export async function serveDist(dir: string, base: string, options: { gzip?: boolean } = {}): Promise<{ origin: string; stop: () => void }> {
  const args = ['scripts/serve.mjs', '--port', '0', '--base', base, '--dir', dir, ...(options.gzip ? ['--gzip'] : [])];
  const server = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await new Promise<string>((resolve, reject) => {
    server.stdout.once('data', (chunk: Buffer) => resolve(/http:\/\/127\.0\.0\.1:\d+/.exec(chunk.toString())?.[0] ?? ''));
    server.once('exit', (code) => reject(new Error(`scripts/serve.mjs stopte met code ${code}`)));
  });
  return { origin, stop: () => server.kill() };
}
