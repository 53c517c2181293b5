/**
 * `<speaker-view>`: the speaker's window of /presentatie/ (current and next slide, notes, elapsed time, clock, counter).
 * It reads the slides from the deck page itself and follows and drives the deck over BroadcastChannel.
 */
import { DECK_CHANNEL, clampIndex, elapsedLabel, keyAction, readMessage, slideLabel } from '../lib/deck/deck-nav.ts';

class SpeakerView extends HTMLElement {
  #slides: HTMLElement[] = [];
  #index = 0;
  #start = Date.now();
  #channel: BroadcastChannel | undefined;

  async connectedCallback(): Promise<void> {
    const response = await fetch(this.dataset['deck'] ?? '');
    const deck = new DOMParser().parseFromString(await response.text(), 'text/html');
    this.#slides = [...deck.querySelectorAll<HTMLElement>('.dia')];
    this.#part('[data-sv-zonder-js]').hidden = true;
    for (const section of this.querySelectorAll<HTMLElement>('[data-sv-vak]')) section.hidden = false;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-sv-actie]')) {
      button.hidden = false;
      button.addEventListener('click', () => {
        const action = button.dataset['svActie'];
        if (action === 'reset') this.#start = Date.now();
        else this.#go(this.#index + (action === 'next' ? 1 : -1), true);
        this.#tick();
      });
    }
    document.addEventListener('keydown', (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if ((event.key === ' ' || event.key === 'Enter') && (event.target as Element).closest('a, button')) return;
      const action = keyAction(event.key, event.shiftKey);
      const moves: Record<string, number> = { next: this.#index + 1, prev: this.#index - 1, first: 0, last: this.#slides.length - 1 };
      const move = action ? moves[action] : undefined;
      if (move === undefined) return;
      event.preventDefault();
      this.#go(move, true);
    });
    const id = decodeURIComponent(window.location.hash.slice(1));
    this.#go(
      Math.max(
        0,
        this.#slides.findIndex((s) => s.id === id),
      ),
      false,
    );
    if ('BroadcastChannel' in window) {
      this.#channel = new BroadcastChannel(DECK_CHANNEL);
      this.#channel.addEventListener('message', (event) => {
        const message = readMessage(event.data);
        if (message?.type === 'dia')
          this.#go(
            this.#slides.findIndex((s) => s.id === message.id),
            false,
          );
      });
      this.#channel.postMessage({ type: 'hallo' });
    }
    this.#tick();
    window.setInterval(() => this.#tick(), 1000);
  }

  #part(selector: string): HTMLElement {
    return this.querySelector<HTMLElement>(selector) as HTMLElement;
  }

  #tick(): void {
    this.#part('[data-sv-tijd]').textContent = elapsedLabel(Date.now() - this.#start);
    this.#part('[data-sv-klok]').textContent = new Date().toLocaleTimeString('nl-BE', { hour: '2-digit', minute: '2-digit' });
  }

  #go(target: number, broadcast: boolean): void {
    if (target < 0 || this.#slides.length === 0) return;
    this.#index = clampIndex(target, this.#slides.length);
    const slide = this.#slides[this.#index] as HTMLElement;
    const next = this.#slides[this.#index + 1];
    this.#part('[data-sv-nu]').replaceChildren(this.#copy(slide, 'sv-nu'));
    this.#part('[data-sv-straks]').replaceChildren(next ? this.#copy(next, 'sv-straks') : 'Einde van de presentatie.');
    const notes = slide.querySelector('.dia-notities')?.cloneNode(true) as HTMLElement | undefined;
    notes?.querySelector('.dia-notities-kop')?.remove();
    this.#part('[data-sv-notities]').replaceChildren(...(notes ? [...notes.childNodes] : ['Geen notities bij deze dia.']));
    const title = slide.querySelector('.dia-kop')?.textContent?.trim() ?? slide.id;
    this.#part('[data-sv-teller]').textContent = slideLabel(this.#index, this.#slides.length, title);
    window.history.replaceState(null, '', `#${slide.id}`);
    if (broadcast) this.#channel?.postMessage({ type: 'dia', id: slide.id });
  }

  /** A copy of a slide without its notes, its ids prefixed so that they stay unique on this page. */
  #copy(slide: HTMLElement, prefix: string): HTMLElement {
    const copy = document.createElement('div');
    copy.className = `${slide.className} dia-kopie`;
    for (const child of slide.children) if (!child.classList.contains('dia-notities')) copy.append(document.importNode(child, true));
    for (const el of copy.querySelectorAll('[id]')) el.id = `${prefix}-${el.id}`;
    for (const el of copy.querySelectorAll('[aria-labelledby], [aria-describedby]')) {
      for (const attr of ['aria-labelledby', 'aria-describedby']) {
        const value = el.getAttribute(attr);
        if (value)
          el.setAttribute(
            attr,
            value
              .split(/\s+/)
              .map((ref) => `${prefix}-${ref}`)
              .join(' '),
          );
      }
    }
    return copy;
  }
}

customElements.define('speaker-view', SpeakerView);
