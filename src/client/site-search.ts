/** `<site-search>`: full-text search with Pagefind, loaded only when the reader starts typing; results link to sections. */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: { title: string; url: string; excerpt: string }[];
}

interface PagefindApi {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

class SiteSearch extends HTMLElement {
  #api: Promise<PagefindApi> | undefined;
  #timer = 0;
  #generation = 0;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!form || !input) return;
    form.hidden = false;
    if (input.hasAttribute('autofocus')) input.focus();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run(input.value);
    });
    input.addEventListener('input', () => {
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => void this.#run(input.value), 150);
    });
    const query = new URLSearchParams(location.search).get('q');
    if (query) {
      input.value = query;
      void this.#run(query);
    }
  }

  #load(): Promise<PagefindApi> {
    this.#api ??= (async () => {
      const url = `${this.dataset['bundle'] ?? '/pagefind/'}pagefind.js`;
      const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
      await api.options({ baseUrl: this.dataset['base'] ?? '/' });
      return api;
    })();
    return this.#api;
  }

  async #run(raw: string): Promise<void> {
    const query = raw.trim();
    const generation = ++this.#generation;
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    if (!status || !list) return;
    history.replaceState(history.state, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const search = await (await this.#load()).search(query);
      const data = await Promise.all((search?.results ?? []).slice(0, 10).map((result) => result.data()));
      if (generation !== this.#generation) return;
      list.replaceChildren(...data.map((item) => this.#render(item)));
      status.textContent =
        data.length === 0 ? `Geen resultaten voor ‘${query}’.` : `${data.length} ${data.length === 1 ? 'resultaat' : 'resultaten'} voor ‘${query}’.`;
    } catch {
      status.textContent = 'Zoeken is nu niet beschikbaar. Gebruik de inhoudstafel hieronder.';
    }
  }

  #render(item: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta.title ?? item.url;
    const excerpt = document.createElement('p');
    excerpt.innerHTML = item.excerpt;
    li.append(link, excerpt);
    const sections = item.sub_results.filter((sub) => sub.url.includes('#')).slice(0, 3);
    if (sections.length > 0) {
      const sub = document.createElement('ul');
      for (const section of sections) {
        const entry = document.createElement('li');
        const a = document.createElement('a');
        a.href = section.url;
        a.textContent = section.title;
        entry.append(a);
        sub.append(entry);
      }
      li.append(sub);
    }
    return li;
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
