/**
 * The request page (/aziende/richiesta/): turns the ticked services, the calculator's result and
 * what the visitor writes into one email, shown in full before it is opened in the visitor's mail
 * program. The shortlist lives in the URL (`?servizi=…`), the calculator's result in its fragment;
 * nothing is stored. Without JavaScript the same form opens the mail program by itself.
 */
import { fill } from '../i18n/fill';
import type { Locale } from '../i18n/locales';
import { formatDate } from '../lib/dates';
import { summaryFromFragment, type CalculationSummary } from '../lib/calculator/summary';
import { composeRequest, mailtoUrl, type ComposedRequest, type RequestedService, type RequestTemplates } from '../lib/request/compose';
import { carryTo, parseShortlist, serializeShortlist, type CarriedRequest } from '../lib/request/shortlist';

interface Config {
  contactEmail?: string;
  /** The page's language: the date in the message. */
  locale: Locale;
  /** Each service's page, by id: in the page's language where the service is translated. */
  serviceUrls: Record<string, string>;
  templates: RequestTemplates;
  messages: Record<'chosenCount' | 'none' | 'remove' | 'removeLabel' | 'toNone' | 'copied' | 'copyFailed' | 'unverified', string>;
  services: Record<string, RequestedService>;
}

class JpnRequest extends HTMLElement {
  #config!: Config;
  #form!: HTMLFormElement;
  #calculation: CalculationSummary | undefined;
  #composed: ComposedRequest | undefined;
  #renderedKey: string | undefined;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-request-form]');
    if (!form) throw new Error('jpn-request: the page is missing its form');
    this.#config = JSON.parse(this.dataset['config'] ?? '{}') as Config;
    this.#form = form;

    this.#calculation = summaryFromFragment(window.location.hash);
    const calculation = this.querySelector<HTMLElement>('[data-request-calculation]');
    if (calculation) calculation.hidden = !this.#calculation;
    for (const element of this.querySelectorAll<HTMLElement>('[data-request-plain-submit]')) element.hidden = true;
    for (const element of this.querySelectorAll<HTMLElement>('[data-request-preview], [data-request-chosen]')) element.hidden = false;

    const chosen = parseShortlist(window.location.search, new Set(Object.keys(this.#config.services)));
    for (const box of this.#boxes()) box.checked = chosen.includes(box.dataset['serviceId'] ?? '');
    // Categories with a chosen service start open, so the visitor sees what is ticked.
    for (const details of this.querySelectorAll<HTMLDetailsElement>('[data-request-category]')) details.open = details.querySelector('input:checked') !== null;

    form.addEventListener('input', () => this.#update());
    form.addEventListener('change', () => this.#update());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.#composed) window.location.href = mailtoUrl(this.#composed);
    });
    this.querySelector('[data-request-chosen-list]')?.addEventListener('click', (event) => {
      const id = (event.target as Element).closest<HTMLElement>('[data-remove-id]')?.dataset['removeId'];
      if (!id) return;
      const box = this.#boxes().find((b) => b.dataset['serviceId'] === id);
      if (box) box.checked = false;
      this.#update();
      // The removed item's button is gone: keep focus in the list's section.
      this.querySelector<HTMLElement>('#request-chosen-title')?.focus();
    });
    this.querySelector('[data-request-copy]')?.addEventListener('click', () => void this.#copy());
    this.#update();
  }

  #boxes(): HTMLInputElement[] {
    return [...this.#form.querySelectorAll<HTMLInputElement>('input[data-service-id]')];
  }

  /** Chosen ids, in the order they were chosen when the URL gave one, then in page order. */
  #chosenIds(): string[] {
    const ticked = new Set(
      this.#boxes()
        .filter((box) => box.checked)
        .map((box) => box.dataset['serviceId'] ?? ''),
    );
    const fromUrl = parseShortlist(window.location.search, ticked);
    return [...new Set([...fromUrl, ...ticked])];
  }

  #update() {
    const ids = this.#chosenIds();
    const value = (name: string) => {
      const element = this.#form.elements.namedItem(name);
      return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement ? element.value : '';
    };
    const includeCalculation = this.querySelector<HTMLInputElement>('[data-request-include-calc]')?.checked ?? false;
    this.#composed = composeRequest({
      services: ids.flatMap((id) => this.#config.services[id] ?? []),
      calculation: includeCalculation ? this.#calculation : undefined,
      details: { company: value('azienda'), person: value('referente'), area: value('provincia'), message: value('messaggio') },
      contactEmail: this.#config.contactEmail,
      templates: this.#config.templates,
      formatDate: (iso) => formatDate(new Date(`${iso}T00:00:00Z`), this.#config.locale),
    });
    this.#renderChosen(ids);
    const browse = this.querySelector<HTMLAnchorElement>('[data-request-browse]');
    if (browse) browse.href = carryTo(browse.pathname, this.#carried(ids));
    this.#renderPreview(this.#composed);
    const url = `${window.location.pathname}${serializeShortlist(ids, window.location.search)}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', url);
  }

  /** What links to other pages carry along, so the visitor can come back and add more. */
  #carried(ids: string[]): CarriedRequest {
    return { ids, hash: this.#calculation ? window.location.hash : '' };
  }

  #renderChosen(ids: string[]) {
    // Rebuilding the list would take the focus away from whoever is on it: only do it on a change.
    const key = `${ids.join(',')}${this.#carried(ids).hash}`;
    if (key === this.#renderedKey) return;
    this.#renderedKey = key;
    const { messages } = this.#config;
    const count = this.querySelector('[data-request-count]');
    if (count) count.textContent = ids.length === 0 ? messages.none : fill(messages.chosenCount, { count: ids.length });
    const list = this.querySelector('[data-request-chosen-list]');
    if (!list) return;
    list.replaceChildren(
      ...ids.map((id) => {
        const service = this.#config.services[id];
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = carryTo(this.#config.serviceUrls[id] ?? '', this.#carried(ids));
        link.textContent = service?.title ?? id;
        item.append(link);
        if (service?.unverified) {
          const badge = document.createElement('span');
          badge.className = 'badge badge--warning';
          badge.textContent = messages.unverified;
          item.append(' ', badge);
        }
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'button button--secondary';
        remove.dataset['removeId'] = id;
        remove.textContent = messages.remove;
        remove.setAttribute('aria-label', fill(messages.removeLabel, { title: service?.title ?? id }));
        item.append(remove);
        return item;
      }),
    );
  }

  #renderPreview(request: ComposedRequest) {
    const set = (selector: string, text: string) => {
      const element = this.querySelector(selector);
      if (element) element.textContent = text;
    };
    set('[data-preview-to]', request.to.length > 0 ? request.to.join(', ') : this.#config.messages.toNone);
    set('[data-preview-subject]', request.subject);
    set('[data-preview-body]', request.body);
    const link = this.querySelector<HTMLAnchorElement>('[data-request-mailto]');
    if (link) link.href = mailtoUrl(request);
  }

  async #copy() {
    const status = this.querySelector('[data-request-status]');
    if (!this.#composed || !status) return;
    try {
      await navigator.clipboard.writeText(`${this.#composed.subject}\n\n${this.#composed.body}`);
      status.textContent = this.#config.messages.copied;
    } catch {
      status.textContent = this.#config.messages.copyFailed;
    }
  }
}

customElements.define('jpn-request', JpnRequest);
