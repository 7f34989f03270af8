import {TaskStatus} from '@lit/task';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {OccupationData} from '../../data/dataset.js';
import {hostContentTask, renderHostError} from '../../internal/host-content.js';
import {helpStyles} from '../../internal/help.js';
import {CareerElement} from '../../internal/career-element.js';
import {defineElement} from '../../internal/define.js';
import {StructuredDataController} from '../../structured-data/controller.js';
import {emit, type CareerSelectDetail, type CareerSelectVia} from '../../internal/events.js';
import {dataLang, occupationText, sentence, titleArg} from '../../internal/content.js';
import {clampLevel, heading} from '../../internal/heading.js';
import {safeUrl} from '../../internal/safe-url.js';
import {renderSource, type SourceKey} from '../../internal/source-line.js';
import type {WidgetData} from '../../internal/dataset-source.js';
import {bundledDatasetUrl} from '../../data/dataset-url.js';
import '../skill-list/skill-list.js';
import '../wage-range/wage-range.js';
import {STANDARD_PERCENTILES} from '../../data/wage-model.js';
import {careerProfileStyles} from './career-profile.styles.js';
import {conditions} from './sections/conditions.js';
import {courses} from './sections/courses.js';
import {certifications, local} from './sections/host.js';
import {programs} from './sections/programs.js';
import {hostSectionStyles} from './sections/host.styles.js';
import {video} from './sections/video.js';
import {education} from './sections/education.js';
import {interests} from './sections/interests.js';
import {knowledge, skills, wages} from './sections/nested.js';
import {outlook} from './sections/outlook.js';
import {overview} from './sections/overview.js';
import {related} from './sections/related.js';
import {COMPACT_SECTIONS, SECTION_IDS, type SectionContext, type SectionId, type SectionRenderer} from './sections/section.js';
import {tasks} from './sections/tasks.js';
import {styles} from './sections/styles.js';
import {technology} from './sections/technology.js';
import '../../internal/messages/career-profile.js'; // this element's English strings (see messages.ts)
import '../../internal/messages/figure-terms.js'; // the figures' shared words: wage levels, codes, preparation
import {farStyles} from '../../internal/far.styles.js';

const RENDERERS: Record<SectionId, SectionRenderer> = {
  overview,
  tasks,
  conditions,
  technology,
  skills,
  knowledge,
  interests,
  styles,
  wages,
  local,
  outlook,
  education,
  certifications,
  programs,
  courses,
  video,
  related,
};

/** Sections rendered by a nested widget, which shows its own heading (and leaves the attribution to the profile). */
const NESTED: ReadonlySet<SectionId> = new Set(['wages', 'skills', 'knowledge']);

/** Reported titles shown under the title; the rest of the titles wait in a disclosure. */
const ALSO_CALLED = 5;

