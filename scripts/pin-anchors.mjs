// Writes tests/fixtures/anchors.json: the h2/h3 ids of every built chapter, the public deep-link contract.
// Run after `npm run build` when you add a section on purpose: `npm run anchors:pin`. Removing a pinned id breaks shared links.
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';

const dist = 'dist';
const found = {};
for (const name of await readdir(dist, { recursive: true, encoding: 'utf8' })) {
  const file = name.split(sep).join('/');
  if (file !== 'index.html' && !file.endsWith('/index.html')) continue;
  const html = await readFile(join(dist, name), 'utf8');
  if (!html.includes('class="chapter"')) continue;
  const ids = [...html.matchAll(/<h[23] id="([^"]+)"/g)].map((m) => m[1]).filter((id) => id !== 'page-toc-title');
  found[`/${file.slice(0, -'index.html'.length)}`] = ids;
}
const sorted = Object.fromEntries(Object.entries(found).sort(([a], [b]) => a.localeCompare(b)));
await writeFile('tests/fixtures/anchors.json', `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`Pinned ${Object.values(sorted).flat().length} anchors on ${Object.keys(sorted).length} chapters.`);
