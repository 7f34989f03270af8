import {Task, TaskStatus} from '@lit/task';
import {type CSSResultGroup, html, isServer, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import type {DatasetMeta} from '../data/dataset-types.js';
import {type DatasetErrorKind, isDatasetError} from '../data/errors.js';
import {inSlice} from '../data/slices.js';
import {baseStyles} from './base.styles.js';
import {CareerBase} from './career-base.js';
import {slashBreaks} from './content.js';
import type {FallbackFrom} from './dataset-source.js';
import {emit, type CareerLoadDetail} from './events.js';
import {reportLinks} from './links.js';
import {renderSource, type SourceKey} from './source-line.js';
import {warnOnce} from './warn.js';

export type WidgetState = 'loading' | 'complete' | 'empty' | 'error';

/** Failures that may pass by themselves (the network, the server): "try again". Others need the page fixed. */
const TRANSIENT: ReadonlySet<DatasetErrorKind> = new Set(['network', 'timeout', 'http']);

/**
 * What every career widget shares, whatever it loads (one occupation, or several side by side): on top of the
 * language and data source every element has ({@link CareerBase}), the `region` and heading attributes, loading
 * through the data layer with `@lit/task`, and the loading, error and empty states with their events. Subclasses
 * say what to load (`dataKey`, `load`) and render only their content.
 */
export abstract class CareerWidget<T> extends CareerBase {
  static override styles: CSSResultGroup = baseStyles;

  /** Two-letter state code (`MN`), or `US` for the nation. */
  @property({reflect: true}) region = 'US';

  /** Level (1-6) of the widget's heading, so it fits the host page's outline. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 3;

  /** Replaces the widget's heading text. */
  @property() heading = '';

  // `timeout` and `fallback` are read by `load()` (this.timeout, this.fallback); as args they re-run the task.
  protected readonly data = new Task(this, {
    task: async ([key, source], {signal}) => {
      const value = await this.load(key, source, signal);
      if (value) this.#keyOf.set(value, key);
      return value;
    },
    args: () => [this.dataKey, this.source, this.timeout, this.fallback] as const,
  });

  #state?: WidgetState;
  /** The `dataKey` each loaded value was loaded for, so a value for a replaced choice is never reported. */
  readonly #keyOf = new WeakMap<object, string>();
  /** What the last `career-load` reported, so a region change reports again and a re-render does not. */
  #loaded = '';
  /** Whether the error state shown now has been announced (`career-error`, once each time it is entered). */
  #errorAnnounced = false;
  /** Data or an error arrived while the element was detached: its event waits for the element to be put back. */
  #unannounced = false;

  /**
   * @internal Set by the widget whose template holds this one (a profile's wages and skills): this widget is then a
   * part of that one, not a landmark of its own, and leaves the attribution to it.
   */
  // A plain property, not a reactive one: set by that template before the widget's first update, and kept when it
  // is set before the widget's code arrives (no initialiser to overwrite it as the element upgrades).
  embedded?: boolean;

  /** What to load, as one string: the task re-runs when it (or `source`) changes. */
  protected abstract get dataKey(): string;

  /** Loads through the data layer; null when there is nothing to load. */
  protected abstract load(key: string, source: string, signal: AbortSignal): Promise<T | null>;

  /**
   * On a server, what `load` would resolve to, at once, when the data layer already holds the files it needs;
   * undefined when it does not (or when loading would fail). What a widget nested in another's template renders
   * first there (a profile's wages), which no one prepares: Lit's server renderer creates and renders it in one go.
   */
  protected peek?(key: string, source: string): T | null | undefined;

  /**
   * @internal Resolves once what the widget's first render needs is in memory: its language's messages and its
   * data, loaded by running its task now (from a pre-rendered page's inline copy in the browser, from disk on a
   * server), so its first render shows the outcome. Returns whether that render shows the widget's content (or its
   * empty state) as the page asked for it, not an error nor the bundled dataset standing in: what a server
   * pre-renders and a pre-rendered page takes over.
   */
  override async prepare(): Promise<boolean> {
    await super.prepare();
    await this.data.run();
    const value = await this.data.taskComplete; // rejects with the task's error
    return !value || this.fallbackFrom(value) === null;
  }

  /**
   * The task (its status, value and error); on a server, for a widget nested in another's template (rendered in one
   * go, unprepared), the data its enclosing widget already loaded (see {@link peek}) as if its task had completed.
   */
  #outcome(): {readonly status: TaskStatus; readonly value?: T | null; readonly error?: unknown} {
    if (isServer && this.data.status !== TaskStatus.COMPLETE && this.data.status !== TaskStatus.ERROR) {
      const value = this.peek?.(this.dataKey, this.source);
      if (value !== undefined) return {status: TaskStatus.COMPLETE, value};
    }
    return this.data;
  }

  /** The data on show: the last loaded (kept while a new choice loads); undefined before any and after an error. */
  protected get dataOnShow(): T | null | undefined {
    return this.#outcome().value;
  }

  /** Current state, also reflected as `data-state` on the host for host CSS and scripts. */
  get state(): WidgetState {
    if (!this.languageReady) return 'loading'; // the widget's language is still arriving
    const {status, value} = this.#outcome();
    switch (status) {
      case TaskStatus.COMPLETE: {
        return value && this.emptyMessage(value) === null ? 'complete' : 'empty';
      }
      case TaskStatus.ERROR:
        return 'error';
      default:
        return 'loading';
    }
  }

  /** Upper-cased region code; `US` when none is given. */
  protected get regionCode(): string {
    return this.region.trim().toUpperCase() || 'US';
  }

  /**
   * True inside another widget's shadow root (the wages and skills of a `<career-profile>`): the widget is then
   * a part of that widget, not a landmark of its own, and leaves the attribution to it.
   */
  protected get nested(): boolean {
    return this.embedded === true;
  }

  /**
   * The widget's outer wrapper: one `region` landmark named by its heading (`#heading-id`), or a plain block when
   * nested, so a page has one landmark per widget and never one per section.
   */
  protected frame(headingId: string, content: unknown): TemplateResult {
    return this.nested ? html`<div part="base">${content}</div>` : html`<section part="base" aria-labelledby=${headingId}>${content}</section>`;
  }

  /** The source line, or nothing when an enclosing widget shows the attribution once for all its parts. */
  protected attribution(meta: DatasetMeta, keys: readonly SourceKey[] = this.sourceIds) {
    return this.nested ? nothing : renderSource(meta, keys, this.locale, this.messages);
  }

  /** What the empty state says when there is nothing to load (no occupation given, none chosen yet). */
  protected get nothingChosen(): string {
    return this.messages.noOccupation;
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

  /** The dataset URL the bundled dataset stands in for (`fallback="bundled"`), or null when it does not. */
  protected fallbackFrom(data: T): string | null {
    return (data as FallbackFrom | null)?.fallbackFrom?.url ?? null;
  }

  /**
   * Many widgets updating at once (a long page, or every widget when the data they share arrives) update a slice at
   * a time, each slice its own task, so the page keeps painting and answering instead of freezing in one long task.
   * A widget alone on its page updates at once, as before. A pre-rendered widget's first update waits for its
   * take-over (CareerBase): that wait is passed on, so Lit's `updateComplete` settles once the update has run, not
   * when the slice began it (a nested widget's take-over waits for its enclosing widget's).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return inSlice(() => super.scheduleUpdate());
  }

  protected override render() {
    if (!this.languageReady) return this.renderPending();
    const {status, value: data = null, error} = this.#outcome();
    if (status === TaskStatus.ERROR) return this.#renderError(error);
    if (status !== TaskStatus.COMPLETE) return this.renderPending();
    const empty = data ? this.emptyMessage(data) : this.nothingChosen;
    const content = empty === null && data ? this.renderContent(data) : this.renderEmpty(empty ?? '', data);
    const replaced = data ? this.fallbackFrom(data) : null;
    return replaced ? html`${this.renderFallbackNote(replaced)}${content}` : content;
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Analytics: links the visitor follows out of this widget (its own shadow root; nested widgets report theirs).
    reportLinks(this, this.renderRoot, () => {
      const data = this.dataOnShow;
      return data ? this.loadDetail(data).occupation : undefined;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back after its data arrived while detached: announce now what no listener could hear then.
    if (this.#unannounced) this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.state;
    if (state !== this.#state) {
      this.#state = state;
      this.dataset.state = state;
    }
    if (state !== 'complete') this.#loaded = '';
    if (state !== 'error') this.#errorAnnounced = false;
    // Lit updates a detached element too (removed mid-load), but its events reach no listener on the page.
    if (!this.isConnected) {
      this.#unannounced = state === 'complete' || state === 'error';
      return;
    }
    this.#unannounced = false;
    const data = this.data.value;
    if (state === 'complete' && data) this.#reportLoad(data);
    if (state === 'error' && !this.#errorAnnounced) {
      this.#errorAnnounced = true;
      const error = this.data.error;
      emit(this, 'career-error', {kind: isDatasetError(error) ? error.kind : 'unknown', message: String((error as Error)?.message ?? error)});
    }
  }

  /**
   * Once per rendered choice and region: a region change alone reports again (the figures changed), and data for
   * a choice the host has already replaced is never reported (the task then runs for the new one).
   */
  #reportLoad(data: T) {
    if (this.#keyOf.get(data as object) !== this.dataKey) return;
    const detail = this.loadDetail(data);
    const key = `${this.dataKey}|${JSON.stringify(detail)}`;
    if (key === this.#loaded) return;
    this.#loaded = key;
    emit(this, 'career-load', detail);
  }

  /**
   * While loading: short visible text in about the space the content will take (`--_loading-height`). A widget
   * whose content stays useful while it reloads may show that instead.
   */
  protected renderPending(): TemplateResult {
    return html`<div part="loading" class="loading" aria-busy="true"><p>${this.messages.loading}</p></div>`;
  }

  protected renderEmpty(message: string, data: T | null): TemplateResult {
    const meta = data ? this.metaOf(data) : null;
    return html`<div part="empty" class="empty">
        <p>${message}</p>
        ${meta ? this.attribution(meta) : nothing}
      </div>
      <slot></slot>`;
  }

  #renderError(error: unknown) {
    const m = this.messages;
    const kind = isDatasetError(error) ? error.kind : 'invalid';
    const detail = error instanceof Error ? error.message : String(error);
    warnOnce(`<${this.localName}>: ${detail}`);
    const retryable = TRANSIENT.has(kind);
    return html`<div part="error" class="error" role="alert">
        <p class="error-title">${retryable ? m.errorTitle : m.setupErrorTitle}</p>
        <p>${m.errorHint[kind]}</p>
        ${retryable ? html`<button type="button" @click=${() => void this.data.run()}>${m.retry}</button>` : nothing}
        <details>
          <summary>${m.details}</summary>
          <p class="error-detail" lang="en">${slashBreaks(detail) /* a URL in it breaks at its slashes in a narrow widget */}</p>
        </details>
      </div>
      <slot></slot>`;
  }
}
