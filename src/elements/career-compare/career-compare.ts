import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import type {OccupationData} from '../../data/dataset.js';
import {bundledDatasetUrl} from '../../data/dataset-url.js';
import {type PayBasis, regionRow, STANDARD_PERCENTILES, wageCell} from '../../data/wage-model.js';
import {BarChartController} from '../../internal/bar-chart.js';
import {SERIES_PROPERTIES} from '../../internal/chart-colors.js';
import {CareerWidget} from '../../internal/career-widget.js';
import {defineElement} from '../../internal/define.js';
import {emit, type CareerCompareAction, type CareerLoadDetail, type CareerSelectDetail, type CareerSelectEvent} from '../../internal/events.js';
import {figureTableStyles} from '../../internal/figure-table.styles.js';
import {Footnotes} from '../../internal/footnotes.js';
import {heading} from '../../internal/heading.js';
import {dataLang, InEnglish, sentence} from '../../internal/content.js';
import {formatPay, formatPayShort} from '../../internal/locale.js';
import {surveyPeriod} from '../../internal/periods.js';
import {renderSource, type SourceKey} from '../../internal/source-line.js';
import {payToggleStyles, renderPayToggle, wageHelp} from '../../internal/wage-cell.js';
import '../career-search/career-search.js';
import {careerCompareStyles} from './career-compare.styles.js';
import {type CompareData, loadCareers, MAX_CAREERS, parseCodes, sameCode} from './compare-model.js';
import {compareRows, type CompareRow} from './compare-rows.js';
import {canSaveShortlist, readShortlist, writeShortlist} from './shortlist.js';
import '../../internal/messages/career-compare.js'; // this element's English strings (see messages.ts)
import '../../internal/messages/figure-terms.js'; // the figures' shared words: wage levels, codes, preparation
import {farStyles} from '../../internal/far.styles.js';

/**
 * Two to four careers side by side for one region: wages (low, middle and high: the 25th percentile, median and
 * 75th percentile, per year or per hour, in one chart above the table that holds the same figures), the number of
 * jobs, outlook in words, typical entry education and preparation needed (O*NET's job zone as a level of 5), top
 * skills and knowledge, and interests; every row says its area and date, and the occupation codes come last. Visitors add careers with the embedded
 * `<career-search>` (at most four, each once) and remove each with its own button; with `shortlist` the list is
 * kept in the browser across visits. The comparison is a table with row and column headers at every width; in
 * a narrow container each career becomes its own card (a table of its figures).
 *
 * Clicking a career's name is a choice other widgets can follow: `<career-profile for="ID">` shows it.
 * Figures that BLS publishes for a wider code (a BLS aggregate, or a SOC code several O*NET occupations share)
 * are marked with a note naming that code.
 *
 * The data comes from the dataset `source` names (or the page's `career-widgets-source` meta tag), like every
 * widget's: `timeout` bounds the wait before the error shows, and `fallback="bundled"` shows the bundled dataset,
 * with a note saying so, when that dataset cannot be loaded (the embedded search then reads the bundled one too).
 *
 * @summary Careers side by side: wages, outlook, education, skills, interests.
 *
 * @slot - Fallback content, shown before the script loads and when the data cannot be loaded.
 *
 * @csspart base - The widget's outer wrapper.
 * @csspart heading - The heading.
 * @csspart search - The wrapper of the embedded `<career-search>`.
 * @csspart status - The line that says what the last change did (a polite live region).
 * @csspart table - The comparison table, and each card's table.
 * @csspart cards - The list of cards shown instead of the wide table in narrow containers.
 * @csspart legend - The chart's legend: each career's colour and name (names wrap, never cut).
 * @csspart career-name - Each career's name (a button: choosing it is announced to followers).
 * @csspart remove - Each career's remove button.
 * @csspart notes - The numbered notes under the table.
 * @csspart source - The source and date lines.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message (`role="alert"`).
 * @csspart empty - The prompt shown while no career is chosen (the search stays above it).
 *
 * @cssprop --cw-color-accent - Accent: links, buttons, focus ring, selected toggle, first chart series.
 * @cssprop --cw-color-accent-2 - Second chart series.
 * @cssprop --cw-color-accent-contrast - Text on accent backgrounds.
 * @cssprop --cw-chart-color-1 - First career's bars (default: the accent if set, else blue: #0b5cad, or #8ab4f8 on a dark background). A value that is not a colour is reported in the console and the default drawn; a default never repeats a colour already used.
 * @cssprop --cw-chart-color-2 - Second career's bars (default: accent-2 if set, else amber: #7a4e00, or #e9b25f on a dark background).
 * @cssprop --cw-chart-color-3 - Third career's bars (default: green: #1b6e3a, or #7fd19b on a dark background).
 * @cssprop --cw-chart-color-4 - Fourth career's bars (default: purple: #6b3fa0, or #d7aefb on a dark background).
 * @cssprop --cw-color-text - Text colour (default: inherited).
 * @cssprop --cw-color-muted - Secondary text.
 * @cssprop --cw-color-border - Table rules and card borders.
 * @cssprop --cw-color-surface - Background (default: transparent).
 * @cssprop --cw-color-error - Error state border.
 * @cssprop --cw-font-family - Font (default: inherited).
 * @cssprop --cw-radius - Corner radius.
 * @cssprop --cw-space - Space below the widget when something follows it (1.5 times this; default 1em).
 * @cssprop --cw-loading-height - Height reserved while loading, also before the code has arrived (default 80em: two careers).
 *
 * @event career-load - Data rendered; `detail: {occupation, title, region}` with the compared codes comma-separated and the titles joined by "; ".
 * @event career-error - Error state shown; `detail: {kind, message}`.
 * @event career-select - Cancelable: the visitor chose a career by its name (`detail: {occupation, region, via: 'compare'}`); widgets with `for` set to this element's id follow it. Choices made in the embedded search add careers instead and do not leave the element.
 * @event career-compare-change - The visitor added, removed or cleared careers: `detail: {action: 'add' | 'remove' | 'clear', occupation?, occupations}` (codes only), for a host's analytics.
 */
