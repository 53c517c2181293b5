// Serves the built site in dist/ under a sub-path (default BASE_PATH or "/"), for end-to-end tests and local checks.
// Like Netlify and Cloudflare Pages it sends the headers of dist/_headers (every matching rule; values of a header
// named in several rules are joined with ", "). With --gzip it also compresses text as those hosts do (the benchmark's
// Lighthouse runs use it, so its simulated network sees the bytes a reader receives); without, bodies go as they are.
// Usage: node scripts/serve.mjs [--port 4329 | --port 0 for any free port] [--base /lezing/] [--dir dist] [--gzip]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4329' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    dir: { type: 'string', default: 'dist' },
    gzip: { type: 'boolean', default: false },
  },
});
const root = resolve(values.dir);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.md': 'text/markdown; charset=utf-8',
  '.epub': 'application/epub+zip',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

/** The rules of `_headers`: a path (exact, or a prefix ending in `*`) and its headers. */
async function readHeaderRules() {
  const text = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else if (rules.length > 0) {
      const colon = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}
const headerRules = await readHeaderRules();

function headersFor(pathname) {
  const out = {};
  for (const rule of headerRules) {
    const match = rule.path.endsWith('*') ? pathname.startsWith(rule.path.slice(0, -1)) : pathname === rule.path;
    if (!match) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

async function fileFor(pathname) {
  const inside = normalize(join(root, decodeURIComponent(pathname)));
  if (!inside.startsWith(root)) return undefined;
  try {
    const info = await stat(inside);
    if (info.isDirectory()) {
      if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
      return { path: join(inside, 'index.html') };
    }
    return { path: inside };
  } catch {
    return undefined;
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let found;
  if (url.pathname.startsWith(base)) found = await fileFor(`/${url.pathname.slice(base.length)}`);
  else if (`${url.pathname}/` === base) found = { redirect: base };
  if (found?.redirect) {
    res.writeHead(301, { location: found.redirect + url.search });
    res.end();
    return;
  }
  try {
    if (!found) throw new Error('not found');
    const body = await readFile(found.path);
    const type = types[extname(found.path)] ?? 'application/octet-stream';
    const compress = values.gzip && /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(200, {
      ...headersFor(url.pathname),
      'content-type': type,
      ...(values.gzip ? { vary: 'accept-encoding' } : {}),
      ...(compress ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(compress ? gzipSync(body, { level: 6 }) : body);
  } catch {
    const page = await readFile(join(root, '404.html')).catch(() => Buffer.from('Niet gevonden'));
    res.writeHead(404, { ...headersFor(url.pathname), 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  }
});
server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});
