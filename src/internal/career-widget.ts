import {Task, TaskStatus} from '@lit/task';
import {type CSSResultGroup, html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import type {DatasetMeta} from '../data/dataset-types.js';
import {isDatasetError} from '../data/errors.js';
import {baseStyles} from './base.styles.js';
import {emit, type CareerLoadDetail} from './events.js';
import {LanguageController} from './language.js';
import {reportLinks} from './links.js';
import {isEnglish, type Messages} from './messages.js';
import {renderSource, type SourceKey} from './source-line.js';

export type WidgetState = 'loading' | 'complete' | 'empty' | 'error';

const warned = new Set<string>();

/**
 * What every career widget shares, whatever it loads (one occupation, or several side by side): the `region` /
 * `source` / heading attributes, loading through the data layer with `@lit/task`, and the loading, error and
 * empty states with their events. Subclasses say what to load (`dataKey`, `load`) and render only their content.
 *
 * @attr {string} lang - Language of the widget's text, numbers and dates (default: the nearest `lang` up the page, then `<html lang>`): `en`, `es`, or a language the host added; changes re-render.
 */
export abstract class CareerWidget<T> extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** Two-letter state code (`MN`), or `US` for the nation. */
  @property({reflect: true}) region = 'US';

  /** URL of a dataset folder in this library's format; default: the page's `career-widgets-source` meta tag, else the bundled dataset. */
  @property() source = '';

  /** Level (1-6) of the widget's heading, so it fits the host page's outline. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 3;

  /** Replaces the widget's heading text. */
  @property() heading = '';

  protected readonly data = new Task(this, {
    task: ([key, source], {signal}) => this.load(key, source, signal),
    args: () => [this.dataKey, this.source] as const,
  });

  #state?: WidgetState;
  readonly #language = new LanguageController(this);

  /** What to load, as one string: the task re-runs when it (or `source`) changes. */
  protected abstract get dataKey(): string;

  /** Loads through the data layer; null when there is nothing to load. */
  protected abstract load(key: string, source: string, signal: AbortSignal): Promise<T | null>;

  // The element's own `lang` (a global attribute Lit does not observe) re-renders at once; ancestors' and the
  // document's are watched by the LanguageController's shared observer.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Current state, also reflected as `data-state` on the host for host CSS and scripts. */
  get state(): WidgetState {
    if (!this.#language.ready) return 'loading'; // the widget's language is still arriving
    switch (this.data.status) {
      case TaskStatus.COMPLETE: {
        const value = this.data.value;
        return value && this.emptyMessage(value) === null ? 'complete' : 'empty';
      }
      case TaskStatus.ERROR:
        return 'error';
      default:
        return 'loading';
    }
  }

  /** The catalog of the widget's language (English until and unless one exists for it). */
  protected get messages(): Messages {
    return this.#language.messages;
  }

  /** Locale for numbers and dates, from the nearest `lang`; resolved once per update, not once per number. */
  protected get locale(): string {
    return this.#language.locale;
  }

  /** The `lang` the widget resolved (its own, an ancestor's or the document's); empty when none is declared. */
  protected get language(): string {
    return this.#language.lang;
  }

  /**
   * `en` when the widget speaks another language: put it as `lang` on everything rendered from the dataset,
   * which is in English only, so screen readers read it with an English voice. Undefined in English.
   */
  protected get contentLang(): 'en' | undefined {
    return isEnglish(this.messages) ? undefined : 'en';
  }

  /** Upper-cased region code; `US` when none is given. */
  protected get regionCode(): string {
    return this.region.trim().toUpperCase() || 'US';
  }

  /** Null when the data has something to show, else the sentence the empty state shows. */
  protected abstract emptyMessage(data: T): string | null;

  protected abstract renderContent(data: T): TemplateResult;

  /** The dataset meta the data came with, for the source line of the empty state. */
  protected abstract metaOf(data: T): DatasetMeta | null;

  /** The `career-load` event's detail once the data has rendered. */
  protected abstract loadDetail(data: T): CareerLoadDetail;

  /** Which `meta.sources` the widget's data comes from, for the source line. */
  protected abstract get sourceIds(): readonly SourceKey[];

  protected override render() {
    if (!this.#language.ready) return this.renderPending();
    return this.data.render({
      initial: () => this.renderPending(),
      pending: () => this.renderPending(),
      complete: (data) => {
        const empty = data ? this.emptyMessage(data) : this.messages.noOccupation;
        return empty === null && data ? this.renderContent(data) : this.renderEmpty(empty ?? '', data);
      },
      error: (error) => this.#renderError(error),
    });
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Analytics: links the visitor follows out of this widget (its own shadow root; nested widgets report theirs).
    reportLinks(this, this.renderRoot, () => {
      const data = this.data.value;
      return data ? this.loadDetail(data).occupation : undefined;
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.state;
    if (state === this.#state) return;
    this.#state = state;
    this.dataset.state = state;
    const data = this.data.value;
    if (state === 'complete' && data) {
      emit(this, 'career-load', this.loadDetail(data));
    } else if (state === 'error') {
      const error = this.data.error;
      emit(this, 'career-error', {kind: isDatasetError(error) ? error.kind : 'unknown', message: String((error as Error)?.message ?? error)});
    }
  }

  /** While loading: a placeholder. A widget whose content stays useful while it reloads may show that instead. */
  protected renderPending(): TemplateResult {
    return html`<div part="loading" class="loading" aria-busy="true">
      <span class="visually-hidden">${this.messages.loading}</span>
    </div>`;
  }

  protected renderEmpty(message: string, data: T | null): TemplateResult {
    const meta = data ? this.metaOf(data) : null;
    return html`<div part="empty" class="empty">
        <p>${message}</p>
        ${meta ? renderSource(meta, this.sourceIds, this.locale, this.messages) : nothing}
      </div>
      <slot></slot>`;
  }

  #renderError(error: unknown) {
    const m = this.messages;
    const kind = isDatasetError(error) ? error.kind : 'invalid';
    const detail = error instanceof Error ? error.message : String(error);
    if (!warned.has(detail)) {
      warned.add(detail); // once per message: a page of 50 widgets should not print 50 warnings
      console.warn(`[career-widgets] <${this.localName}>: ${detail}`);
    }
    const retryable = kind === 'network' || kind === 'timeout' || kind === 'http';
    return html`<div part="error" class="error" role="alert">
        <p class="error-title">${m.errorTitle}</p>
        <p>${m.errorHint[kind]}</p>
        ${retryable ? html`<button type="button" @click=${() => void this.data.run()}>${m.retry}</button>` : nothing}
        <details>
          <summary>${m.details}</summary>
          <p class="error-detail" lang="en">${detail}</p>
        </details>
      </div>
      <slot></slot>`;
  }
}
