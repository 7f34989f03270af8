import {adoptStyles, html, LitElement, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import type {Dataset} from '../data/dataset.js';
import {type FallbackFrom, loadFromSource} from './dataset-source.js';
import {catalogKey, loadMessages} from './i18n.js';
import {LanguageController} from './language.js';
import {resolveLang} from './locale.js';
import {isEnglish, type Messages} from './messages.js';
import type {TakeOver, TakingOver} from './take-over-hook.js';
import {warnOnce} from './warn.js';

/** The take-over of pre-rendered elements (take-over.ts), once loaded: a chunk that only such pages load. */
let takeOver: TakeOver | undefined;

/**
 * What every element of the library shares, whatever it shows: the language it speaks (its own `lang`, an
 * ancestor's or the document's, watched) and where its data comes from (`source`, `timeout`, `fallback`, read
 * through the one data source with its timeout and fallback). Widgets add their loading states on top
 * ({@link CareerWidget}); the search uses this directly.
 *
 * @attr {string} lang - Language of the widget's text, numbers and dates (default: the nearest `lang` up the page, then `<html lang>`): `en`, `es`, or a language the host added; changes re-render.
 */
export abstract class CareerBase extends LitElement {
  /** URL of a dataset folder in this library's format; default: the page's `career-widgets-source` meta tag, else the bundled dataset. */
  @property() source = '';

  /**
   * Seconds to wait for the data before showing the error (and the host's fallback content); default: the page's
   * `career-widgets-timeout` meta tag, else 10. Kept within 1–60.
   */
  @property() timeout = '';

  /**
   * `bundled`: if the dataset named by `source` (or the page's meta tag) cannot be loaded, show the dataset bundled
   * with the script instead, with a visible note saying so. Off by default: a host that points at its own data
   * may prefer an error to older figures.
   */
  @property() fallback = '';

  readonly #language = new LanguageController(this);

  /** Its shadow root came with the page's HTML (declarative shadow DOM): a server pre-rendered it. */
  #prerendered = false;

  // The element's own `lang` (a global attribute Lit does not observe) re-renders at once; ancestors' and the
  // document's are watched by the LanguageController's shared observer.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * @internal Resolves once what the element's first render needs is in memory (here: its language's messages).
   * Returns whether it can then render its content at once, which a server pre-renders and a pre-rendered page
   * takes over; widgets add their data ({@link CareerWidget}).
   */
  async prepare(): Promise<boolean> {
    await loadMessages(catalogKey(resolveLang(this)));
    return true;
  }

  // A pre-rendered shadow root is used as it is: its own <style> styles it, and adopting the same styles again would
  // make the browser recompute the style and layout of every pre-rendered element (see take-over.ts for a CSP).
  protected override createRenderRoot() {
    this.#prerendered = this.shadowRoot !== null;
    return this.shadowRoot ?? super.createRenderRoot();
  }

  // A pre-rendered element's first update loads the take-over (once per page) and waits until it can render what
  // is already on show, then adopts it. No global patch of Lit: each element of this library drives its own.
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.#prerendered) return super.scheduleUpdate();
    return import('./take-over.js')
      .then(
        (module) => (takeOver = module.takeOver).beforeUpdate(this as unknown as TakingOver),
        () => {
          // Offline, say: without the take-over the widget renders afresh, in place of the pre-rendered content.
          this.#prerendered = false;
          this.renderRoot.replaceChildren();
          adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
        },
      )
      .finally(() => super.scheduleUpdate());
  }

  protected override update(changed: PropertyValues): void {
    const run = () => super.update(changed);
    if (!this.#prerendered) return run();
    this.#prerendered = false;
    takeOver!.update(this as unknown as TakingOver, run);
  }

  /** False while the catalog of the element's language is still arriving. */
  protected get languageReady(): boolean {
    return this.#language.ready;
  }

  /** The catalog of the element's language (English until and unless one exists for it). */
  protected get messages(): Messages {
    return this.#language.messages;
  }

  /** Locale for numbers and dates, from the nearest `lang`; resolved once per update, not once per number. */
  protected get locale(): string {
    return this.#language.locale;
  }

  /** The `lang` the element resolved (its own, an ancestor's or the document's); empty when none is declared. */
  protected get language(): string {
    return this.#language.lang;
  }

  /**
   * `en` when the element speaks another language: put it as `lang` on everything rendered from the dataset,
   * which is in English only, so screen readers read it with an English voice. Undefined in English.
   */
  protected get contentLang(): 'en' | undefined {
    return isEnglish(this.messages) ? undefined : 'en';
  }

  /**
   * Reads from the dataset `source` names (the element's own attribute unless given), within its `timeout`,
   * falling back to the bundled dataset when `fallback="bundled"` says so (the result then says so: `fallbackFrom`).
   */
  protected fromSource<R extends object>(source: string, signal: AbortSignal | undefined, read: (dataset: Dataset) => Promise<R>): Promise<R & FallbackFrom> {
    return loadFromSource({source, timeout: this.timeout, fallback: this.fallback}, signal, read);
  }

  /** Says that the bundled dataset stands in for the host's (`fallback="bundled"`); the cause goes to the console. */
  protected renderFallbackNote(url: string): TemplateResult {
    warnOnce(`<${this.localName}>: ${url} could not be loaded; showing the bundled dataset (fallback="bundled").`);
    return html`<p part="fallback-note" class="fallback-note" role="note">${this.messages.fallbackNote(new URL(url).host)}</p>`;
  }
}