/**
 * A whole career profile, as a career site shows it: what the work is, typical tasks, working conditions, tools
 * and technology, skills, knowledge, interests, work styles, wages, outlook, education and training,
 * certifications, programs that prepare for it, helpful high-school courses, a career video, related occupations,
 * and the sources. Every section for which the dataset has data appears; hosts choose and order them with `sections`.
 * Programs come from the NCES crosswalk; an O*NET specialty, which the crosswalk does not name, shows its wider
 * occupation's programs, says so, and lists those closest to its own work first. High-school courses are labelled
 * as our suggestions, derived from the occupation's field and its O*NET or BLS ratings.
 *
 * The host's own content (an overlay: its programs, certifications, videos, local notes and wages) is given by
 * URL (`overlay`, or the page-wide `<meta name="career-widgets-overlay">`) or inline as a
 * `<script type="application/json">` child, and is shown marked as the host's. A broken overlay shows a located
 * error in its own box; the public content still shows.
 *
 * @summary A complete, attributed career profile for one occupation.
 *
 * @slot - Fallback content, shown before the script loads and when the data cannot be loaded.
 *
 * @csspart base - The widget's outer wrapper.
 * @csspart heading - The occupation's title and every section heading.
 * @csspart section - Each section (one `region` landmark for the whole profile; sections are headed blocks inside it).
 * @csspart source - The source and date lines.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message (`role="alert"`).
 * @csspart empty - The message shown when there is nothing to show.
 * @csspart host - A block of the host's own content (programs, certifications, local notes and wages).
 * @csspart host-error - The message shown when the host's own content could not be used.
 * @csspart video - A career video (placeholder, then player).
 * @csspart table - Tables of the nested widgets and of local wages.
 *
 * @cssprop --cw-color-accent - Links, buttons, focus ring, chart series (default: blue, lighter on a page with `color-scheme: dark`).
 * @cssprop --cw-color-accent-2 - Second chart series and hot-technology marks.
 * @cssprop --cw-color-accent-contrast - Text on accent backgrounds.
 * @cssprop --cw-color-text - Text colour (default: inherited).
 * @cssprop --cw-color-muted - Secondary text (default: the text colour at 75%, readable on light and dark pages).
 * @cssprop --cw-color-border - Rules and borders.
 * @cssprop --cw-color-surface - Background (default: transparent).
 * @cssprop --cw-color-error - Error state border.
 * @cssprop --cw-font-family - Font (default: inherited).
 * @cssprop --cw-radius - Corner radius.
 * @cssprop --cw-space - Space between sections.
 * @cssprop --cw-loading-height - Height reserved while loading, also before the code has arrived (default about the compact profile's height at desktop width: 110em).
 *
 * @event career-load - Data rendered; `detail: {occupation, title, region}`.
 * @event career-error - Error state shown; `detail: {kind, message}`.
 * @event career-select - Cancelable: the visitor chose another occupation (`detail: {occupation, via}`); call `preventDefault()` to handle it yourself. Widgets with `for` set to this profile's id follow the choice.
 */
export class CareerProfile extends CareerElement {
  static override styles = [CareerElement.styles, helpStyles, careerProfileStyles, hostSectionStyles, farStyles];

  /**
   * Sections to show, in order, separated by spaces or commas: `overview tasks wages local outlook education
   * programs certifications courses skills knowledge technology interests styles conditions video related`. Without
   * it the profile shows what they do, its first three tasks, wages, the host's local content, outlook and education,
   * and the rest behind a "Show more" button, which keeps it short enough for a program page, also on a phone. A section without data is left
   * out (e.g. `conditions` needs O*NET Work Context, `certifications` and `local` need the host's content);
   * unknown names are ignored.
   */
  @property() sections = '';

  /** URL of the host's own content (overlay JSON); default: the page's `career-widgets-overlay` meta tag. An inline `<script type="application/json">` child wins over both. */
  @property() overlay = '';

  /** @internal */
  static readonly trustedAttributes: readonly string[] = ['overlay', 'structured-data'];

  readonly #host = hostContentTask(this);
  @state() private playing: ReadonlySet<string> = new Set();
  @state() private failed: ReadonlySet<string> = new Set();

  /** Level (1-6) of the occupation title; section headings are one level below. */
  @property({attribute: 'heading-level', type: Number}) override headingLevel = 2;

  /**
   * Adds schema.org `Occupation` JSON-LD (title, description, code, the region's wage percentiles, education,
   * skills, sources and date) to the page for search engines, as a `<script type="application/ld+json">` child of
   * this element. One per page (Google reads one); under a Trusted Types CSP allow the policy `career-widgets-jsonld`.
   */
  @property({type: Boolean, attribute: 'structured-data'}) structuredData = false;

  constructor() {
    super();
    // The profile's wage section shows annual pay and the standard percentiles: the JSON-LD says the same.
    new StructuredDataController(this, () => ({region: this.regionCode, pay: 'annual', percentiles: STANDARD_PERCENTILES, details: true}));
  }

