/**
 * `<slide-deck>`: turns the outline of /presentatie/ into a deck (one slide at a time, wider than 600 px): keys, swipe,
 * "go to", overview, fullscreen, a speaker window kept in sync over BroadcastChannel. The URL hash names the slide.
 */
import { DECK_CHANNEL, clampIndex, keyAction, readMessage, resolveTarget, slideLabel, type DeckAction } from '../lib/deck/deck-nav.ts';

const NARROW = '(max-width: 37.5em)';

class SlideDeck extends HTMLElement {
  #slides: HTMLElement[] = [];
  #index = -1;
  #channel: BroadcastChannel | undefined;
  #narrow = window.matchMedia(NARROW);
  #touch: { x: number; y: number } | undefined;

  connectedCallback(): void {
    this.#slides = [...this.querySelectorAll<HTMLElement>('.dia')];
    const notes = this.querySelector<HTMLInputElement>('#notities-afdrukken');
    if (notes && new URLSearchParams(window.location.search).has('notities')) notes.checked = true;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-deck-actie]')) {
      button.hidden = false;
      button.addEventListener('click', () => this.#act(button.dataset['deckActie'] as DeckAction));
    }
    this.#part('[data-deck-teller]').hidden = false;
    this.#buildOverview();
    this.#setUpGoto();
    if ('BroadcastChannel' in window) {
      this.#channel = new BroadcastChannel(DECK_CHANNEL);
      this.#channel.addEventListener('message', (event) => {
        const message = readMessage(event.data);
        if (message?.type === 'hallo') this.#post();
        else if (message?.type === 'dia')
          this.#go(
            this.#slides.findIndex((s) => s.id === message.id),
            { broadcast: false },
          );
      });
    }
    this.#narrow.addEventListener('change', () => this.#mode());
    window.addEventListener('hashchange', () => this.#go(this.#fromHash(), { focus: true }));
    document.addEventListener('keydown', (event) => this.#key(event));
    this.addEventListener(
      'touchstart',
      (event) => {
        const t = event.touches[0];
        this.#touch = event.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : undefined;
      },
      { passive: true },
    );
    this.addEventListener(
      'touchend',
      (event) => {
        const t = event.changedTouches[0];
        if (!this.#touch || !t || !this.#on()) return;
        const dx = t.clientX - this.#touch.x;
        if (Math.abs(dx) > 50 && Math.abs(dx) > 2 * Math.abs(t.clientY - this.#touch.y)) this.#act(dx < 0 ? 'next' : 'prev');
      },
      { passive: true },
    );
    this.#mode();
  }

  #part<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector) as T;
  }

  #on(): boolean {
    return !this.#narrow.matches;
  }

  /** Deck (one slide at a time) on wide screens, the scrolling outline below 600 px. */
  #mode(): void {
    document.documentElement.classList.toggle('deck-aan', this.#on());
    this.#go(this.#fromHash(), { broadcast: false });
    // The bar above the outline has just grown: bring the linked slide back into view.
    if (!this.#on() && window.location.hash) this.#slides[this.#index]?.scrollIntoView();
  }

  #fromHash(): number {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const slide = id ? document.getElementById(id)?.closest<HTMLElement>('.dia') : undefined;
    return slide ? this.#slides.indexOf(slide) : 0;
  }

  #go(target: number, { focus = false, broadcast = true } = {}): void {
    if (target < 0 || this.#slides.length === 0) return;
    const index = clampIndex(target, this.#slides.length);
    const slide = this.#slides[index] as HTMLElement;
    const changed = index !== this.#index;
    this.#index = index;
    this.#slides.forEach((s, i) => s.classList.toggle('is-nu', i === index));
    const hash = decodeURIComponent(window.location.hash.slice(1));
    if (document.getElementById(hash)?.closest('.dia') !== slide) window.history.replaceState(null, '', `#${slide.id}`);
    const label = slideLabel(index, this.#slides.length, this.#title(slide));
    this.#part('[data-deck-teller]').textContent = `${index + 1} / ${this.#slides.length}`;
    if (changed) this.#part('[data-deck-status]').textContent = label;
    if (focus) {
      if (this.#on()) slide.focus({ preventScroll: true });
      else slide.focus();
    }
    if (changed && broadcast) this.#post();
  }

  #title(slide: HTMLElement): string {
    return slide.querySelector('.dia-kop')?.textContent?.trim() ?? slide.id;
  }

  #post(): void {
    const slide = this.#slides[this.#index];
    if (slide) this.#channel?.postMessage({ type: 'dia', id: slide.id });
  }

  #key(event: KeyboardEvent): void {
    if (!this.#on() || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (this.querySelector('dialog[open]')) return;
    const target = event.target as Element;
    if (target.closest('input, select, textarea, [contenteditable]')) return;
    if ((event.key === ' ' || event.key === 'Enter') && target.closest('a, button, summary')) return;
    const action = keyAction(event.key, event.shiftKey);
    if (!action) return;
    event.preventDefault();
    this.#act(action);
  }

  #act(action: DeckAction): void {
    const last = this.#slides.length - 1;
    const moves: Partial<Record<DeckAction, number>> = { next: this.#index + 1, prev: this.#index - 1, first: 0, last };
    const move = moves[action];
    if (move !== undefined) return this.#go(move, { focus: true });
    if (action === 'overview') {
      const dialog = this.#part<HTMLDialogElement>('[data-deck-overzicht]');
      for (const link of dialog.querySelectorAll('a')) link.removeAttribute('aria-current');
      const current = dialog.querySelectorAll('a')[this.#index];
      current?.setAttribute('aria-current', 'true');
      dialog.showModal();
      current?.focus();
    } else if (action === 'goto') {
      this.#part('[data-deck-ga-fout]').textContent = '';
      this.#part<HTMLDialogElement>('[data-deck-ga]').showModal();
    } else if (action === 'fullscreen') {
      const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
      void request?.catch(() => undefined);
    } else if (action === 'speaker') {
      const slide = this.#slides[this.#index];
      window.open(`${this.dataset['spreker'] ?? ''}#${slide?.id ?? ''}`, 'spreker');
    }
  }

  #buildOverview(): void {
    const dialog = this.#part<HTMLDialogElement>('[data-deck-overzicht]');
    const list = this.#part('[data-deck-lijst]');
    this.#slides.forEach((slide, i) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${slide.id}`;
      link.textContent = `${i + 1}. ${this.#title(slide)}`;
      link.className = slide.classList.contains('dia-sectie') ? '' : 'is-kop';
      item.append(link);
      list.append(item);
    });
    list.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (!link) return;
      event.preventDefault();
      dialog.close();
      this.#go(
        this.#slides.findIndex((s) => `#${s.id}` === link.getAttribute('href')),
        { focus: true },
      );
    });
  }

  #setUpGoto(): void {
    const dialog = this.#part<HTMLDialogElement>('[data-deck-ga]');
    const form = this.#part<HTMLFormElement>('[data-deck-ga-form]');
    const input = form.querySelector('input') as HTMLInputElement;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const index = resolveTarget(
        input.value,
        this.#slides.map((s) => s.id),
      );
      if (index < 0) {
        this.#part('[data-deck-ga-fout]').textContent = `Geen dia “${input.value}”: typ een nummer van 1 tot ${this.#slides.length} of een id.`;
        return;
      }
      input.value = '';
      dialog.close();
      this.#go(index, { focus: true });
    });
    this.#part('[data-deck-ga-sluit]').addEventListener('click', () => dialog.close());
  }
}

customElements.define('slide-deck', SlideDeck);
