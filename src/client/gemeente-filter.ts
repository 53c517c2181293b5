/** `<gemeente-filter>`: shows the filter field and hides the municipalities (and empty provinces) that do not match. */
import { matchesQuery, queryWords } from '../gemeenten/filter.ts';

class GemeenteFilter extends HTMLElement {
  connectedCallback(): void {
    const field = this.querySelector<HTMLElement>('[data-filter]');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    if (!field || !input) return;
    field.hidden = false;
    const items = [...this.querySelectorAll<HTMLElement>('[data-filter-item]')].map((el) => ({ el, text: el.textContent ?? '' }));
    const groups = [...this.querySelectorAll<HTMLElement>('[data-filter-group]')];
    input.addEventListener('input', () => {
      const words = queryWords(input.value);
      let shown = 0;
      for (const { el, text } of items) {
        const hit = matchesQuery(text, words);
        el.hidden = !hit;
        if (hit) shown++;
      }
      for (const group of groups) group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
      if (status) status.textContent = words.length === 0 ? '' : ` ${String(shown)} ${shown === 1 ? 'gemeente' : 'gemeenten'} gevonden`;
    });
  }
}

customElements.define('gemeente-filter', GemeenteFilter);