export class CareerCompare extends CareerWidget<CompareData> {
  static override styles = [CareerWidget.styles, figureTableStyles, payToggleStyles, careerCompareStyles, farStyles];

  /** Codes of the careers to compare, separated by commas or spaces (O*NET-SOC or SOC codes); the first four are shown. Reflects the visitor's changes. */
  @property({reflect: true}) occupations = '';

  /** `annual` (default) or `hourly`; visitors can switch with the toggle. */
  @property({reflect: true}) pay: PayBasis = 'annual';

  /** `bar` (default) draws the wage chart above the table; `none` shows the table alone. */
  @property() chart: 'bar' | 'none' = 'bar';

  /**
   * Keep the visitor's list in this browser (`localStorage`) across visits. The attribute's value names the list
   * (so two comparisons on one site can keep separate lists); empty means the default list. A kept list replaces
   * `occupations`; once cleared (or emptied), `occupations` applies again.
   */
  @property() shortlist: string | null = null;

  /** @internal */
  static readonly trustedAttributes: readonly string[] = ['shortlist'];

  /**
   * Leaves out the widget's own heading ("Compare careers"), for a page that heads the comparison itself just
   * before it. `heading-level` stays the level of that heading. The comparison is still named for screen readers.
   */
  @property({type: Boolean, attribute: 'no-heading'}) noHeading = false;

  /** What the last change did (a polite live region): a sentence, with career titles marked as English. */
  @state() private status: ReturnType<typeof sentence> = '';
  @state() private chartFailed = false;
  @state() private canSave = true;
  @query('canvas') private canvas?: HTMLCanvasElement;

  readonly #chart = new BarChartController(this, () => (this.chartFailed = true));
  #choice: CareerSelectDetail | null = null;
  #restored = false;

  /** The career the visitor last chose by its name, for widgets that follow this one through `for`. */
  get choice(): CareerSelectDetail | null {
    return this.#choice;
  }

  protected get dataKey(): string {
    return parseCodes(this.occupations).join(',');
  }

  protected async load(key: string, source: string, signal: AbortSignal): Promise<CompareData> {
    return this.fromSource(source, signal, (dataset) => loadCareers(dataset, key ? key.split(',') : [], signal));
  }

  /** @internal A kept shortlist is in the visitor's browser only: a server cannot know what it will show. */
  override async prepare(): Promise<boolean> {
    return (await super.prepare()) && this.shortlist === null;
  }

