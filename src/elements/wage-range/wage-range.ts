import {html, nothing, type PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import type {OccupationData} from '../../data/dataset.js';
import {figuresSubject} from '../../data/figures-subject.js';
import {FULL_PERCENTILES, type PayBasis, STANDARD_PERCENTILES, wageCell, type WageColumn, wageColumns} from '../../data/wage-model.js';
import {BarChartController} from '../../internal/bar-chart.js';
import {SERIES_PROPERTIES} from '../../internal/chart-colors.js';
import {CareerElement} from '../../internal/career-element.js';
import {defineElement} from '../../internal/define.js';
import {renderFiguresNote} from '../../internal/figures-note.js';
import {figureTableStyles, stackedRows} from '../../internal/figure-table.styles.js';
import {StructuredDataController} from '../../structured-data/controller.js';
import {Footnotes} from '../../internal/footnotes.js';
import {heading} from '../../internal/heading.js';
import {InEnglish, sentence, titleArg} from '../../internal/content.js';
import {formatNumber, formatPay, formatPayShort} from '../../internal/locale.js';
import {surveyPeriod} from '../../internal/periods.js';
import {payToggleStyles, renderPayToggle, renderWageCell, renderWageLabel, wageHelp} from '../../internal/wage-cell.js';
import {helpStyles, renderHelp} from '../../internal/help.js';
import {wageRangeStyles} from './wage-range.styles.js';
import '../../internal/messages/wage-range.js'; // this element's English strings (see messages.ts)
import '../../internal/messages/figure-terms.js'; // the figures' shared words: wage levels, codes, preparation
import {farStyles} from '../../internal/far.styles.js';

/**
 * Wages for one occupation: low, middle and high (the 25th percentile, median and 75th percentile; very low and
 * very high, the 10th and 90th, with `full-range`), each row named in plain words with its percentile beside it
 * and one line saying what they mean, per year or per hour, for a state beside the nation, with the number of
 * jobs; a bar chart (Chart.js, loaded only when drawn) above a table that holds the same figures. Every derived, top-coded or unpublished value carries
 * a numbered note; a state without figures falls back to the nation and says so. Where BLS publishes no figures
 * for the occupation itself (an aggregate, an "All Other" code, the SOC occupation of an O*NET specialty), the
 * caption, chart label and a note name the code and title whose wages are shown; the previous period's median
 * is given for each area, or why it is missing.
 *
 * @summary Wage percentiles for an occupation, state beside nation (BLS OEWS).
 *
 * @slot - Fallback content, shown before the script loads and when the data cannot be loaded.
 *
 * @csspart base - The widget's outer wrapper.
 * @csspart heading - The heading.
 * @csspart chart - The box of the bar chart (the table below holds the same figures).
 * @csspart table - The wage table.
 * @csspart notes - The numbered notes under the table.
 * @csspart source - The source and date line.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message (`role="alert"`).
 * @csspart empty - The message shown when there is nothing to show.
 *
 * @cssprop --cw-color-accent - Accent: links, focus ring, selected toggle, first chart series (default: blue, lighter on a page with `color-scheme: dark`).
 * @cssprop --cw-color-accent-2 - Second chart series (the nation).
 * @cssprop --cw-color-accent-contrast - Text on the selected pay toggle (annual or hourly).
 * @cssprop --cw-chart-color-1 - First bar colour (default: the accent if set, else blue: #0b5cad, or #8ab4f8 on a dark background). A value that is not a colour is reported in the console and the default drawn.
 * @cssprop --cw-chart-color-2 - Second bar colour (default: accent-2 if set, else amber: #7a4e00, or #e9b25f on a dark background).
 * @cssprop --cw-color-text - Text colour (default: inherited).
 * @cssprop --cw-color-muted - Secondary text (default: the text colour at 75%, readable on light and dark pages).
 * @cssprop --cw-color-border - Table rules and borders.
 * @cssprop --cw-color-surface - Background (default: transparent).
 * @cssprop --cw-color-error - Error state border.
 * @cssprop --cw-font-family - Font (default: inherited).
 * @cssprop --cw-radius - Corner radius.
 * @cssprop --cw-space - Space below the widget when something follows it (1.5 times this; default 1em).
 * @cssprop --cw-loading-height - Height reserved while loading, also before the code has arrived (default 56em, about the rendered widget).
 *
 * @event career-load - Data rendered; `detail: {occupation, title, region}`.
 * @event career-error - Error state shown; `detail: {kind, message}`.
 */
export class WageRange extends CareerElement {
  // Too narrow for a state column beside the nation's: each row becomes a small labelled block.
  static override styles = [CareerElement.styles, figureTableStyles, payToggleStyles, helpStyles, wageRangeStyles, stackedRows('columns-2', 24), farStyles];

  /** `annual` (default) or `hourly`; visitors can switch with the toggle. */
  @property({reflect: true}) pay: PayBasis = 'annual';

  /** Also show the 10th and 90th percentiles. */
  @property({type: Boolean, attribute: 'full-range'}) fullRange = false;

  /** `bar` (default) draws a chart above the table; `none` shows the table alone. */
  @property() chart: 'bar' | 'none' = 'bar';

  /**
   * Adds schema.org `Occupation` JSON-LD with the shown wage percentiles to the page for search engines (one per
   * page; a `<career-profile>` with `structured-data` describes more). See `<career-profile>`.
   */
  @property({type: Boolean, attribute: 'structured-data'}) structuredData = false;

  /** @internal */
  static readonly trustedAttributes: readonly string[] = ['structured-data'];

  constructor() {
    super();
    new StructuredDataController(this, () => ({region: this.regionCode, pay: this.#basis, percentiles: this.#percentiles, details: false}));
  }

  @state() private chartFailed = false;
  @query('canvas') private canvas?: HTMLCanvasElement;

  protected get sourceIds() {
    return ['wages'] as const;
  }
  readonly #chart = new BarChartController(this, () => (this.chartFailed = true));

  protected emptyMessage({occupation}: OccupationData): string | null {
    const {national, states} = occupation.wages;
    return national || Object.keys(states).length ? null : this.messages.noWages;
  }

  protected renderContent(data: OccupationData) {
    const {occupation, meta} = data;
    const m = this.messages;
    const basis = this.#basis;
    const {columns, problem} = wageColumns(occupation, meta, this.regionCode, m);
    const keys = this.#percentiles;
    const notes = new Footnotes(m.note);
    // Label the figures with the code they belong to when BLS publishes none for this occupation itself.
    const subject = figuresSubject(occupation, 'wages');
    const title = subject ? new InEnglish(m.figuresOf(subject.code, subject.title)) : titleArg(data, m, this.language);
    const context = {notes, messages: m, locale: this.locale, topCode: meta.wages.topCode};
    const cell = (column: WageColumn, key: (typeof keys)[number]) => renderWageCell(column.row, basis, key, context);
    const employment = (column: WageColumn) =>
      column.row.employment === null ? html`${m.notAvailable}${notes.mark(m.notPublished)}` : formatNumber(column.row.employment, this.locale);
    return this.frame(
      'heading',
      html`
      ${heading(this.headingLevel, this.heading || sentence(m, m.wagesHeading, titleArg(data, m, this.language)), 'heading')}
      ${problem ? html`<p class="note">${problem.kind === 'unknown-region' ? m.unknownRegion(problem.region) : m.noStateData(problem.region)}</p>` : nothing}
      ${
        subject
          ? renderFiguresNote(m, occupation, 'wages')
          : occupation.siblings.length
            ? html`<p class="note">${sentence(m, m.sharedSoc, occupation.soc, new InEnglish(occupation.siblings.map((s) => s.title).join('; ')))}</p>`
            : nothing
      }
      ${renderPayToggle(basis, m, (pay) => (this.pay = pay))}
      ${
        this.chart !== 'none' && !this.chartFailed && columns.some((c) => keys.some((k) => wageCell(c.row, basis, k).value !== null))
          ? html`<div class="chart" part="chart"><canvas role="img" aria-label=${m.wageChart(title instanceof InEnglish ? title.text : title, columns.map((c) => c.name).join(', '))}></canvas></div>`
          : nothing
      }
      <table part="table" class=${`columns-${columns.length}`}>
        <caption>${this.#caption(data, title)} (${m[basis].toLowerCase()})</caption>
        <thead>
          <tr><td></td>${columns.map((c) => html`<th scope="col">${c.name}</th>`)}</tr>
        </thead>
        <tbody>
          ${keys.map(
            (key) =>
              html`<tr class=${key}><th scope="row">${renderWageLabel(key, m)}</th>${columns.map((c) => html`<td data-label=${c.name}><span class="value">${cell(c, key)}</span></td>`)}</tr>`,
          )}
          <tr><th scope="row">${m.employmentOn(surveyPeriod(meta, this.locale))}</th>${columns.map((c) => html`<td data-label=${c.name}><span class="value">${employment(c)}</span></td>`)}</tr>
        </tbody>
      </table>
      ${notes.render()}
      ${renderHelp(m, [this.#renderPrevious(columns, basis, data), html`<p class="note">${wageHelp(keys, m)}</p>`])}
      ${this.attribution(meta)}
    `,
    );
  }

  /** The table's caption: whose wages and when; inside a profile, under the occupation's title, only when. */
  #caption({occupation, meta}: OccupationData, title: string | InEnglish) {
    const period = surveyPeriod(meta, this.locale);
    const subject = figuresSubject(occupation, 'wages');
    return this.nested && !subject ? this.messages.wageTableCaptionNested(period) : sentence(this.messages, this.messages.wageTableCaption, title, period);
  }

  /**
   * The previous survey's median of each area whose current median is shown (or why there is none), in one note:
   * "Median in the previous survey (May 2024): Minnesota $59,310; United States $50,250."
   */
  #renderPrevious(columns: WageColumn[], basis: PayBasis, {meta}: OccupationData) {
    const m = this.messages;
    const values = columns.flatMap((column) => {
      const previous = column.row.previousMedian;
      if (!previous || column.row[basis].median === null) return [];
      const value = previous[basis];
      const text =
        value !== null
          ? formatPay(value, basis, this.locale)
          : previous.status?.[basis] === 'top-coded'
            ? m.previousTopCoded(formatPay(meta.wages.topCode[basis], basis, this.locale))
            : m.previousNotPublished;
      return [`${column.name} ${text}`];
    });
    return values.length ? html`<p class="note">${m.previousMedian(values.join('; '), surveyPeriod(meta, this.locale, 'oews-previous'))}</p>` : nothing;
  }

  /** `pay` as shown: anything but `hourly` means annual, so a typo in the attribute still shows figures. */
  get #basis(): PayBasis {
    return this.pay === 'hourly' ? 'hourly' : 'annual';
  }

  get #percentiles() {
    return this.fullRange ? FULL_PERCENTILES : STANDARD_PERCENTILES;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const data = this.dataOnShow;
    if (this.state !== 'complete' || !data || !this.canvas) return;
    const basis = this.#basis;
    const {columns} = wageColumns(data.occupation, data.meta, this.regionCode, this.messages);
    const keys = this.#percentiles;
    const locale = this.locale;
    const labels = keys.map((key) => this.messages.wageLevel[key]);
    void this.#chart.draw(this.canvas, () => ({
      labels,
      series: columns.map((column, i) => ({
        label: column.name,
        values: keys.map((key) => wageCell(column.row, basis, key).value),
        colors: SERIES_PROPERTIES[i]!,
      })),
      format: (value) => formatPay(value, basis, locale),
      formatTick: (value) => formatPayShort(value, locale),
    }));
  }
}

defineElement('wage-range', WageRange);

declare global {
  interface HTMLElementTagNameMap {
    'wage-range': WageRange;
  }
}
