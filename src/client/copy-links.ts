/** `<copy-links>`: adds a "Kopieer link" button beside every heading anchor inside it, enables its copy-text buttons, and announces results. */
import { copyLabel } from '../lib/anchor-label.ts';
import { sectionUrl } from '../lib/section-url.ts';

const ICON =
  '<svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><rect x="9" y="9" width="12" height="12" rx="2"></rect><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"></path></svg>';

class CopyLinks extends HTMLElement {
  #status: HTMLElement | null = null;

  connectedCallback(): void {
    this.#status = this.querySelector<HTMLElement>('[data-copy-status]');
    for (const anchor of this.querySelectorAll<HTMLAnchorElement>('a.heading-anchor')) this.#addSectionButton(anchor);
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy-source]')) {
      const source = document.getElementById(button.dataset['copySource'] ?? '');
      if (!source) continue;
      button.hidden = false;
      button.addEventListener('click', () => void this.#copy(button, source.textContent?.trim() ?? '', button.dataset['copyLabel'] ?? 'Tekst'));
    }
  }

  #addSectionButton(anchor: HTMLAnchorElement): void {
    const heading = anchor.parentElement?.querySelector('h2, h3');
    const id = heading?.id;
    if (!heading || !id || anchor.nextElementSibling?.classList.contains('copy-link')) return;
    const text = heading.textContent?.trim() ?? id;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.setAttribute('aria-label', copyLabel(text));
    button.innerHTML = `${ICON}<span class="copy-link-text">Kopieer link</span>`;
    button.addEventListener('click', () => void this.#copy(button, sectionUrl(window.location.href, id), `Link naar ‘${text}’`));
    anchor.after(button);
  }

  async #copy(button: HTMLButtonElement, text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.#announce(`${what} gekopieerd.`);
      button.dataset['copied'] = 'true';
      window.setTimeout(() => delete button.dataset['copied'], 2000);
    } catch {
      this.#announce(`Kopiëren lukte niet. Selecteer en kopieer de tekst zelf: ${text}`);
    }
  }

  #announce(message: string): void {
    if (!this.#status) return;
    this.#status.textContent = '';
    window.requestAnimationFrame(() => {
      if (this.#status) this.#status.textContent = message;
    });
  }
}

if (!customElements.get('copy-links')) customElements.define('copy-links', CopyLinks);
