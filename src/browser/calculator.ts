/**
 * The L. 68/99 calculator on /aziende/calcolatore/: computes as the visitor types, in the browser
 * only. The page renders the form, the result's structure and every rule's source; this script
 * shows the form (without JavaScript the page explains the rules instead), reads it, and fills in
 * numbers and sentences. Nothing typed is sent anywhere or stored.
 */
import { fill } from '../i18n/fill';
import { calculate, inputProblems, type ExplanationKey, type ProblemKey, type Result, type RuleValues, type Step } from '../lib/calculator/calculate';
import { fieldNames, fieldOfProblem, readCompanyForm, type FormFields } from '../lib/calculator/company-form';
import { describeProblem, explainStep, formatValue } from '../lib/calculator/explain';
import { summarise, summaryToFragment } from '../lib/calculator/summary';
import type { Locale } from '../i18n/locales';

interface Config {
  /** The page's language: how numbers are typed and written. */
  locale: Locale;
  intl: string;
  rules: RuleValues;
  sourcesCollected: string;
  requestUrl: string;
  explain: Record<ExplanationKey, string>;
  problems: Record<ProblemKey, string>;
  messages: Record<'waiting' | 'errors' | 'summary' | 'noObligation' | 'range' | 'euro' | 'partTimeGroup' | 'partTimeRemove', string>;
}

/** Steps whose value is money. */
const euroSteps = new Set<Step['id']>(['esonero', 'sanction', 'commessa']);
/** Typing pauses this long before the result is recomputed and announced. */
const typingPause = 400;

class JpnCalculator extends HTMLElement {
  #config!: Config;
  #form!: HTMLFormElement;
  #rows!: HTMLElement;
  #status!: HTMLElement;
  #output!: HTMLElement;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-calc-form]');
    const results = this.querySelector<HTMLElement>('[data-calc-results]');
    const rows = this.querySelector<HTMLElement>('[data-parttime-rows]');
    const status = this.querySelector<HTMLElement>('[data-calc-status]');
    const output = this.querySelector<HTMLElement>('[data-calc-output]');
    if (!form || !results || !rows || !status || !output) throw new Error('jpn-calculator: the page is missing part of the calculator');
    this.#config = JSON.parse(this.dataset['config'] ?? '{}') as Config;
    this.#form = form;
    this.#rows = rows;
    this.#status = status;
    this.#output = output;

    form.hidden = false;
    results.hidden = false;
    for (const note of document.querySelectorAll<HTMLElement>('[data-calc-nojs]')) note.hidden = true;

