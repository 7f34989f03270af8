import {html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {type ProgramCareerSort, type ProgramCareersData} from '../../data/dataset.js';
import type {DatasetMeta, Occupation, WageRow} from '../../data/dataset-types.js';
import {CareerWidget} from '../../internal/career-widget.js';
import {defineElement} from '../../internal/define.js';
import {TaskStatus} from '@lit/task';
import {emit, type CareerLoadDetail, type CareerSelectDetail} from '../../internal/events.js';
import {hostContentTask, renderHostError, renderHostSource} from '../../internal/host-content.js';
import {type Leader} from '../../internal/follow.js';
import {hasFollower} from './has-follower.js';
import {warnOnce} from '../../internal/warn.js';
import {dataLang, InEnglish, ownText, sentence, term} from '../../internal/content.js';
import {figuresSubject} from '../../data/figures-subject.js';
import {projectionPeriod, surveyPeriod} from '../../internal/periods.js';
import {clampLevel, heading} from '../../internal/heading.js';
import {formatPay} from '../../internal/locale.js';
import {safeUrl} from '../../internal/safe-url.js';
import {renderSource, type SourceKey} from '../../internal/source-line.js';
import {programCareersStyles} from './program-careers.styles.js';
import '../../internal/messages/program-careers.js'; // this element's English strings (see messages.ts)
import '../../internal/messages/figure-terms.js'; // the figures' shared words: wage levels, codes, preparation
import '../../internal/messages/education-terms.js'; // BLS's categories in plain words
import {farStyles} from '../../internal/far.styles.js';

/**
 * The careers a college program prepares for, for a program page: each with its median pay in the region and the
 * nation, its job outlook in words and the education typically needed to enter (each labelled with its pay basis,
 * area and date; the education as BLS's national figure, the most common way in but not the only one), from the
 * NCES CIP 2020 to SOC 2018 crosswalk and BLS data.
 *
 * With a `<career-profile for="this-id">` on the page (or any widget whose `for` names this one), a career's name
 * is a choice: it announces `career-select` (`via: 'program'`) and the profile shows that career. Alone, a name is
 * a link: to the host's own page for the career (`career-url`), else to the career's page on O*NET OnLine; it still
 * announces `career-select` first, and a listener that calls `preventDefault()` keeps the visitor on the page.
 *
 * @summary Careers a college program (CIP code) leads to, with regional pay and outlook.
 *
 * @slot - Fallback content, shown before the script loads and when the data cannot be loaded.
 *
 * @csspart base - The widget's outer wrapper.
 * @csspart heading - The heading and each career's title.
 * @csspart list - The list of careers.
 * @csspart career - One career.
 * @csspart choose - A career's name: a button that opens it in the following widget, or a link when nothing follows.
 * @csspart host - The host's own programs with this CIP code (from its overlay).
 * @csspart host-error - The message shown when the host's own content could not be used.
 * @csspart source - The source and date lines.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message (`role="alert"`).
 * @csspart empty - The message shown when there is nothing to show.
 *
 * @cssprop --cw-color-accent - Career buttons, links, focus ring, the chosen career's mark.
 * @cssprop --cw-color-accent-2 - Edge of the note shown when the bundled data stands in (`fallback="bundled"`).
 * @cssprop --cw-color-text - Text colour (default: inherited).
 * @cssprop --cw-color-muted - Secondary text.
 * @cssprop --cw-color-border - Card borders.
 * @cssprop --cw-color-surface - Background (default: transparent).
 * @cssprop --cw-color-error - Error state border.
 * @cssprop --cw-font-family - Font (default: inherited).
 * @cssprop --cw-radius - Corner radius.
 * @cssprop --cw-space - Space between careers.
 * @cssprop --cw-loading-height - Height reserved while loading, also before the code has arrived (default 36em: five careers).
 *
 * @event career-select - Cancelable: the visitor chose a career (`detail: {occupation, region, via: 'program'}`); widgets with `for` set to this element's id follow it unless a listener calls `preventDefault()`, which also keeps a link (no follower) from being followed.
 * @event career-load - The careers rendered; `detail: {occupation: '', title, region, program}` (`title` is the program's).
 * @event career-error - Error state shown; `detail: {kind, message}`.
 */
export class ProgramCareers extends CareerWidget<ProgramCareersData> implements Leader {
  static override styles = [CareerWidget.styles, programCareersStyles, farStyles];

  /** 2020 CIP code of the program, e.g. `51.0707` (Health Information/Medical Records Technology/Technician). */
  @property({reflect: true}) cip = '';

  /** Order: `employment` (default: most jobs nationally first) or `wage` (highest national median first). */
  @property({reflect: true}) sort: ProgramCareerSort = 'employment';

  /** How many careers to show before "Show all" (default 10; 0 shows all). */
  @property({type: Number}) limit = 10;

  /**
   * Where a career's name leads when no widget on the page follows this list: a URL pattern with the placeholders
   * `{code}` (O*NET-SOC code, `29-2072.00`), `{soc}` (SOC code, `29-2072`) and `{region}` (`MN`, or `US`), e.g.
   * `/careers/{code}`; a relative URL resolves against the page. Default (or when the pattern is not an http(s)
   * URL, with a console warning): the career's page on O*NET OnLine.
   */
  @property({attribute: 'career-url'}) careerUrl = '';

  /**
   * Leaves out the widget's own heading, for a page that heads the list itself (`<h2>Where this program
   * leads</h2>` just before it). `heading-level` is then the level of the page's heading: each career's title is one
   * below it. The list is still named for screen readers.
   */
  @property({type: Boolean, attribute: 'no-heading'}) noHeading = false;

  /**
   * URL of the host's own content (overlay JSON); default: the page's `career-widgets-overlay` meta tag. An inline
   * `<script type="application/json">` child wins over both. The host's programs with this CIP code are listed
   * above the careers, marked as the host's.
   */
  @property() overlay = '';

  /** @internal */
  static readonly trustedAttributes: readonly string[] = ['overlay', 'career-url'];

  readonly #host = hostContentTask(this);

  #choice: CareerSelectDetail | null = null;

  // One string for the task's arguments: program, order and how many careers to load.
  protected get dataKey(): string {
    return [this.cip.trim(), this.#sort, this.limit > 0 ? this.limit : 0].join('|');
  }

  protected async load(key: string, source: string, signal: AbortSignal): Promise<ProgramCareersData | null> {
    const [cip = '', sort, limit] = key.split('|');
    if (!cip) return null;
    return this.fromSource(source, signal, (dataset) =>
      dataset.programCareers(cip, {sort: sort as ProgramCareerSort, limit: Number(limit) || Infinity}, signal),
    );
  }

  protected metaOf(data: ProgramCareersData) {
    return data.meta;
  }

  protected loadDetail(data: ProgramCareersData): CareerLoadDetail {
    return {occupation: '', title: data.program.title, region: this.regionCode, program: data.program.cip};
  }

  /** The career the visitor last chose here, for widgets that follow this one through `for`. */
  get choice(): CareerSelectDetail | null {
    return this.#choice;
  }

  protected get sourceIds(): readonly SourceKey[] {
    return ['programs', 'wages', 'projections'];
  }

  protected override renderEmpty(message: string, data: ProgramCareersData | null) {
    return super.renderEmpty(data ? message : this.messages.noProgram, data);
  }

  protected emptyMessage(): string | null {
    return null; // the program index lists only programs with at least one occupation
  }

  get #sort(): ProgramCareerSort {
    return this.sort === 'wage' ? 'wage' : 'employment';
  }

  // "Show all" re-runs the task: keep the list on screen (and focus in it) instead of flashing the placeholder.
  protected override renderPending() {
    const stale = this.data.value;
    return stale ? this.renderContent(stale, true) : super.renderPending();
  }

  protected renderContent({program, careers, total, meta}: ProgramCareersData, busy = false): TemplateResult {
    const m = this.messages;
    const level = clampLevel(this.headingLevel);
    const periods = {wages: surveyPeriod(meta, this.locale), projections: projectionPeriod(meta, m)};
    // The landmark's name when there is no heading: plain text (the heading marks the English title).
    const label = this.heading || m.programHeading(program.title);
    // Without a widget that follows it, a career's name is a link (decided per render: a follower may come later).
    const linked = !hasFollower(this);
    return html`<section part="base" aria-labelledby=${this.noHeading ? nothing : 'heading'} aria-label=${this.noHeading ? label : nothing}
      aria-busy=${busy ? 'true' : 'false'}>
      ${this.noHeading ? nothing : heading(level, this.heading || sentence(m, m.programHeading, new InEnglish(program.title)), 'heading')}
      <p class="note">${m.careersShown(careers.length, total)} ${total > 1 ? m.careersOrder[this.#sort] : ''}</p>
      ${this.#renderHostPrograms(program.cip)}
      <ul part="list" class="careers" aria-label=${m.careerListLabel(program.title)}>
        ${careers.map((o) => this.#renderCareer(o, Math.min(6, level + 1), meta, periods, linked))}
      </ul>
      ${linked && !this.#ownUrl(careers[0]) ? html`<p class="note">${m.careerLinksOnet}</p>` : nothing}
      ${
        careers.length < total
          ? html`<button type="button" class="more" ?disabled=${busy} @click=${() => (this.limit = 0)}>${m.showAllCareers(total)}</button>`
          : nothing
      }
      ${careers.some((o) => o.education.bls) ? html`<p class="note">${m.entryEducationNote}</p>` : nothing}
      <p class="note codes">${m.programCode(program.cip)}</p>
      ${renderSource(meta, this.sourceIds, this.locale, m)}
    </section>`;
  }

  /** The host's own programs with this CIP code (overlay), or the overlay's located error; never instead of the list. */
  #renderHostPrograms(cip: string) {
    const m = this.messages;
    if (this.#host.status === TaskStatus.ERROR) return renderHostError(this.#host.error, m, this.localName);
    const host = this.#host.status === TaskStatus.COMPLETE ? (this.#host.value?.forProgram(cip) ?? null) : null;
    if (!host?.programs.length) return nothing;
    return html`<div class="host" part="host">
      <p class="host-label">${m.hostPrograms(host.host.name)}</p>
      <ul class="host-programs">
        ${host.programs.map((p) => {
          const href = safeUrl(p.url);
          const facts = [p.credential, p.length, p.delivery, p.cost].filter(Boolean).join(' · ');
          return html`<li>${href ? html`<a href=${href}>${p.name}</a>` : p.name}${facts ? html` <span class="note">${facts}</span>` : nothing}</li>`;
        })}
      </ul>
      ${renderHostSource(host.host, host.updated, m, this.locale)}
    </div>`;
  }

  #renderCareer(o: Occupation, level: number, meta: DatasetMeta, periods: {wages: string; projections: string}, linked: boolean) {
    const m = this.messages;
    const region = this.regionCode;
    const state = region !== 'US' ? (m.regions[region] ?? meta.regions[region]) : undefined;
    const chosen = this.#choice?.occupation === o.code;
    const name = html`<span lang=${dataLang(m)}>${o.title}</span>`;
    const href = linked ? (this.#ownUrl(o) ?? safeUrl(onetPage(o))) : null;
    const title = href
      ? html`<a part="choose" class="choose" href=${href} @click=${(event: MouseEvent) => this.#follow(event, o.code)}>${name}</a>`
      : html`<button type="button" part="choose" class="choose" aria-current=${chosen ? 'true' : 'false'}
          @click=${() => this.#select(o.code)}>${name}</button>`;
    // BLS publishes per SOC code: an O*NET specialty or a code inside a BLS aggregate shows another code's figures.
    const subject = figuresSubject(o);
    return html`<li part="career" class=${chosen ? 'career chosen' : 'career'}>
      ${heading(level, title)}
      <dl class="figures">
        ${state ? this.#renderMedian(o.wages.states[region] ?? null, state, periods.wages, meta) : nothing}
        ${this.#renderMedian(o.wages.national, m.unitedStates, periods.wages, meta)}
        <div><dt>${m.jobOutlook(periods.projections)}</dt><dd>${o.outlook ? m.outlookWords[o.outlook.comparison] : m.noProjection}</dd></div>
        <div><dt>${m.typicalEntry}</dt><dd>${o.education.bls ? this.#renderEntryEducation(o.education.bls.typicalEntry) : m.notAvailable}</dd></div>
      </dl>
      ${subject ? html`<p class="note">${sentence(m, m.figuresFor, subject.code, new InEnglish(subject.title))}</p>` : nothing}
    </li>`;
  }

  /** BLS's category, with its plain meaning where the profile's education section gives one. */
  #renderEntryEducation(value: string) {
    const m = this.messages;
    const meaning = ownText(m.blsTerms, value);
    return html`${term(m, value)}${meaning ? html` <span class="meaning">${meaning}</span>` : nothing}`;
  }

  /**
   * An area's median with its pay basis and month in the label: yearly; hourly for occupations BLS publishes per
   * hour only; a top-coded yearly median as "$239,200 or more".
   */
  #renderMedian(row: WageRow | null, area: string, period: string, meta: DatasetMeta) {
    const m = this.messages;
    const [basis, value] =
      row?.annual.median != null
        ? (['annual', formatPay(row.annual.median, 'annual', this.locale)] as const)
        : row?.hourly.median != null
          ? (['hourly', formatPay(row.hourly.median, 'hourly', this.locale)] as const)
          : row?.status['annual.median'] === 'top-coded'
            ? (['annual', m.atLeast(formatPay(meta.wages.topCode.annual, 'annual', this.locale))] as const)
            : (['annual', m.notAvailable] as const);
    return html`<div><dt>${m.medianPayIn[basis](area, period)}</dt><dd>${value}</dd></div>`;
  }

  #select(occupation: string) {
    const detail: CareerSelectDetail = {occupation, region: this.regionCode, via: 'program'};
    if (!emit(this, 'career-select', detail)) return false;
    this.#choice = detail;
    this.requestUpdate();
    return true;
  }

  /**
   * A career's link: announced like a choice first. A host that cancels it routes the visitor itself; a follower
   * that appeared since the list rendered shows the career, and the link is not followed.
   */
  #follow(event: MouseEvent, occupation: string) {
    const follower = hasFollower(this);
    if (!this.#select(occupation) || follower) event.preventDefault();
  }

  /** The host's page for a career (`career-url`), or null without a pattern or with one that is not an http(s) URL. */
  #ownUrl(o: Occupation | undefined): string | null {
    const pattern = this.careerUrl.trim();
    if (!pattern || !o) return null;
    const values: Record<string, string> = {code: o.code, soc: o.soc, region: this.regionCode};
    const filled = pattern.replace(/\{(code|soc|region)\}/g, (_, key: string) => encodeURIComponent(values[key]!));
    let absolute = '';
    try {
      absolute = new URL(filled, document.baseURI).href;
    } catch {
      // not a URL at all: warned below
    }
    const href = safeUrl(absolute);
    if (!href) warnOnce(`<program-careers>: career-url="${pattern}" is not an http(s) or mailto URL; career names lead to O*NET OnLine.`);
    return href;
  }
}

/** A career's page on O*NET OnLine; for an occupation BLS defines but O*NET does not, O*NET's search for its SOC code. */
const onetPage = (o: Occupation) =>
  o.kind === 'onet'
    ? `https://www.onetonline.org/link/summary/${encodeURIComponent(o.code)}`
    : `https://www.onetonline.org/find/quick?s=${encodeURIComponent(o.soc)}`;

defineElement('program-careers', ProgramCareers);

declare global {
  interface HTMLElementTagNameMap {
    'program-careers': ProgramCareers;
  }
}
