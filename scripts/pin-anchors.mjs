// Writes tests/fixtures/anchors.json: the h2/h3 ids of every built chapter, the public deep-link contract.
// Run after `npm run build` when you add a section on purpose: `npm run anchors:pin`. Removing a pinned id breaks shared links.
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

const dist = 'dist';
const found = {};
async function walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(full);
    else if (entry.name === 'index.html') {
      const html = await readFile(full, 'utf8');
      if (!html.includes('class="chapter"')) continue;
      const ids = [...html.matchAll(/<h[23] id="([^"]+)"/g)].map((m) => m[1]).filter((id) => id !== 'page-toc-title');
      const path = `/${full.slice(dist.length + 1, -'index.html'.length)}`;
      found[path] = ids;
    }
  }
}
await walk(dist);
const sorted = Object.fromEntries(Object.entries(found).sort(([a], [b]) => a.localeCompare(b)));
await writeFile('tests/fixtures/anchors.json', `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`Pinned ${Object.values(sorted).flat().length} anchors on ${Object.keys(sorted).length} chapters.`);
