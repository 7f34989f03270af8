import {html, isServer, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {
  type CareerFilters,
  type CareerRow,
  type CareerSort,
  defaultDirection,
  formatFilters,
  listCareers,
  loadCareerList,
  type ListResult,
  parseFilters,
  parseSort,
  type SortKey,
} from '../../data/career-list.js';
import type {CareerListData} from '../../data/career-list.js';
import {CareerWidget} from '../../internal/career-widget.js';
import {defineElement} from '../../internal/define.js';
import {emit, type CareerExplorerAction, type CareerLoadDetail, type CareerSelectDetail} from '../../internal/events.js';
import {figureTableStyles, stackedRows} from '../../internal/figure-table.styles.js';
import type {Leader} from '../../internal/follow.js';
import {InEnglish, sentence} from '../../internal/content.js';
import {Footnotes} from '../../internal/footnotes.js';
import {clampLevel, heading} from '../../internal/heading.js';
import {projectionPeriod, surveyPeriod} from '../../internal/periods.js';
import {renderSource, type SourceKey} from '../../internal/source-line.js';
import {payToggleStyles, renderPayToggle} from '../../internal/wage-cell.js';
import {careerExplorerStyles} from './career-explorer.styles.js';
import {downloadCsv} from './explorer-download.js';
import {renderFilters, renderSortControls} from './explorer-filters.js';
import {columnLabel, orderText, renderTable, type TableContext} from './explorer-table.js';
import {filterStrings, readUrlSettings, type UrlSettings, writeUrlSettings} from './explorer-url.js';
import {ExplorerChart} from './explorer-chart.js';
import {chartPoints, chartSpec, renderChart} from './explorer-chart-view.js';
import '../../internal/messages/program-careers.js'; // the outlook words and pay phrases it shares with <program-careers>
import '../../internal/messages/career-explorer.js'; // this element's English strings (see messages.ts)
import '../../internal/messages/figure-terms.js'; // the figures' shared words: wage levels, codes, preparation
import {farStyles} from '../../internal/far.styles.js';

/** Pause after a change before the count is announced (typing in the title box changes it on each key). */
const ANNOUNCE_DELAY_MS = 400;

/**
 * A region's careers as a list a visitor can filter and sort: median pay (per year or per hour), jobs in the
 * region, the national outlook in words and percent, openings a year, typical entry education and preparation
 * needed (O*NET's job zone as a level of 5: "Level 3 of 5 (medium)"), from BLS (OEWS, Employment Projections) and
 * O*NET. The list is an accessible table with
 * sortable column headers; in a narrow container each career becomes a card of labelled figures.
 *
 * Filters are attributes a host presets (`<career-explorer region="MN" major="29" education="associate"
 * sort="median">`: Minnesota's health-care careers that need an associate's degree, highest pay first); with
 * `filters` the visitor gets controls for them, and with `url-param` the visitor's filters and order are kept in the
 * page URL, so a list can be shared and Back undoes a change. A polite live region announces how many careers match
 * after each change. "Download this list" saves the visible list as CSV with its sources and dates.
 *
 * Choosing a career's name is a choice other widgets follow: `<career-profile for="ID">` shows it.
 * Figures BLS publishes for a wider code (an aggregate, a catch-all "All Other" code, the SOC occupation of an
 * O*NET specialty) carry a numbered note naming that code; the outlook is national, and a state's list says so.
 *
 * @summary A region's careers, filterable and sortable: pay, jobs, outlook, openings, education.
 *
 * @attr {string} major - SOC major groups (fields) to list, e.g. `29` or `"29 31"` (`29-0000` works too); empty: every field.
 * @attr {string} education - Typical entry education: one level (`associate`) or a range (`high-school..associate`, `bachelor..` at least, `..associate` at most). Levels: `none`, `high-school`, `some-college`, `postsecondary`, `associate`, `bachelor`, `master`, `doctoral`.
 * @attr {string} job-zone - Preparation needed (O*NET job zone 1-5): one zone (`3`) or a range (`2..3`).
 * @attr {string} min-pay - Least median pay, in dollars per year (or per hour with `pay="hourly"`), e.g. `50000`.
 * @attr {string} outlook - Projected growth at least: `decline`, `little-or-no-change`, `slower`, `average`, `faster`, `much-faster`.
 * @attr {string} interests - RIASEC letters a career's high-point interests must all include, e.g. `SI`.
 * @attr {boolean} bright-outlook - Only careers with a bright outlook (O*NET's criteria applied to the BLS projections).
 * @attr {string} query - Words the career's title must contain (each as the start of a word).
 *
 * @slot - Fallback content, shown before the script loads and when the data cannot be loaded (e.g. a link to a list of careers).
 *
 * @csspart base - The widget's outer wrapper.
 * @csspart heading - The heading.
 * @csspart filters - The filter controls (with `filters`).
 * @csspart count - The line saying how many careers match.
 * @csspart toolbar - Pay basis, sort controls and the download button.
 * @csspart download - The "Download this list (CSV)" button.
 * @csspart chart - The chart's box (with `view="chart"`).
 * @csspart table - The table of careers.
 * @csspart sort - Each column header's sort button.
 * @csspart career-name - Each career's name (a button: choosing it is announced to followers).
 * @csspart bright - The "Bright outlook" mark of a career.
 * @csspart more - The "Show more careers" button.
 * @csspart notes - The numbered notes under the table.
 * @csspart source - The source and date lines.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message (`role="alert"`).
 * @csspart empty - The message shown when the region has no careers.
 *
 * @cssprop --cw-color-accent - Links, buttons, focus ring, the sorted column's arrow, the pressed toggle.
 * @cssprop --cw-color-accent-2 - The "Bright outlook" mark.
 * @cssprop --cw-color-accent-contrast - Text on accent backgrounds.
 * @cssprop --cw-color-text - Text colour (default: inherited).
 * @cssprop --cw-color-muted - Secondary text.
 * @cssprop --cw-color-border - Table rules, control borders.
 * @cssprop --cw-color-surface - Background (default: transparent).
 * @cssprop --cw-color-error - Error state border.
 * @cssprop --cw-font-family - Font (default: inherited).
 * @cssprop --cw-radius - Corner radius.
 * @cssprop --cw-space - Space below the widget when something follows it (1.5 times this; default 1em).
 * @cssprop --cw-loading-height - Height reserved while loading, also before the code has arrived (default 40em: about twenty careers).
 *
 * @event career-select - Cancelable: the visitor chose a career by its name (`detail: {occupation, region, via: 'explorer'}`); widgets with `for` set to this element's id follow it.
 * @event career-explorer-change - The visitor changed the list (or the URL restored one): `detail: {action, region, filters, sort, total}`, for a host's analytics.
 * @event career-load - The list rendered; `detail: {occupation: '', title, region}` (`title` is the heading's region name).
 * @event career-error - Error state shown; `detail: {kind, message}`.
 */
export class CareerExplorer extends CareerWidget<CareerListData> implements Leader {
  static override styles = [CareerWidget.styles, figureTableStyles, stackedRows('careers', 40), payToggleStyles, careerExplorerStyles, farStyles];

  @property() major = '';
  @property() education = '';
  @property({attribute: 'job-zone'}) jobZone = '';
  @property({attribute: 'min-pay'}) minPay = '';
  @property({type: Boolean, attribute: 'bright-outlook'}) brightOutlook = false;
  @property() outlook = '';
  @property() interests = '';
  @property() query = '';

  /** `annual` (default) or `hourly`: the basis of the median pay column and of `min-pay`; visitors can switch. */
  @property() pay: 'annual' | 'hourly' = 'annual';

  /** Column to sort by: `title` (default), `median`, `employment`, `growth`, `openings`, `education` or `job-zone`. */
  @property() sort: SortKey = 'title';

  /** `ascending` or `descending`; default: titles A to Z, figures highest first. */
  @property({attribute: 'sort-direction'}) sortDirection: '' | 'ascending' | 'descending' = '';

  /** Careers shown before "Show more" (default 20); each "Show more" adds as many again; 0 shows all. */
  @property({type: Number}) limit = 20;

  /** Shows the filter controls, starting from the filter attributes. */
  @property({type: Boolean, reflect: true}) filters = false;

  /** Keeps the visitor's filters and order in the page URL under this prefix (`careers` -> `?careers-major=29&careers-sort=median`). */
  @property({attribute: 'url-param'}) urlParam = '';

  /**
   * `table` (default), or `chart`: the listed careers also as a chart of median pay against projected growth, one
   * point per career sized by openings, above the table that holds its figures. Chart.js loads only then; visitors
   * can switch.
   */
  @property() view: 'table' | 'chart' = 'table';

  /**
   * Adds a schema.org `ItemList` of `Occupation`s (JSON-LD, in the page's light DOM) for the careers shown, each
   * with its code, the region and the median pay shown, and the sources' date. Off by default.
   */
  @property({type: Boolean, attribute: 'structured-data'}) structuredData = false;

  /** @internal */
  static readonly trustedAttributes: readonly string[] = ['url-param', 'structured-data'];

  @state() private filterState: CareerFilters = parseFilters({});
  @state() private sortState: CareerSort = parseSort('title');
  /** How many careers are shown now ("Show more" raises it). */
  @state() private shown = 20;
  @state() private announcement: string | ReturnType<typeof sentence> = '';
  @state() private viewState: 'table' | 'chart' = 'table';
  @state() private chartFailed = false;
  /** The chart point the keyboard is on. */
  #activePoint = -1;
  readonly #chart = new ExplorerChart(this, () => (this.chartFailed = true));
  /** What the drawn chart shows, so an update that changes nothing in it does not draw it again. */
  #drawn = '';
  /** What the written structured data describes (empty: none written). */
  #structured = '';

  #choice: CareerSelectDetail | null = null;
  #announceTimer?: ReturnType<typeof setTimeout>;
  /** The rows, filters and order of the last computed list, so a re-render does not filter again. */
  #list?: {rows: readonly CareerRow[]; filters: CareerFilters; sort: CareerSort; shown: number; result: ListResult};
  /** Set while the URL is being applied, so the change it makes is not written back. */
  #fromUrl = false;

  /** The career the visitor last chose here, for widgets that follow this one through `for`. */
  get choice(): CareerSelectDetail | null {
    return this.#choice;
  }

  /** The filters now applied (the attributes', then the visitor's), as attribute strings. */
  get appliedFilters() {
    return formatFilters(this.filterState);
  }

  protected get dataKey(): string {
    return this.regionCode;
  }

  protected async load(region: string, source: string, signal: AbortSignal): Promise<CareerListData> {
    return this.fromSource(source, signal, (dataset) => loadCareerList(dataset, region, signal));
  }

  /**
   * @internal In the browser, filters or a sort the page's URL chose make the first render differ from what a server
   * pre-rendered from the attributes: the list is then rendered afresh rather than adopted.
   */
  override async prepare(): Promise<boolean> {
    const ready = await super.prepare();
    return ready && (isServer || !this.urlParam.trim() || readUrlSettings(this.urlParam.trim()) === null);
  }

  protected get sourceIds(): readonly SourceKey[] {
    return ['onet', 'wages', 'projections'];
  }

  protected metaOf(data: CareerListData) {
    return data.meta;
  }

  protected loadDetail(data: CareerListData): CareerLoadDetail {
    return {occupation: '', title: this.#area(data), region: data.region};
  }

  protected emptyMessage(data: CareerListData): string | null {
    return data.rows.length ? null : this.messages.explorerCount(0, 0);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const filterAttributes = ['major', 'education', 'jobZone', 'minPay', 'pay', 'outlook', 'interests', 'brightOutlook', 'query'] as const;
    if (filterAttributes.some((name) => changed.has(name))) this.filterState = parseFilters(this.#attributeStrings());
    if (changed.has('sort') || changed.has('sortDirection')) this.sortState = parseSort(this.sort, this.sortDirection);
    if (changed.has('limit')) this.shown = this.#step;
    if (changed.has('view')) this.viewState = String(this.view).trim().toLowerCase() === 'chart' ? 'chart' : 'table';
    if (!this.hasUpdated && this.urlParam.trim() && !isServer) this.#applyUrl(false); // a server has no URL to read
  }

  /** Careers shown at first and added by each "Show more"; 0 (or less) means all. */
  get #step(): number {
    const limit = Math.trunc(Number(this.limit));
    return Number.isFinite(limit) && limit > 0 ? limit : 0;
  }

  #attributeStrings() {
    return {
      major: this.major,
      education: this.education,
      jobZone: this.jobZone,
      minPay: this.minPay,
      pay: this.pay,
      outlook: this.outlook,
      interests: this.interests,
      bright: this.brightOutlook,
      query: this.query,
    };
  }

  // A region change reloads: keep the list on screen (and focus in its controls) instead of the placeholder.
  protected override renderPending(): TemplateResult {
    const stale = this.data.value;
    return stale ? this.renderContent(stale, true) : super.renderPending();
  }

  /** The list after the current filters, order and "Show more", computed once per change. */
  #result(rows: readonly CareerRow[], meta: CareerListData['meta']): ListResult {
    const {filterState: filters, sortState: sort, shown} = this;
    const cached = this.#list;
    if (cached && cached.rows === rows && cached.filters === filters && cached.sort === sort && cached.shown === shown) return cached.result;
    const result = listCareers(rows, filters, sort, shown, meta.wages.topCode);
    this.#list = {rows, filters, sort, shown, result};
    return result;
  }

  #area(data: CareerListData): string {
    return data.region === 'US' ? this.messages.unitedStates : (this.messages.regions[data.region] ?? data.meta.regions[data.region] ?? data.region);
  }

  #tableContext(data: CareerListData, notes: Footnotes): TableContext {
    return {
      meta: data.meta,
      m: this.messages,
      locale: this.locale,
      pay: this.filterState.pay,
      sort: this.sortState,
      area: this.#area(data),
      notes,
      chosen: this.#choice?.occupation,
      onSort: this.#onSortColumn,
      onChoose: this.#onChoose,
    };
  }

  protected renderContent(data: CareerListData, busy = false): TemplateResult {
    const m = this.messages;
    const {meta} = data;
    const notes = new Footnotes(m.note);
    const context = this.#tableContext(data, notes);
    const result = this.#result(data.rows, meta);
    const area = context.area;
    const wagePeriod = surveyPeriod(meta, this.locale);
    const projections = projectionPeriod(meta, m);
    const caption = m.explorerCaption(area, wagePeriod, projections, orderText(context));
    const remaining = result.total - result.rows.length;
    const label = (key: SortKey) => columnLabel(key, context);
    return html`<section part="base" aria-labelledby="heading" aria-busy=${busy ? 'true' : 'false'}>
      ${heading(clampLevel(this.headingLevel), this.heading || m.explorerHeading(area), 'heading')}
      ${data.unknownRegion ? html`<p class="note">${m.unknownRegion(data.unknownRegion)}</p>` : nothing}
      ${
        this.filters
          ? renderFilters({
              filters: this.filterState,
              sort: this.sortState,
              meta,
              majorGroups: data.majorGroups,
              m,
              columnLabel: label,
              onChange: this.#onFilters,
              onSort: this.#onSort,
              onClear: this.#onClear,
            })
          : nothing
      }
      <div class="toolbar" part="toolbar">
        ${renderPayToggle(this.filterState.pay, m, (pay) => this.#onFilters({...this.filterState, pay}))}
        <div class="controls" role="group" aria-label=${m.explorerView}>
          ${(['table', 'chart'] as const).map(
            (view) => html`<button type="button" aria-pressed=${view === this.viewState} @click=${() => this.#onView(view)}>
              ${view === 'table' ? m.explorerViewTable : m.explorerViewChart}</button>`,
          )}
        </div>
        ${this.filters ? nothing : renderSortControls({sort: this.sortState, m, onSort: this.#onSort, columnLabel: label})}
        <button type="button" class="download" part="download" ?disabled=${result.total === 0} @click=${() => this.#download(data)}>${m.explorerDownload}</button>
      </div>
      <p class="count" part="count">${m.explorerCount(result.rows.length, result.total)}
        ${result.total === 0 ? html`${m.explorerNoMatchHint}` : nothing}</p>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${
        this.viewState === 'chart' && result.total
          ? renderChart({m, area, failed: this.chartFailed, plotted: chartPoints(result.rows, context).length, onKey: this.#onChartKey})
          : nothing
      }
      ${result.total ? renderTable(result.rows, caption, context) : nothing}
      ${
        remaining > 0
          ? html`<button type="button" class="more" part="more" ?disabled=${busy} @click=${this.#onShowMore}>${m.explorerShowMore(Math.min(remaining, this.#step || remaining))}</button>`
          : nothing
      }
      ${notes.render()}
      ${data.region !== 'US' ? html`<p class="note">${m.explorerOutlookNational(area, projections)}</p>` : nothing}
      ${result.rows.some((row) => row.bright) ? html`<p class="note">${m.explorerBrightHelp}</p>` : nothing}
      ${renderSource(meta, this.sourceIds, this.locale, m)}
    </section>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#writeStructuredData();
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas');
    const data = this.data.value;
    if (!canvas || !data || this.state !== 'complete') {
      if (this.#drawn) this.#chart.clear();
      this.#drawn = '';
      return;
    }
    const context = this.#tableContext(data, new Footnotes());
    const rows = this.#result(data.rows, data.meta).rows;
    const key = JSON.stringify([rows.map((r) => r.code), context.pay, this.locale, this.messages.lang]);
    if (key === this.#drawn && this.#chart.drawn) return;
    this.#drawn = key;
    this.#activePoint = -1;
    const swatch = this.renderRoot.querySelector('.swatch');
    void this.#chart.draw(canvas, chartSpec(rows, context, swatch ? getComputedStyle(swatch).color : '#0b5cad'));
  }

  /** The JSON-LD of the careers shown, rewritten when they change; its code is a chunk loaded only for this. */
  #writeStructuredData() {
    const data = this.data.value;
    if (!this.structuredData || !data || this.state !== 'complete') {
      if (this.#structured) void import('../../structured-data/item-list.js').then(({removeItemList}) => removeItemList(this));
      this.#structured = '';
      return;
    }
    const rows = this.#result(data.rows, data.meta).rows;
    const area = this.#area(data);
    const options = {
      region: data.region,
      regionName: area,
      pay: this.filterState.pay,
      sort: this.sortState,
      name: this.heading || this.messages.explorerHeading(area),
    };
    const key = JSON.stringify([rows.map((r) => r.code), options]);
    if (key === this.#structured) return;
    this.#structured = key;
    import('../../structured-data/item-list.js')
      .then(({itemListSchema, writeItemList}) => {
        if (this.#structured === key) writeItemList(this, itemListSchema(rows, data.meta, options));
      })
      .catch((error: unknown) => console.warn('[career-widgets] structured-data could not be written:', error));
  }

  // ------------------------------------------------------------------------------------------ behaviour

  #onView(view: 'table' | 'chart') {
    this.viewState = view;
    this.chartFailed = false;
    this.#changed('view');
  }

  /** Arrow keys walk the chart's points in list order, Home and End jump, Enter or Space opens the career. */
  readonly #onChartKey = (event: KeyboardEvent) => {
    const data = this.data.value;
    if (!data) return;
    const context = this.#tableContext(data, new Footnotes());
    const points = chartPoints(this.#result(data.rows, data.meta).rows, context);
    if (!points.length) return;
    const last = points.length - 1;
    let next = this.#activePoint;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = next >= last ? 0 : next + 1;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = next <= 0 ? last : next - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'Enter':
      case ' ':
        if (next >= 0) {
          event.preventDefault();
          this.#onChoose(points[next]!.row);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    this.#activePoint = next;
    void this.#chart.activate(next);
    this.announcement = points[next]!.spoken(this.messages);
  };

  readonly #onFilters = (filters: CareerFilters, typing = false) => {
    this.filterState = filters;
    this.shown = this.#step;
    this.#changed('filter', typing);
  };

  readonly #onClear = () => {
    this.filterState = parseFilters({pay: this.filterState.pay});
    this.shown = this.#step;
    this.#changed('filter');
  };

  readonly #onSort = (sort: CareerSort) => {
    this.sortState = sort;
    this.#changed('sort');
  };

  /** A column header: the same column again reverses the order; another starts in its natural order. */
  readonly #onSortColumn = (key: SortKey) => {
    const {key: current, direction} = this.sortState;
    this.#onSort({key, direction: key === current ? (direction === 'ascending' ? 'descending' : 'ascending') : defaultDirection(key)});
  };

  readonly #onShowMore = async () => {
    const before = this.shown;
    this.shown = this.#step ? before + this.#step : 0;
    this.#changed('more');
    await this.updateComplete;
    // Focus the first career that just appeared, so keyboard users carry on where the list grew.
    this.renderRoot.querySelectorAll<HTMLButtonElement>('tbody button.name')[before]?.focus();
  };

  readonly #onChoose = (row: CareerRow) => {
    const detail: CareerSelectDetail = {occupation: row.code, region: this.data.value?.region ?? this.regionCode, via: 'explorer'};
    if (!emit(this, 'career-select', detail)) return;
    this.#choice = detail;
    this.#announce(sentence(this.messages, this.messages.explorerChosen, new InEnglish(row.title)));
    this.requestUpdate();
  };

  /** Every career that matches, not only those "Show more" has revealed: the list as the visitor filtered it. */
  #download(data: CareerListData) {
    const {rows} = listCareers(data.rows, this.filterState, this.sortState, 0, data.meta.wages.topCode);
    downloadCsv(this, data, rows, this.#tableContext(data, new Footnotes(this.messages.note)));
    this.#report('download');
  }

  /** After a visitor's change: the URL (with `url-param`), the announcement and the analytics event. */
  #changed(action: CareerExplorerAction, typing = false) {
    if (this.urlParam.trim() && !this.#fromUrl && action !== 'more' && action !== 'download') {
      writeUrlSettings(this.urlParam.trim(), this.#urlSettings(), typing);
    }
    const data = this.data.value;
    if (!data) return;
    const result = this.#result(data.rows, data.meta);
    const count = this.messages.explorerCount(result.rows.length, result.total);
    this.#announce(action === 'sort' ? `${orderText(this.#tableContext(data, new Footnotes()))} ${count}` : count);
    this.#report(action);
  }

  #report(action: CareerExplorerAction) {
    const data = this.data.value;
    if (!data) return;
    const result = this.#result(data.rows, data.meta);
    const {bright, ...rest} = formatFilters(this.filterState);
    emit(this, 'career-explorer-change', {action, region: data.region, filters: {...rest, bright}, sort: {...this.sortState}, total: result.total});
  }

  #announce(message: string | ReturnType<typeof sentence>) {
    clearTimeout(this.#announceTimer);
    // Emptied first, so the same sentence twice (a change and its undo) is announced twice.
    this.announcement = '';
    this.#announceTimer = setTimeout(() => (this.announcement = message), ANNOUNCE_DELAY_MS);
  }

  #urlSettings(): UrlSettings {
    const f = formatFilters(this.filterState);
    const sortIsDefault = this.sortState.key === 'title' && this.sortState.direction === 'ascending';
    return {
      major: f.major,
      education: f.education,
      'job-zone': f.jobZone,
      'min-pay': f.minPay,
      pay: f.pay,
      outlook: f.outlook,
      interests: f.interests,
      'bright-outlook': f.bright,
      query: f.query,
      sort: sortIsDefault ? '' : this.sortState.key,
      'sort-direction': sortIsDefault || this.sortState.direction === defaultDirection(this.sortState.key) ? '' : this.sortState.direction,
    };
  }

  /** The URL's settings replace the attributes' (a shared link shows what its sender saw); none: the attributes'. */
  #applyUrl(announce: boolean) {
    const settings = readUrlSettings(this.urlParam.trim());
    const filters = settings ? parseFilters(filterStrings(settings)) : parseFilters(this.#attributeStrings());
    const sort = settings?.sort ? parseSort(settings.sort, settings['sort-direction']) : parseSort(this.sort, this.sortDirection);
    this.filterState = filters;
    this.sortState = sort;
    this.shown = this.#step;
    if (!announce) return;
    this.#fromUrl = true;
    try {
      this.#changed('url');
    } finally {
      this.#fromUrl = false;
    }
  }

  readonly #onPopState = () => {
    if (this.urlParam.trim()) this.#applyUrl(true);
  };
}

defineElement('career-explorer', CareerExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'career-explorer': CareerExplorer;
  }
}