  /** The default profile's "Show more" was pressed. */
  @state() private expanded = false;

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // The nested widgets report to the profile, not to the page: a host counting `career-load` for analytics
    // sees one event per profile, from the profile.
    for (const type of ['career-load', 'career-error'] as const) {
      this.renderRoot.addEventListener(type, (event) => event.stopPropagation());
    }
  }

  /** The occupation the profile shows, for widgets that follow it through `for`. */
  get choice(): CareerSelectDetail | null {
    const occupation = this.data.value?.occupation.code ?? this.occupation.trim();
    return occupation ? {occupation} : null;
  }

  protected get sourceIds(): readonly SourceKey[] {
    return ['onet', 'projections'];
  }

  /** The section ids to render, in the host's order; unknown names are ignored. */
  get sectionOrder(): SectionId[] {
    return this.#asked() ?? [...SECTION_IDS];
  }

  #asked(): SectionId[] | null {
    const asked = this.sections.split(/[\s,]+/).filter((id): id is SectionId => (SECTION_IDS as readonly string[]).includes(id));
    return asked.length ? [...new Set(asked)] : null;
  }

  /** A profile waiting for its leader's choice (`for`) says how to make one (its strings travel in this element's chunk): a finder's visitor, not a site owner, reads it. */
  protected override get nothingChosen(): string {
    const id = this.for.trim();
    if (!id) return super.nothingChosen;
    const leader = (this.getRootNode() as Document | ShadowRoot).getElementById?.(id);
    return leader?.localName === 'career-search' ? this.messages.chooseInSearch : this.messages.chooseInList;
  }

  protected emptyMessage(): string | null {
    return null; // every occupation file has at least a title and a description
  }

  protected renderContent(data: WidgetData): TemplateResult {
    const m = this.messages;
    const level = clampLevel(this.headingLevel);
    const asked = this.#asked();
    // The host's own list shows as asked; the default shows the compact sections, the rest on "Show more".
    const visible = asked ?? SECTION_IDS.filter((id) => this.expanded || COMPACT_SECTIONS.has(id));
    const context: SectionContext = {
      data,
      messages: m,
      lang: this.language,
      locale: this.locale,
      level: Math.min(6, level + 1),
      region: this.regionCode,
      shown: new Set(visible),
      compact: !asked,
      // After a fallback, the nested widgets read the bundled dataset too (their own note would repeat the profile's).
      source: data.fallbackFrom ? bundledDatasetUrl() : this.source,
      select: (code) => this.#select(code, 'related'),
      host: this.#host.status === TaskStatus.COMPLETE ? (this.#host.value?.forOccupation(data.occupation) ?? null) : null,
      videos: {
        playing: this.playing,
        failed: this.failed,
        play: (url) => (this.playing = new Set([...this.playing, url])),
        fail: (url) => (this.failed = new Set([...this.failed, url])),
      },
    };
    const render = (ids: readonly SectionId[]) =>
      ids
        .map((id) => ({id, body: RENDERERS[id](context)}))
        .filter((s): s is {id: SectionId; body: TemplateResult} => s.body !== null)
        .map(({id, body}) =>
          NESTED.has(id)
            ? html`<div part="section" class=${id}>${body}</div>`
            : html`<div part="section" class=${id}>${heading(context.level, m.sections[id], `section-${id}`)}${body}</div>`,
        );
    const hasMore = !asked && SECTION_IDS.some((id) => !COMPACT_SECTIONS.has(id) && RENDERERS[id](context) !== null);
    const has = (id: SectionId) => visible.includes(id) && RENDERERS[id](context) !== null;
    // One attribution for the profile, its sections and the widgets inside it, naming every source they show.
    const sources: SourceKey[] = ['onet', ...(has('wages') ? (['wages'] as const) : []), 'projections'];
    if (has('programs') && data.occupation.programs?.length) sources.push('programs');
    if (has('video') && data.occupation.video) sources.push('videos');
    return html`<section part="base" aria-labelledby="title">
      ${this.#renderHeader(data, level)}
      ${this.#host.status === TaskStatus.ERROR ? renderHostError(this.#host.error, m, this.localName) : nothing}
      ${render(visible.filter((id) => asked || COMPACT_SECTIONS.has(id)))}
      ${
        hasMore
          ? html`<button type="button" class="more" aria-expanded=${this.expanded} aria-controls="more"
              @click=${() => (this.expanded = !this.expanded)}>${this.expanded ? m.showFewer : m.showMore}</button>
            <div id="more">${this.expanded ? render(visible.filter((id) => !COMPACT_SECTIONS.has(id))) : nothing}</div>`
          : nothing
      }
      ${this.#renderLearnMore(data)}
      ${this.#renderCodes(data)}
      ${renderSource(data.meta, sources, this.locale, this.messages)}
    </section>`;
  }

  #renderLearnMore(data: OccupationData) {
    const {occupation} = data;
    if (occupation.kind !== 'onet') return nothing;
    const href = safeUrl(`https://www.onetonline.org/link/summary/${encodeURIComponent(occupation.code)}`);
    const m = this.messages;
    return href
      ? html`<p class="learn-more"><a href=${href} rel="noopener" target="_blank">${sentence(m, m.learnMore, titleArg(data, m, this.language))}</a></p>`
      : nothing;
  }

  /** The occupation's codes, for professionals: beside the sources rather than between the title and what the job is. */
  #renderCodes({occupation}: OccupationData) {
    const m = this.messages;
    const codes = occupation.kind === 'onet' ? `${m.onetCode(occupation.code)} · ${m.socCode(occupation.soc)}` : m.socCode(occupation.soc);
    return html`<p class="codes">${m.occupationCodes(codes)}</p>`;
  }

  #renderHeader(data: OccupationData, level: number) {
    const {occupation, resolution} = data;
    const m = this.messages;
    const alternatives = resolution.alternatives.filter((a) => a.kind === 'onet');
    // What workers call the job (O*NET's reported titles) before the long, alphabetical list of alternate titles.
    const reported = occupation.reportedTitles ?? [];
    const alsoCalled = (reported.length ? reported : occupation.alternateTitles).slice(0, ALSO_CALLED);
    const others = occupation.alternateTitles.filter((t) => !alsoCalled.includes(t));
    const {title} = occupationText(data, m, this.language);
    return html`<header>
      ${heading(level, this.heading || html`<span lang=${title.lang}>${title.text}</span>`, 'title')}
      ${resolution.fallback ? html`<p class="note">${m.fallbackCode(resolution.requested, occupation.code)}</p>` : nothing}
      ${this.contentLang ? html`<p class="note english-only">${m.englishOnly}</p>` : nothing}
      ${alsoCalled.length ? html`<p class="also">${m.alsoCalled}: <span lang=${dataLang(m)}>${alsoCalled.join(', ')}</span></p>` : nothing}
      ${
        others.length
          ? html`<details class="titles"><summary>${m.moreTitles(others.length)}</summary><p lang=${dataLang(m)}>${others.join(', ')}</p></details>`
          : nothing
      }
      ${
        alternatives.length
          ? html`<div class="note">
            ${m.alternatives(occupation.soc)}
            <ul class="related" lang=${dataLang(m)}>
              ${[resolution.entry, ...alternatives]
                .sort((a, b) => (a.code < b.code ? -1 : 1))
                .map(
                  (a) => html`<li><button type="button" class="link" aria-current=${a.code === occupation.code}
                    @click=${() => this.#select(a.code, 'alternative')}>${a.title}</button></li>`,
                )}
            </ul>
          </div>`
          : nothing
      }
    </header>`;
  }

  async #select(code: string, via: CareerSelectVia) {
    if (code === this.dataOnShow?.occupation.code) return;
    if (!emit(this, 'career-select', {occupation: code, via})) return;
    this.occupation = code;
    // Keep keyboard users in place: move focus to the new title once it renders.
    await this.updateComplete; // the task starts during this update...
    await this.data.taskComplete.catch(() => undefined);
    await this.updateComplete; // ...and this one renders its result
    const title = this.renderRoot.querySelector<HTMLElement>('#title');
    if (title) {
      title.tabIndex = -1;
      title.focus();
    }
  }
}

defineElement('career-profile', CareerProfile);

declare global {
  interface HTMLElementTagNameMap {
    'career-profile': CareerProfile;
  }
}