  protected get sourceIds(): readonly SourceKey[] {
    return ['onet', 'wages', 'projections'];
  }

  protected metaOf(data: CompareData) {
    return data.meta;
  }

  protected loadDetail({careers}: CompareData): CareerLoadDetail {
    return {
      occupation: careers.map((c) => c.occupation.code).join(','),
      title: careers.map((c) => c.occupation.title).join('; '),
      region: this.regionCode,
    };
  }

  protected emptyMessage({careers}: CompareData): string | null {
    return careers.length ? null : this.messages.compareIntro(0, MAX_CAREERS);
  }

  // With no careers the widget is "empty" for the host, but the visitor still needs the search to add one.
  protected override renderEmpty(message: string, data: CompareData | null): TemplateResult {
    return data ? this.#renderShell(data, false) : super.renderEmpty(message, data);
  }

  protected renderContent(data: CompareData): TemplateResult {
    return this.#renderShell(data, false);
  }

  // A change reloads (from the page's file cache): keep showing the comparison, so the search keeps focus.
  protected override renderPending(): TemplateResult {
    const previous = this.data.value;
    return previous ? this.#renderShell(previous, true) : super.renderPending();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.shortlist !== null && !this.#restored) {
      this.#restored = true; // once: later changes of the list come from the visitor and are saved as they happen
      this.canSave = canSaveShortlist();
      const saved = readShortlist(this.shortlist, MAX_CAREERS);
      if (saved) this.occupations = saved.join(',');
    }
  }

  #renderShell(data: CompareData, busy: boolean) {
    const m = this.messages;
    const {careers, meta} = data;
    const {known, region, regionName} = this.#region(meta);
    const notes = new Footnotes(m.note);
    const basis = this.#basis;
    const rows = compareRows({meta, messages: m, locale: this.locale, notes, basis, region, regionName});
    const caption = m.compareCaption(regionName, surveyPeriod(meta, this.locale), m[basis].toLowerCase());
    const title = this.heading || m.compareHeading;
    return html`<section part="base" aria-labelledby=${this.noHeading ? nothing : 'heading'} aria-label=${this.noHeading ? title : nothing}
      aria-busy=${busy ? 'true' : 'false'} class=${careers.length > 3 ? 'many' : ''}>
      ${this.noHeading ? nothing : heading(this.headingLevel, title, 'heading')}
      <p class="intro" part=${careers.length ? nothing : 'empty'}>${m.compareIntro(careers.length, MAX_CAREERS)}</p>
      ${known ? nothing : html`<p class="note">${m.unknownRegion(this.region)}</p>`}
      ${data.notFound.length ? html`<p class="note">${m.compareNotFound(data.notFound.join(', '))}</p>` : nothing}
      ${data.dropped.length ? html`<p class="note">${m.compareTooMany(MAX_CAREERS, data.dropped.join(', '))}</p>` : nothing}
      <div class="search" part="search">
        <career-search region=${region} source=${(data.fallbackFrom ? bundledDatasetUrl() : this.source) || nothing} timeout=${this.timeout || nothing} label=${m.compareSearchLabel}
          @career-select=${this.#onSearchSelect}></career-search>
      </div>
      <p class="status" part="status" role="status">${this.status}</p>
      ${this.shortlist !== null ? this.#renderShortlist(careers.length) : nothing}
      ${
        careers.length
          ? html`${renderPayToggle(basis, m, (pay) => (this.pay = pay))}
            ${this.#renderChart(careers, basis, region, regionName)}
            <div class="wide">${this.#renderTable(careers, rows, caption)}</div>
            <ul class="cards" part="cards">
              ${careers.map((career) => html`<li>${this.#renderTable([career], rows, caption, true)}</li>`)}
            </ul>
            ${notes.render()}
            <p class="note">${wageHelp(STANDARD_PERCENTILES, m)}</p>
            ${renderSource(meta, this.sourceIds, this.locale, this.messages)}`
          : nothing
      }
    </section>`;
  }

  /**
   * One table for the wide layout (every career a column), and one per card in narrow containers, where the
   * career's header spans the card so its name has the full width.
   */
  #renderTable(careers: OccupationData[], rows: CompareRow[], caption: string, card = false) {
    return html`<table part="table">
      <caption class=${card ? 'visually-hidden' : ''}>${caption}</caption>
      <thead>
        ${
          card
            ? html`<tr><th scope="col" colspan="2">${this.#renderCareerHeader(careers[0]!)}</th></tr>`
            : html`<tr><td></td>${careers.map((career) => html`<th scope="col">${this.#renderCareerHeader(career)}</th>`)}</tr>`
        }
      </thead>
      <tbody>
        ${rows.map((row) => html`<tr class=${row.key}><th scope="row">${row.label}</th>${careers.map((career) => html`<td>${row.cell(career)}</td>`)}</tr>`)}
      </tbody>
    </table>`;
  }

  #renderCareerHeader(career: OccupationData) {
    const m = this.messages;
    const {code, title} = career.occupation;
    // Titles are the dataset's English; the code is in the table's last row, out of the way.
    return html`<button type="button" class="name" part="career-name" aria-current=${this.#choice?.occupation === code ? 'true' : 'false'}
        @click=${() => this.#select(career)}><span lang=${dataLang(m)}>${title}</span></button>
      <button type="button" class="remove" part="remove" data-code=${code} @click=${() => void this.#remove(career)}>
        ${m.removeCareer}<span class="visually-hidden" lang=${dataLang(m)}> ${title}</span>
      </button>`;
  }

  #renderChart(careers: OccupationData[], basis: PayBasis, region: string, regionName: string) {
    const drawable = careers.some((c) => {
      const {row} = regionRow(c.occupation, region);
      return row && STANDARD_PERCENTILES.some((k) => wageCell(row, basis, k).value !== null);
    });
    if (this.chart === 'none' || this.chartFailed || !drawable) return nothing;
    // The legend is the page's own text, not Chart.js's canvas legend: long names wrap instead of being cut off on
    // a phone. It repeats the table's column names for the eye only; it shows once the bars are drawn, in their colours.
    return html`<ul class="legend" part="legend" aria-hidden="true" lang=${dataLang(this.messages)}>
        ${careers.map((c) => html`<li><span class="swatch"></span>${c.occupation.title}</li>`)}
      </ul>
      <div class="chart" data-count=${careers.length}>
        <canvas role="img" aria-label=${this.messages.compareChart(regionName)}></canvas>
      </div>`;
  }

  /** Paints the legend's swatches in the colours the chart drew. */
  #paintLegend(colors: string[]) {
    const legend = this.renderRoot.querySelector('.legend');
    legend?.querySelectorAll<HTMLElement>('.swatch').forEach((swatch, i) => swatch.style.setProperty('background-color', colors[i] ?? null));
    legend?.classList.add('drawn');
  }

  #renderShortlist(count: number) {
    const m = this.messages;
    if (!this.canSave) return html`<p class="note">${m.shortlistUnavailable}</p>`;
    if (!count) return nothing;
    return html`<p class="shortlist note">
      ${m.shortlistSaved}
      <button type="button" class="clear" @click=${() => void this.#clear()}>${m.shortlistClear}</button>
    </p>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const data = this.dataOnShow;
    if (this.state !== 'complete' || !data || !this.canvas) return;
    const basis = this.#basis;
    const {region} = this.#region(data.meta);
    // The spec is built only when the chart really draws: resolving colours forces a style recalculation.
    void this.#chart.draw(this.canvas, () => ({
      labels: STANDARD_PERCENTILES.map((key) => this.messages.wageLevel[key]),
      series: data.careers.map((career, i) => {
        const {row} = regionRow(career.occupation, region);
        return {
          label: career.occupation.title,
          values: STANDARD_PERCENTILES.map((key) => (row ? wageCell(row, basis, key).value : null)),
          colors: SERIES_PROPERTIES[i] ?? [],
        };
      }),
      format: (value: number) => formatPay(value, basis, this.locale),
      formatTick: (value: number) => formatPayShort(value, this.locale),
      legend: false,
      onColors: (colors) => this.#paintLegend(colors),
    }));
  }

  /** A choice in the embedded search adds the career here; it is not a choice for the page's followers. */
  readonly #onSearchSelect = (event: CareerSelectEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const code = event.detail?.occupation;
    if (typeof code === 'string' && code.trim()) void this.#add(code.trim());
  };

  async #add(code: string) {
    const m = this.messages;
    const isIt = (c: OccupationData) => sameCode(c.occupation.code, code) || sameCode(c.resolution.requested, code);
    const existing = this.dataOnShow?.careers.find(isIt);
    const current = this.#currentCodes();
    if (existing || current.some((c) => sameCode(c, code))) {
      this.status = sentence(m, m.compareDuplicate, new InEnglish(existing?.occupation.title ?? code));
      return;
    }
    if (current.length >= MAX_CAREERS) {
      this.status = m.compareFull(MAX_CAREERS);
      return;
    }
    const codes = [...current, code];
    // Empty the box for the next career (the search keeps focus). Until <career-search> is defined it has no clear().
    this.renderRoot.querySelector<HTMLElement & {clear?: () => void}>('career-search')?.clear?.();
    await this.#change(codes, 'add', code);
    const added = this.dataOnShow?.careers.find(isIt);
    this.status = added ? sentence(m, m.compareAdded, new InEnglish(added.occupation.title), codes.length) : m.compareNotFound(code);
  }

  async #remove(career: OccupationData) {
    const {code, title} = career.occupation;
    const index = this.dataOnShow?.careers.indexOf(career) ?? 0;
    const codes = this.#currentCodes().filter((c) => !sameCode(c, code));
    await this.#change(codes, 'remove', code);
    this.status = sentence(this.messages, this.messages.compareRemoved, new InEnglish(title), codes.length);
    // Focus the career that took its place (or the one before it, or the search when none is left), not the page top.
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.remove')].filter((b) => b.getClientRects().length);
    const next = buttons[Math.min(index, buttons.length - 1)];
    if (next) next.focus();
    else this.#focusSearch();
  }

  async #clear() {
    await this.#change([], 'clear');
    this.status = this.messages.shortlistCleared;
    this.#focusSearch();
  }

  /** The codes now compared: the loaded careers, or while a change loads, the list asked for. */
  #currentCodes(): string[] {
    const data = this.dataOnShow;
    return data && this.state !== 'loading' && this.state !== 'error'
      ? data.careers.map((c) => c.occupation.code)
      : parseCodes(this.occupations).slice(0, MAX_CAREERS);
  }

  async #change(codes: string[], action: CareerCompareAction, occupation?: string) {
    this.occupations = codes.join(',');
    if (this.shortlist !== null) this.canSave = writeShortlist(this.shortlist, codes);
    emit(this, 'career-compare-change', {action, ...(occupation ? {occupation} : {}), occupations: [...codes]});
    await this.updateComplete; // the task starts during this update...
    await this.data.taskComplete.catch(() => undefined);
    await this.updateComplete; // ...and this one renders its result
  }

  #select(career: OccupationData) {
    const detail: CareerSelectDetail = {occupation: career.occupation.code, region: this.regionCode, via: 'compare'};
    if (!emit(this, 'career-select', detail)) return;
    this.#choice = detail;
    this.requestUpdate();
  }

  #focusSearch() {
    const search = this.renderRoot.querySelector<HTMLElement>('career-search');
    search?.focus();
    if (search && this.shadowRoot?.activeElement === search) return;
    // A search that takes no focus (not loaded on this page): the heading keeps the visitor in the widget.
    const title = this.renderRoot.querySelector<HTMLElement>('#heading');
    if (title) {
      title.tabIndex = -1;
      title.focus();
    }
  }

  /** The region whose wages are shown: the one asked for when the dataset knows it, else the nation (and the page is told). */
  #region(meta: CompareData['meta']) {
    const known = this.regionCode === 'US' || Boolean(meta.regions[this.regionCode]);
    const region = known ? this.regionCode : 'US';
    const m = this.messages;
    return {known, region, regionName: region === 'US' ? m.unitedStates : (m.regions[region] ?? meta.regions[region]!)};
  }

  /** `pay` as shown: anything but `hourly` means annual, so a typo in the attribute still shows figures. */
  get #basis(): PayBasis {
    return this.pay === 'hourly' ? 'hourly' : 'annual';
  }
}

defineElement('career-compare', CareerCompare);

declare global {
  interface HTMLElementTagNameMap {
    'career-compare': CareerCompare;
  }
}
