/** Crawls the built site over HTTP from the home page and returns every page with its links and ids. */
import type { APIRequestContext } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { BASE, ORIGIN } from './site.ts';

export interface CrawledPage {
  path: string;
  status: number;
  ids: Set<string>;
  links: { href: string; text: string }[];
  document: Document;
}

/** Fetches pages breadth-first, following only links inside `BASE`; stops after `limit` pages. */
export async function crawl(request: APIRequestContext, start = BASE, limit = 1000): Promise<Map<string, CrawledPage>> {
  const pages = new Map<string, CrawledPage>();
  const queue = [start];
  while (queue.length > 0 && pages.size < limit) {
    const path = queue.shift();
    if (path === undefined || pages.has(path)) continue;
    const response = await request.get(`${ORIGIN}${path}`, { maxRedirects: 0 });
    const type = response.headers()['content-type'] ?? '';
    if (!type.includes('text/html')) {
      pages.set(path, { path, status: response.status(), ids: new Set(), links: [], document: parseHTML('<html></html>').document });
      continue;
    }
    const { document } = parseHTML(await response.text());
    const ids = new Set([...document.querySelectorAll('[id]')].map((el) => el.getAttribute('id') ?? ''));
    const links = [...document.querySelectorAll('a[href]')].map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent.trim() }));
    pages.set(path, { path, status: response.status(), ids, links, document });
    for (const { href } of links) {
      const url = new URL(href, `${ORIGIN}${path}`);
      if (url.origin === ORIGIN && url.pathname.startsWith(BASE) && !pages.has(url.pathname)) queue.push(url.pathname);
    }
  }
  return pages;
}
