import {html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {OccupationData} from '../../data/dataset.js';
import type {BlsSkill, RatedElement} from '../../data/dataset-types.js';
import {CareerElement} from '../../internal/career-element.js';
import {defineElement} from '../../internal/define.js';
import {dataLang, sentence, term, titleArg} from '../../internal/content.js';
import {renderFiguresNote} from '../../internal/figures-note.js';
import {heading} from '../../internal/heading.js';
import {formatNumber, formatScore} from '../../internal/locale.js';
import type {SourceKey} from '../../internal/source-line.js';
import {skillListStyles} from './skill-list.styles.js';
import {blsRankText, importanceWord, levelWord} from './skill-words.js';
import '../../internal/messages/skill-list.js'; // this element's English strings (see messages.ts)
import {farStyles} from '../../internal/far.styles.js';

export type SkillKind = 'skills' | 'knowledge';

/**
 * An occupation's skills or knowledge areas from O*NET, ranked by importance (1-5), with level (0-7), each figure
 * with its meaning in words ("4.2 of 5 (very important)"), and each element's description on demand. Where O*NET
 * has not rated the occupation, the skills list shows BLS's skill percentile ranks instead, in words ("High: used
 * more than in 88 of 100 jobs"), labelled as a stand-in (and with the code they belong to when that is not the
 * occupation's own). Estimates O*NET flags as low precision are marked; such levels are left out, said so.
 *
 * @summary Ranked O*NET skills or knowledge for an occupation.
 *
 * @slot - Fallback content, shown before the script loads and when the data cannot be loaded.
 *
 * @csspart base - The widget's outer wrapper.
 * @csspart heading - The heading.
 * @csspart list - The ranked list.
 * @csspart source - The source and date line.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message (`role="alert"`).
 * @csspart empty - The message shown when there is nothing to show.
 *
 * @cssprop --cw-color-accent - Links, focus ring (default: blue, lighter on a page with `color-scheme: dark`).
 * @cssprop --cw-color-accent-2 - Edge of the note shown when the bundled data stands in (`fallback="bundled"`).
 * @cssprop --cw-color-text - Text colour (default: inherited).
 * @cssprop --cw-color-muted - Secondary text (default: the text colour at 75%, readable on light and dark pages).
 * @cssprop --cw-color-border - Rules between items.
 * @cssprop --cw-color-surface - Background (default: transparent).
 * @cssprop --cw-color-error - Error state border.
 * @cssprop --cw-font-family - Font (default: inherited).
 * @cssprop --cw-radius - Corner radius.
 * @cssprop --cw-space - Space below the widget when something follows it (1.5 times this; default 1em).
 * @cssprop --cw-loading-height - Height reserved while loading, also before the code has arrived (default 36em, about ten items).
 *
 * @event career-load - Data rendered; `detail: {occupation, title, region}`.
 * @event career-error - Error state shown; `detail: {kind, message}`.
 */
export class SkillList extends CareerElement {
  static override styles = [CareerElement.styles, skillListStyles, farStyles];

  /** `skills` (default) or `knowledge`. */
  @property({reflect: true}) kind: SkillKind = 'skills';

  /** How many items to show before "Show all" (default 10; 0 shows all). */
  @property({type: Number}) limit = 10;

  @state() private expanded = false;

  get sourceIds(): readonly SourceKey[] {
    const data = this.dataOnShow;
    return data && this.#standIn(data) ? ['projections'] : ['onet'];
  }

  protected emptyMessage(data: OccupationData): string | null {
    if (this.#rated(data)?.length || this.#standIn(data)?.length) return null;
    return this.kind === 'knowledge' ? this.messages.noKnowledge : this.messages.noSkills;
  }

  #rated({occupation}: OccupationData): RatedElement[] | null {
    return this.kind === 'knowledge' ? occupation.knowledge : occupation.skills;
  }

  /** BLS ranks stand in for O*NET skills (never for knowledge, which BLS does not rank). */
  #standIn({occupation}: OccupationData): BlsSkill[] | null {
    return this.kind === 'skills' && !occupation.skills?.length && occupation.blsSkills?.length ? occupation.blsSkills : null;
  }

  protected renderContent(data: OccupationData) {
    const m = this.messages;
    const title = this.heading || sentence(m, this.kind === 'knowledge' ? m.knowledgeHeading : m.skillsHeading, titleArg(data, m, this.language));
    const standIn = this.#standIn(data);
    const items = standIn
      ? [...standIn].sort((a, b) => b.percentile - a.percentile || compare(a.name, b.name)).map((s) => this.#renderBls(s))
      : (this.#rated(data) ?? []).map((e) => this.#renderRated(e, data.meta.elements[e.id]?.description));
    const limit = this.limit > 0 && !this.expanded ? this.limit : items.length;
    const flagged = !standIn && (this.#rated(data) ?? []).slice(0, limit).some((e) => e.lowPrecision?.length);
    return this.frame(
      'heading',
      html`
      ${heading(this.headingLevel, title, 'heading')}
      ${
        standIn
          ? html`<p class="note">${m.blsStandIn}</p>${renderFiguresNote(m, data.occupation, 'blsSkills')}`
          : html`<p class="note">${m.ratingHelp}</p>${this.contentLang ? html`<p class="note">${m.englishOnly}</p>` : nothing}`
      }
      <ol part="list">${items.slice(0, limit)}</ol>
      ${flagged ? html`<p class="note">${m.lowPrecisionList}</p>` : nothing}
      ${
        items.length > this.limit && this.limit > 0
          ? html`<button type="button" class="more" aria-expanded=${this.expanded} @click=${() => (this.expanded = !this.expanded)}>
            ${this.expanded ? m.showFewer : m.showAll(items.length)}
          </button>`
          : nothing
      }
      ${this.attribution(data.meta)}
    `,
    );
  }

  #renderRated(element: RatedElement, description: string | undefined) {
    const m = this.messages;
    const importance = formatScore(element.importance, this.locale);
    const level = element.level === null ? null : formatScore(element.level, this.locale);
    const flags = element.lowPrecision ?? [];
    const value = [
      m.importanceValue(
        importance,
        [m.importanceWords[importanceWord(element.importance)], ...(flags.includes('importance') ? [m.lowPrecision] : [])].join('; '),
      ),
      level ? m.levelValue(level, m.levelWords[levelWord(element.level!)]) : flags.includes('level') ? m.levelLeftOut : '',
    ]
      .filter(Boolean)
      .join(', ');
    const summary = html`<span class="name" lang=${dataLang(m)}>${element.name}</span>
      <meter min="1" max="5" value=${element.importance} aria-hidden="true"></meter>
      <span class="value">${value}</span>`;
    // A dataset without the description (a host's own, older one) still lists the element, just not as a disclosure.
    return description
      ? html`<li><details><summary>${summary}</summary><p class="description" lang=${dataLang(m)}>${description}</p></details></li>`
      : html`<li><div class="row">${summary}</div></li>`;
  }

  #renderBls(skill: BlsSkill) {
    return html`<li>
      <div class="bls">
        <span class="name">${term(this.messages, skill.name)}</span>
        <meter min="0" max="100" value=${skill.percentile} aria-hidden="true"></meter>
        <span class="value">${blsRankText(this.messages, skill.percentile, formatNumber(skill.percentile, this.locale))}</span>
      </div>
    </li>`;
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

defineElement('skill-list', SkillList);

declare global {
  interface HTMLElementTagNameMap {
    'skill-list': SkillList;
  }
}
