import {Task, TaskStatus} from '@lit/task';
import {html, isServer, LitElement, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import type {DatasetIndex, DatasetMeta, IndexEntry} from '../../data/dataset-types.js';
import {isDatasetError} from '../../data/errors.js';
import type {TitleMatcher} from '../../data/search.js';
import {MIN_QUERY_LENGTH, type SearchHit, type SearchResult} from '../../data/search-types.js';
import {baseStyles} from '../../internal/base.styles.js';
import {CareerBase} from '../../internal/career-base.js';
import type {FallbackFrom} from '../../internal/dataset-source.js';
import {defineElement} from '../../internal/define.js';
import {emit, type CareerSelectDetail, type CareerSelectVia} from '../../internal/events.js';
import {reportLinks} from '../../internal/links.js';
import {isEnglish, type Messages} from '../../internal/messages.js';
import {dataLang, InEnglish, ownText, sentence} from '../../internal/content.js';
import {capitalize, preparationLevel} from '../../internal/preparation.js';
import {safeUrl} from '../../internal/safe-url.js';
import {whenVisible} from '../../internal/when-visible.js';
import {careerSearchStyles} from './career-search.styles.js';
import {highlight} from './highlight.js';
import {pushUrlChoice, readUrlChoice} from './url-choice.js';
import '../../internal/messages/career-search.js'; // this element's English strings (see messages.ts)
import '../../internal/messages/figure-terms.js'; // the figures' shared words: wage levels, codes, preparation

/** Pause in typing after which a search counts as made (analytics), and after which the count is announced. */
const REPORT_DELAY_MS = 1000;
const ANNOUNCE_DELAY_MS = 400;

const words = (value: string) => value.split(/[\s,]+/).filter(Boolean);

/**
 * A search box for careers: the visitor types a job title as people say it ("medical coder", "cna", "hvac
 * tech", even misspelt) or an occupation code, and picks the occupation from a list. Searches the O*NET
 * occupation titles and ~57,000 alternate and reported job titles. A first tier of the titles (the ~6,800 most
 * firmly tied to their occupations, ~40 KB) loads as soon as the box is in view, so the first results come as
 * soon as the visitor types; the rest (~240 KB) loads when the visitor first focuses or types,
 * and refines the list when it arrives (never under the visitor's pointer or keyboard: then at the next
 * keystroke). In Spanish it also finds careers by Spanish words ("enfermera", "soldador", "maestra de
 * preescolar"), and in a host's language by the words of its catalog (`search` in the catalog, docs/i18n).
 *
 * It follows the WAI-ARIA combobox pattern with a listbox popup: ArrowDown / ArrowUp move through the results
 * (wrapping), Home / End go to the first / last result while one is active (else they move the caret), Enter
 * chooses the active result (or the first one), Escape closes the list (or, when closed, clears the box),
 * Alt+ArrowDown opens it. A polite live region announces the number of results.
 *
 * A choice fires the cancelable `career-select`; any widget with `for` set to this element's id follows it:
 * `<career-search id="find" region="MN">` and `<career-profile for="find" region="MN">` are a complete career
 * finder. With `url-param`, the choice is kept in the page URL, so a shared link restores it and the back
 * button steps back through choices.
 *
 * @summary A combobox that finds occupations by job title; other widgets follow its choice.
 *
 * @slot - Fallback content, shown before the script loads and when the job titles cannot be loaded (e.g. a link to an A-Z list of careers).
 *
 * @csspart base - The widget's outer wrapper.
 * @csspart label - The visible label.
 * @csspart input - The text box (`role="combobox"`).
 * @csspart listbox - The popup list of results.
 * @csspart option - Each result.
 * @csspart mark - The matched part of a result's text.
 * @csspart filters - The filter controls (with `filters`).
 * @csspart empty - The "no matches" message and its suggestion.
 * @csspart loading - The message shown while the job titles load.
 * @csspart error - The error message (`role="alert"`).
 * @csspart source - The one-line O*NET credit after the results.
 *
 * @cssprop --cw-color-accent - Focus ring, active result, suggestion button.
 * @cssprop --cw-color-accent-contrast - Text on the active result.
 * @cssprop --cw-color-accent-2 - Edge of the note shown when the bundled titles stand in (`fallback="bundled"`).
 * @cssprop --cw-color-text - Text colour (default: inherited).
 * @cssprop --cw-color-muted - Codes, hints, secondary text.
 * @cssprop --cw-color-border - Borders of the box and the list.
 * @cssprop --cw-color-surface - Background of the box and the list (default: Canvas).
 * @cssprop --cw-color-error - Error state border.
 * @cssprop --cw-color-mark - Background of matched text (default: a light accent tint).
 * @cssprop --cw-font-family - Font (default: inherited).
 * @cssprop --cw-radius - Corner radius.
 * @cssprop --cw-space - Space below the widget when something follows it (1.5 times this; default 1em).
 * @cssprop --cw-search-list-height - Most height of the result list before it scrolls (default 22em; in a phone-width widget, up to 60% of the screen's height).
 * @cssprop --cw-loading-height - Height reserved before the code has arrived (default 6em, 10em with `filters`).
 *
 * @event career-select - Cancelable: the visitor chose an occupation (`detail: {occupation, region?, via: 'search'}`), or the page URL restored one (`via: 'url'`); `preventDefault()` keeps the search and its followers as they are.
 * @event career-search - Analytics: a search made, once typing pauses (`detail: {queryLength, resultCount, query?}`; `query` only with `report-query`).
 * @event career-link - Analytics: the visitor followed a link out of the widget (`detail: {href}`).
 */
export class CareerSearch extends CareerBase {
  static override styles = [baseStyles, careerSearchStyles];
  static override shadowRootOptions = {...LitElement.shadowRootOptions, delegatesFocus: true};

  /** Two-letter state code (`MN`) passed on to followers with each choice; empty passes none. */
  @property({reflect: true}) region = '';

  /** Visible label of the box (default "Find a career"). */
  @property() label = '';

  /** Placeholder text of the box (default "Job title, e.g. medical coder"); the label stays visible. */
  @property() placeholder = '';

  /** Most results listed at once (1-50, default 8); the live region says how many matched in all. */
  @property({type: Number}) limit = 8;

  /** Only occupations in these O*NET job zones (preparation needed), e.g. `"1 2 3"`; empty: all. */
  @property({attribute: 'job-zone'}) jobZone = '';

  /** Only occupations in these SOC major groups, e.g. `"29-0000 31-0000"` or `"29 31"`; empty: all. */
  @property() major = '';

  /** Shows filter controls (preparation needed, field of work) beside the box; they start from `job-zone` and `major`. */
  @property({type: Boolean, reflect: true}) filters = false;

  /** Keeps the choice in this query parameter of the page URL (e.g. `career`): restored on load, one history entry per choice. */
  @property({attribute: 'url-param'}) urlParam = '';

  /** Includes the query text in `career-search` analytics events (off by default: visitors type personal details into boxes). */
  @property({type: Boolean, attribute: 'report-query'}) reportQuery = false;

  /**
   * Besides `source` and `fallback`, attributes that change what the widget writes outside itself (the page's URL,
   * the host's analytics): a CMS placeholder may set them only where the page's template allows it.
   * @internal
   */
  static readonly trustedAttributes: readonly string[] = ['url-param', 'report-query'];

  @state() private query = '';
  @state() private result: SearchResult | null = null;
  @state() private active = -1;
  @state() private expanded = false;
  /** What the live region says: a count, or the choice (its English title marked so in another language). */
  @state() private status: ReturnType<typeof sentence> = '';
  @state() private zoneFilter: string[] = [];
  @state() private majorFilter: string[] = [];

  #choice: CareerSelectDetail | null = null;
  #wanted = false;
  /** Typed into the pre-rendered box before the script arrived. */
  #typed = '';
  /** The full search, once it has arrived for the current data (`#fullFor`); until then the first tier answers. */
  #full: TitleMatcher | null = null;
  #fullFor: SearchData | null = null;
  /** The data whose full search is being waited for. */
  #watching: SearchData | null = null;
  /** The search that made `result`. */
  #resultFrom: TitleMatcher | undefined;
  /** The full search arrived while the visitor was in the list: results refine at their next step. */
  #refinePending = false;
  #pointerInList = false;
  #stopEarlyLoad?: () => void;
  /** The box came into view: the first tier loads, once the widget's language is in (`#loadFirstTier`). */
  #firstTier: 'not yet' | 'wanted' | 'asked' = 'not yet';
  #announceTimer?: ReturnType<typeof setTimeout>;
  #reportTimer?: ReturnType<typeof setTimeout>;
  #reported = '';

  /**
   * Matcher, meta and index, on first focus or typing (`#wanted`), never before, from the dataset `source` names
   * within `timeout` (or the bundled one with `fallback="bundled"`), like every widget's data: the first tier's
   * matcher (or the full one if it is already built), with the full one on its way (`full`).
   */
  readonly #data = new Task(this, {
    task: async ([source, wanted, , , ready, lang, vocabulary], {signal}): Promise<SearchData | null> => {
      if (!wanted || !ready) return null;
      const words = {lang, vocabulary};
      return this.fromSource(source, signal, async (dataset) => {
        // The rest of the titles (~230 KB) only once the first tier is in: on a slow network they would share its bandwidth.
        const first = {...words, tier: 'first'} as const;
        const full = dataset
          .searcher(undefined, first)
          .catch(() => undefined)
          .then(() => dataset.searcher(undefined, words));
        full.catch(() => undefined); // the first tier keeps answering; a failure is reported when it matters
        const [matcher, meta, index] = await Promise.all([dataset.searcher(signal, first), dataset.meta(signal), dataset.index(signal)]);
        return {matcher, meta, index, full};
      });
    },
    args: () => [this.source, this.#wanted, this.timeout, this.fallback, this.languageReady, this.messages.lang, this.messages.searchVocabulary] as const,
  });

  /** Meta and index for the filter controls: small files every widget shares, loaded only with `filters`. */
  readonly #filterData = new Task(this, {
    task: async ([source, filters], {signal}) => {
      if (!filters) return null;
      return this.fromSource(source, signal, async (dataset) => {
        const [meta, index] = await Promise.all([dataset.meta(signal), dataset.index(signal)]);
        return {meta, index};
      });
    },
    args: () => [this.source, this.filters, this.timeout, this.fallback] as const,
  });

  /** The occupation chosen last (by the visitor or restored from the URL), for widgets that follow this one. */
  get choice(): CareerSelectDetail | null {
    return this.#choice;
  }

  /**
   * Which titles the results come from (also `data-titles`): `first` (the first tier, while the rest loads), `all`,
   * or `none` before the search has loaded.
   */
  get titles(): 'none' | 'first' | 'all' {
    const data = this.#data.value;
    return !data ? 'none' : this.#fullFor === data ? 'all' : 'first';
  }

  /** The current search state: `idle` (nothing loaded yet), `loading`, `complete` or `error`. */
  get state(): 'idle' | 'loading' | 'complete' | 'error' {
    if (!this.#wanted) return 'idle';
    switch (this.#data.status) {
      case TaskStatus.COMPLETE:
        return this.#data.value ? 'complete' : 'loading';
      case TaskStatus.ERROR:
        return 'error';
      default:
        return 'loading';
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
    this.#stopEarlyLoad = whenVisible(this, () => {
      if (this.#firstTier === 'not yet') this.#firstTier = 'wanted';
      this.#loadFirstTier();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    this.#stopEarlyLoad?.();
    clearTimeout(this.#announceTimer);
    this.#flushReport();
  }

  /** The first tier of titles (small), ahead of the visitor's first keystroke; the same requests the search then uses. */
  #loadFirstTier(): void {
    // Before its language's catalog is in, the widget does not know which words to search with: updated() asks again.
    if (this.#firstTier !== 'wanted' || !this.languageReady) return;
    this.#firstTier = 'asked';
    const m = this.messages;
    const first = {tier: 'first', lang: m.lang, vocabulary: m.searchVocabulary} as const;
    // Failures (a bad `source` included) are reported when the visitor uses the search.
    this.fromSource(this.source, undefined, (dataset) => Promise.all([dataset.searcher(undefined, first), dataset.meta()])).catch(() => undefined);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    reportLinks(this, this.renderRoot, () => this.#choice?.occupation);
    if (this.#typed && !this.query) this.#setQuery(this.#typed);
    if (this.urlParam.trim()) void this.#restoreFromUrl();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Taking over a pre-rendered box: what the visitor typed before the script arrived is put back after the first
    // update (which adopts the box as it was rendered, empty).
    if (!this.hasUpdated && !isServer) this.#typed = this.renderRoot.querySelector?.('input')?.value ?? '';
    if (changed.has('jobZone')) this.zoneFilter = words(this.jobZone);
    if (changed.has('major')) this.majorFilter = words(this.major).map((m) => m.slice(0, 2));
    const data = this.#data.value;
    if (data && this.#fullFor !== data && this.#watching !== data) this.#watchFull(data);
    // A search arrived after the last keystroke (the first one, the full titles, another language's words): search
    // what is typed now with it, unless the visitor is in the list (then at their next step).
    if (data && this.query && this.expanded && this.#resultFrom !== this.#matcher) {
      if (this.#inList) this.#refinePending = true;
      else this.#search(false);
    }
  }

  /** When the full search arrives, results refine: at once, or when the visitor is not in the list. */
  #watchFull(data: SearchData): void {
    this.#watching = data;
    data.full.then(
      (matcher) => {
        if (this.#data.value !== data) return;
        this.#full = matcher;
        this.#fullFor = data;
        this.requestUpdate(); // willUpdate refines the results; data-titles
      },
      (error: unknown) => {
        if (this.#data.value === data)
          console.warn(
            `[career-widgets] <career-search>: only some job titles are searched; the rest could not be loaded. ${(error as Error)?.message ?? error}`,
          );
      },
    );
  }

  /** The search that answers now: the full one once it has arrived, else the first tier's. */
  get #matcher(): TitleMatcher | undefined {
    const data = this.#data.value;
    if (!data) return undefined;
    return this.#fullFor === data && this.#full ? this.#full : data.matcher;
  }

  /** The visitor is choosing in the list (keyboard on an option, or the pointer over it): the list must not move. */
  get #inList(): boolean {
    return this.expanded && (this.active >= 0 || this.#pointerInList);
  }

  /** Applies results that refined while the visitor was in the list. */
  #refineNow(): void {
    if (!this.#refinePending) return;
    this.#refinePending = false;
    if (this.query.trim()) this.#search(false);
    else this.result = null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.dataset.state = this.state;
    this.dataset.titles = this.titles;
    this.#loadFirstTier();
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({block: 'nearest'});
    }
  }

  protected override render() {
    const m = this.messages;
    const hits = this.result?.hits ?? [];
    const open = this.expanded && hits.length > 0;
    const data = this.#data.value;
    return html`<div part="base" class="search">
      <label part="label" for="input">${this.label || m.searchLabel}</label>
      <div class="row">
        <div class="field">
          <input
            id="input"
            part="input"
            type="text"
            role="combobox"
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="listbox"
            aria-activedescendant=${open && this.active >= 0 ? `option-${this.active}` : ''}
            aria-describedby="hint"
            placeholder=${this.placeholder || m.searchPlaceholder}
            .value=${live(this.query)}
            @focus=${this.#onFocus}
            @input=${this.#onInput}
            @keydown=${this.#onKeyDown}
            @blur=${this.#onBlur}
          />
          ${this.query ? html`<button type="button" class="clear" aria-label=${m.searchClear} @click=${this.#onClearClick}>×</button>` : nothing}
          <div
            class="popup"
            ?hidden=${!open}
            @pointerdown=${(event: Event) => event.preventDefault() /* keep focus in the box */}
            @pointerenter=${() => (this.#pointerInList = true)}
            @pointerleave=${this.#onPointerLeave}
          >
            <ul id="listbox" part="listbox" role="listbox" aria-label=${m.searchResults}>
              ${open ? hits.map((hit, i) => this.#renderOption(hit, i, m)) : nothing}
            </ul>
            ${data && open ? this.#renderCredit(data.meta, m) : nothing}
          </div>
        </div>
        ${this.filters ? this.#renderFilters(m) : nothing}
      </div>
      <p id="hint" class="hint">${m.searchHint}</p>
      ${data?.fallbackFrom ? this.renderFallbackNote(data.fallbackFrom.url) : nothing}
      ${this.#renderMessage(m)}
      <div role="status" class="visually-hidden">${this.status}</div>
    </div>`;
  }

  /**
   * O*NET's credit for the titles in the list, after them in one short line (the licence's notice in full took six
   * lines of a phone's popup, hiding results): the database and its version, USDOL/ETA, the trademark, the licence.
   */
  #renderCredit(meta: DatasetMeta, m: Messages) {
    const onet = meta.sources.find((s) => s.id === 'onet');
    const license = safeUrl(onet?.licenseUrl);
    return html`<p part="source" class="source credit">
      ${m.searchCredit(onet?.version ?? '')}
      ${license ? html`<a href=${license} rel="noopener license" target="_blank">CC BY 4.0</a>` : 'CC BY 4.0'}
    </p>`;
  }

  #renderOption(hit: SearchHit, i: number, m: Messages) {
    const {entry, field} = hit;
    // English data in a widget of another language is marked so; a vocabulary's words are in the widget's own.
    const english = dataLang(m);
    return html`<li
      id=${`option-${i}`}
      part="option"
      role="option"
      class=${hit.complete ? '' : 'partial'}
      aria-selected=${i === this.active ? 'true' : 'false'}
      @click=${() => this.#choose(hit)}
    >
      <span class="name"
        ><span class="title" lang=${hit.lang ? nothing : english}>${field === 'code' ? entry.title : highlight(hit.text, hit.marks)}</span>${
          field === 'alternate' || field === 'vocabulary'
            ? html`<span class="arrow" aria-hidden="true"> → </span><span class="visually-hidden">, ${m.searchLeadsTo} </span
              ><span class="target" lang=${english}>${entry.title}</span>`
            : nothing
        }</span
      >
      <span class="code">${field === 'code' ? highlight(hit.text, hit.marks) : entry.code}</span>
    </li>`;
  }

  #renderMessage(m: Messages) {
    if (this.#data.status === TaskStatus.ERROR) {
      const error = this.#data.error;
      return html`<div part="error" class="error" role="alert">
          <p class="error-title">${m.searchError}</p>
          <p>${m.errorHint[isDatasetError(error) ? error.kind : 'invalid']}</p>
          <button type="button" @click=${() => void this.#data.run()}>${m.retry}</button>
          <details>
            <summary>${m.details}</summary>
            <p class="error-detail">${error instanceof Error ? error.message : String(error)}</p>
          </details>
        </div>
        <slot></slot>`;
    }
    if (!this.query.trim() || !this.expanded) return nothing;
    if (!this.#data.value) return html`<p part="loading" class="message" aria-busy="true">${m.searchLoading}</p>`;
    if (this.result && this.result.total === 0 && this.query.trim().length >= MIN_QUERY_LENGTH) {
      const suggestion = this.#matcher!.suggest(this.query);
      return html`<div part="empty" class="empty message">
        <p>${m.searchNone(this.query.trim())}</p>
        <p>
          ${
            suggestion
              ? html`${m.searchDidYouMean}
                <button type="button" class="suggestion" @click=${() => this.#setQuery(suggestion)}>${suggestion}</button>?`
              : m.searchTry
          }
        </p>
      </div>`;
    }
    return nothing;
  }

  #renderFilters(m: Messages) {
    const data = this.#filterData.value;
    const zones = data?.meta.jobZones ?? [];
    const majors = data?.index.majorGroups ?? [];
    const change = (event: Event, which: 'zone' | 'major') => {
      const value = (event.target as HTMLSelectElement).value;
      if (which === 'zone') this.zoneFilter = value ? [value] : [];
      else this.majorFilter = value ? [value.slice(0, 2)] : [];
      if (this.query) this.#search(false);
    };
    return html`<div part="filters" class="filters">
      <label>
        <span>${m.searchJobZone}</span>
        <select @change=${(e: Event) => change(e, 'zone')}>
          <option value="">${m.searchAny}</option>
          ${zones.map(
            (z) =>
              html`<option value=${String(z.zone)} ?selected=${this.zoneFilter.includes(String(z.zone))}>${capitalize(preparationLevel(m, z.zone, zones), this.locale)}</option>`,
          )}
        </select>
      </label>
      <label>
        <span>${m.searchMajor}</span>
        <select @change=${(e: Event) => change(e, 'major')}>
          <option value="">${m.searchAny}</option>
          ${majors.map((g) => {
            // An option holds text only: a field the catalog does not translate is marked English on the option itself.
            const translated = ownText(m.terms, g.title);
            return html`<option value=${g.code} lang=${translated || isEnglish(m) ? nothing : 'en'} ?selected=${this.majorFilter.includes(g.code.slice(0, 2))}>${translated || g.title}</option>`;
          })}
        </select>
      </label>
    </div>`;
  }

  // ------------------------------------------------------------------------------------------ behaviour

  #load(): void {
    if (this.#wanted) return;
    this.#wanted = true;
    this.requestUpdate(); // the task's args changed: it starts loading
  }

  readonly #onFocus = () => this.#load();

  readonly #onClearClick = () => {
    this.clear();
    this.renderRoot.querySelector('input')?.focus();
  };

  readonly #onInput = (event: Event) => this.#setQuery((event.target as HTMLInputElement).value);

  readonly #onBlur = () => {
    this.expanded = false;
    this.active = -1;
    this.#refineNow();
  };

  readonly #onPointerLeave = () => {
    this.#pointerInList = false;
    if (this.active < 0) this.#refineNow();
  };

  #setQuery(value: string): void {
    this.#load();
    this.query = value;
    this.expanded = true;
    this.#search(true);
  }

  #filter(): ((entry: IndexEntry) => boolean) | undefined {
    const zones = this.zoneFilter.map(Number).filter(Number.isFinite);
    const majors = this.majorFilter;
    if (!zones.length && !majors.length) return undefined;
    return (entry) =>
      (!zones.length || (entry.jobZone !== null && zones.includes(entry.jobZone))) && (!majors.length || majors.includes(entry.major.slice(0, 2)));
  }

  #search(typed: boolean): void {
    const matcher = this.#matcher;
    const m = this.messages;
    const query = this.query;
    this.active = -1;
    this.#refinePending = false;
    this.#resultFrom = matcher;
    if (!matcher) {
      this.result = null;
      return;
    }
    const limit = Math.min(50, Math.max(1, Math.trunc(this.limit) || 8));
    this.result = matcher.search(query, {limit, filter: this.#filter()});
    const {hits, total} = this.result;
    const trimmed = query.trim();
    const message = !trimmed
      ? ''
      : trimmed.length < MIN_QUERY_LENGTH
        ? m.searchTooShort(MIN_QUERY_LENGTH)
        : total === 0
          ? m.searchNone(trimmed)
          : m.searchCount(hits.length, total);
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => (this.status = message), ANNOUNCE_DELAY_MS);
    if (typed) {
      clearTimeout(this.#reportTimer);
      this.#reportTimer = setTimeout(() => this.#flushReport(), REPORT_DELAY_MS);
    }
  }

  /** Announces the search made (analytics), once per distinct settled query. */
  #flushReport(): void {
    clearTimeout(this.#reportTimer);
    this.#reportTimer = undefined;
    const query = this.query.trim();
    if (query.length < MIN_QUERY_LENGTH || !this.result || query === this.#reported) return;
    this.#reported = query;
    emit(this, 'career-search', {queryLength: query.length, resultCount: this.result.total, ...(this.reportQuery ? {query} : {})});
  }

  readonly #onKeyDown = (event: KeyboardEvent) => {
    const hits = this.result?.hits ?? [];
    const open = this.expanded && hits.length > 0;
    const last = hits.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        if (!hits.length) return;
        event.preventDefault();
        if (!open || event.altKey) {
          this.expanded = true;
          if (event.altKey) return;
        }
        this.active = this.active >= last ? 0 : this.active + 1;
        return;
      case 'ArrowUp':
        if (!hits.length) return;
        event.preventDefault();
        if (event.altKey) {
          this.expanded = false;
          this.active = -1;
          return;
        }
        this.expanded = true;
        this.active = this.active <= 0 ? last : this.active - 1;
        return;
      case 'Home':
      case 'End':
        // While a result is active these move through the list; otherwise they move the caret, as in any box.
        if (!open || this.active < 0) return;
        event.preventDefault();
        this.active = event.key === 'Home' ? 0 : last;
        return;
      case 'Enter': {
        if (!open) return;
        event.preventDefault();
        const hit = hits[this.active >= 0 ? this.active : 0];
        if (hit) this.#choose(hit);
        return;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          this.expanded = false;
          this.active = -1;
          this.#refineNow();
        } else if (this.query) {
          event.preventDefault();
          this.clear();
        }
        return;
      case 'Tab':
        this.expanded = false;
        return;
      default:
        return;
    }
  };

  /** Empties the box and closes the list (the choice stays): e.g. after a comparison added the chosen career. */
  clear(): void {
    this.query = '';
    this.result = null;
    this.active = -1;
    this.expanded = false;
    this.status = '';
  }

  #choose(hit: SearchHit): void {
    this.#flushReport();
    const chosen = this.#announce(hit.entry, 'search');
    this.expanded = false;
    this.active = -1;
    if (!chosen) return;
    this.query = hit.entry.title;
    this.result = null;
    this.status = sentence(this.messages, this.messages.searchChosen, new InEnglish(hit.entry.title));
    if (this.urlParam.trim()) pushUrlChoice(this.urlParam.trim(), hit.entry.code);
  }

  /** Fires `career-select`; on success the choice is kept for followers that connect later. */
  #announce(entry: IndexEntry, via: CareerSelectVia): boolean {
    const region = this.region.trim().toUpperCase();
    const detail: CareerSelectDetail = {occupation: entry.code, ...(region ? {region} : {}), via};
    if (!emit(this, 'career-select', detail)) return false;
    this.#choice = detail;
    return true;
  }

  /** `?career=29-2072` on load, or after back / forward: resolve the code (index only) and announce it. */
  async #restoreFromUrl(): Promise<void> {
    const param = this.urlParam.trim();
    const code = param ? readUrlChoice(param) : null;
    if (!code || code === this.#choice?.occupation) return;
    try {
      const {entry} = await this.fromSource(this.source, undefined, (dataset) => dataset.resolve(code));
      if (readUrlChoice(param) !== code) return; // the URL moved on while the index loaded
      if (this.#announce(entry, 'url')) {
        this.query = entry.title;
        this.result = null;
      }
    } catch (error) {
      console.warn(`[career-widgets] <career-search>: ${param}=${code} in the page URL: ${(error as Error).message}`);
    }
  }

  readonly #onPopState = () => {
    if (this.urlParam.trim()) void this.#restoreFromUrl();
  };
}

interface SearchData extends FallbackFrom {
  /** The first tier's search (or the full one, when it was built already). */
  matcher: TitleMatcher;
  meta: DatasetMeta;
  index: DatasetIndex;
  /** The full search, on its way (or the one answering already, when it was built before). */
  full: Promise<TitleMatcher>;
}

defineElement('career-search', CareerSearch);

declare global {
  interface HTMLElementTagNameMap {
    'career-search': CareerSearch;
  }
}