    form.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#update(), typingPause);
    });
    form.addEventListener('change', () => this.#update());
    // The result is live; the button (and Enter in a field) is for those who expect one, and takes
    // them to the result instead of reloading the page.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update();
      this.querySelector<HTMLElement>('#calc-results-title')?.focus();
    });
    this.querySelector('[data-parttime-add]')?.addEventListener('click', () => this.#addRow());
    rows.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('[data-parttime-remove]');
      const row = button?.closest<HTMLElement>('[data-parttime-row]');
      if (row) this.#removeRow(row);
    });
    this.querySelector('[data-calc-print]')?.addEventListener('click', () => window.print());
    this.#renumberRows();
    this.#update();
  }

  #rowElements(): HTMLElement[] {
    return [...this.#rows.querySelectorAll<HTMLElement>('[data-parttime-row]')];
  }

  #addRow() {
    const first = this.#rowElements()[0];
    if (!first) return;
    const row = first.cloneNode(true) as HTMLElement;
    for (const input of row.querySelectorAll('input')) input.value = '';
    this.#rows.append(row);
    this.#renumberRows();
    row.querySelector('input')?.focus();
  }

  #removeRow(row: HTMLElement) {
    row.remove();
    this.#renumberRows();
    this.querySelector<HTMLElement>('[data-parttime-add]')?.focus();
    this.#update();
  }

  /** Rows are always numbered 0…n−1, in names, ids and labels, whichever was removed. */
  #renumberRows() {
    const rows = this.#rowElements();
    rows.forEach((row, index) => {
      const legend = row.querySelector('[data-parttime-legend]');
      if (legend) legend.textContent = fill(this.#config.messages.partTimeGroup, { n: index + 1 });
      for (const part of ['count', 'weeklyHours'] as const) {
        const name = part === 'count' ? fieldNames.partTimeCount(index) : fieldNames.partTimeHours(index);
        const id = `calc-pt-${index}-${part}`;
        const input = row.querySelector<HTMLInputElement>(`input[name$=".${part}"]`);
        const label = row.querySelector<HTMLLabelElement>(`[data-parttime-part="${part}"]`);
        const error = input?.closest('[data-field]')?.querySelector<HTMLElement>('[data-error-for]');
        input?.closest<HTMLElement>('[data-field]')?.setAttribute('data-field', name);
        if (input) {
          input.name = name;
          input.id = id;
        }
        if (label) label.htmlFor = id;
        if (error) {
          error.id = `${id}-error`;
          error.dataset['errorFor'] = name;
        }
      }
      const remove = row.querySelector<HTMLButtonElement>('[data-parttime-remove]');
      if (remove) {
        remove.hidden = rows.length === 1;
        remove.setAttribute('aria-label', fill(this.#config.messages.partTimeRemove, { n: index + 1 }));
      }
    });
  }

  #fields(): FormFields {
    const fields: FormFields = {};
    for (const [name, value] of new FormData(this.#form)) if (typeof value === 'string') fields[name] = value;
    return fields;
  }

  #update() {
    clearTimeout(this.#timer);
    const { messages } = this.#config;
    const read = readCompanyForm(this.#fields(), this.#rowElements().length, this.#config.locale);
    if (!read) {
      this.#showProblems(new Map());
      this.#announce(messages.waiting);
      this.#output.hidden = true;
      return;
    }
    const problems = inputProblems(read.input);
    this.#showProblems(
      new Map(problems.map((problem) => [fieldOfProblem(problem.field, read.rowOfGroup), describeProblem(problem, this.#config.problems, this.#config.intl)])),
    );
    if (problems.length > 0) {
      this.#announce(messages.errors);
      this.#output.hidden = true;
      return;
    }
    const result = calculate(this.#config.rules, read.input);
    this.#render(result);
    this.#output.hidden = false;
    const art14 = this.#art14Text(result);
    this.#announce(
      result.quotaArt3 === 0 && result.quotaArt18 === 0
        ? fill(messages.noObligation, { base: result.base })
        : fill(messages.summary, { base: result.base, quota: result.quotaArt3, uncovered: result.uncoveredArt3, art14 }),
    );
  }

  /** Errors sit between a field's hint and its input, and are read with it (aria-describedby). */
  #showProblems(messages: Map<string, string>) {
    for (const error of this.#form.querySelectorAll<HTMLElement>('[data-error-for]')) {
      const name = error.dataset['errorFor'] ?? '';
      const input = this.#form.querySelector<HTMLInputElement>(`[name="${name}"]`);
      const message = messages.get(name);
      error.textContent = message ?? '';
      error.hidden = message === undefined;
      if (!input) continue;
      const described = [input.dataset['hintId'], message === undefined ? undefined : error.id].filter(Boolean).join(' ');
      if (described) input.setAttribute('aria-describedby', described);
      else input.removeAttribute('aria-describedby');
      if (message === undefined) input.removeAttribute('aria-invalid');
      else input.setAttribute('aria-invalid', 'true');
    }
  }

  /** The live region speaks only when its sentence changes, not at every keystroke. */
  #announce(text: string) {
    if (this.#status.textContent !== text) this.#status.textContent = text;
  }

  #art14Text(result: Result): string {
    const { min, max } = result.art14Positions;
    return min === max ? formatValue(max, this.#config.intl) : fill(this.#config.messages.range, { min, max });
  }

  #render(result: Result) {
    for (const element of this.querySelectorAll<HTMLElement>('[data-step]')) element.hidden = true;
    for (const step of result.steps) {
      const element = this.querySelector<HTMLElement>(`[data-step="${step.id}"]`);
      if (!element) continue;
      element.hidden = false;
      const value =
        step.id === 'art14'
          ? this.#art14Text(result)
          : euroSteps.has(step.id)
            ? fill(this.#config.messages.euro, { amount: formatValue({ euro: step.value }, this.#config.intl) })
            : formatValue(step.value, this.#config.intl);
      const valueElement = element.querySelector('[data-value]');
      const explainElement = element.querySelector('[data-explain]');
      if (valueElement) valueElement.textContent = value;
      if (explainElement) explainElement.textContent = explainStep(step, this.#config.explain, this.#config.intl);
      for (const rule of element.querySelectorAll<HTMLElement>('[data-rule]'))
        rule.hidden = !step.rules.includes(rule.dataset['rule'] as Step['rules'][number]);
    }
    for (const caveat of this.querySelectorAll<HTMLElement>('[data-caveat]'))
      caveat.hidden = !result.caveats.includes(caveat.dataset['caveat'] as Result['caveats'][number]);
    const request = this.querySelector<HTMLAnchorElement>('[data-calc-request]');
    if (request) request.href = `${this.#config.requestUrl}${summaryToFragment(summarise(result, this.#config.sourcesCollected))}`;
  }
}

customElements.define('jpn-calculator', JpnCalculator);
