import {html, nothing} from 'lit';
import {live} from 'lit/directives/live.js';
import {
  type CareerFilters,
  type CareerSort,
  defaultDirection,
  OUTLOOK_ORDER,
  type Range,
  SORT_KEYS,
  type SortDirection,
  type SortKey,
} from '../../data/career-list.js';
import type {DatasetIndex, DatasetMeta, OutlookComparison, RiasecKey} from '../../data/dataset-types.js';
import {EDUCATION_LEVELS} from '../../data/education-levels.js';
import {ownText, term} from '../../internal/content.js';
import type {Messages} from '../../internal/messages.js';
import {capitalize, preparationLevel} from '../../internal/preparation.js';

export interface FilterContext {
  filters: CareerFilters;
  sort: CareerSort;
  meta: DatasetMeta;
  majorGroups: DatasetIndex['majorGroups'];
  m: Messages;
  /** `typing`: a change made while typing in a box (the URL then changes in place rather than adding an entry). */
  onChange: (filters: CareerFilters, typing?: boolean) => void;
  onSort: (sort: CareerSort) => void;
  onClear: () => void;
  /** Label of a column, as the table's header says it. */
  columnLabel: (key: SortKey) => string;
}

const RIASEC: readonly RiasecKey[] = ['R', 'I', 'A', 'S', 'E', 'C'];

const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
const checked = (event: Event) => (event.target as HTMLInputElement).checked;

/** A vocabulary term in the widget's language when the catalog has it (option text can hold no markup). */
const termText = (m: Messages, text: string) => ownText(m.terms, text) || text;

/**
 * The filter controls (`filters`): every one a native form control with a visible label, so keyboard and screen
 * reader use need nothing extra. Each change applies at once (the list and its count update; the count is
 * announced by the element). Fields and interests allow several at once; the others are one choice each.
 */
export function renderFilters(c: FilterContext) {
  const {filters: f, m} = c;
  const set = (patch: Partial<CareerFilters>, typing = false) => c.onChange({...f, ...patch}, typing);
  const edu = f.education;
  const rangeOf = (min: number, max: number): Range | null =>
    min <= 0 && max >= EDUCATION_LEVELS.length - 1 ? null : {min: Math.min(min, max), max: Math.max(min, max)};
  return html`<form part="filters" class="filters" aria-label=${m.explorerFilters} @submit=${(e: Event) => e.preventDefault()}>
    <details class="fields">
      <summary>${m.explorerField}: ${m.explorerFieldsChosen(f.majors.length)}</summary>
      <fieldset>
        <legend class="visually-hidden">${m.explorerField}</legend>
        ${c.majorGroups.map((group) => {
          const code = group.code.slice(0, 2);
          const on = f.majors.includes(code);
          return html`<label class="check"><input type="checkbox" .checked=${live(on)}
            @change=${(e: Event) => set({majors: checked(e) ? [...f.majors, code].sort() : f.majors.filter((x) => x !== code)})}
          /><span>${term(m, group.title)}</span></label>`;
        })}
      </fieldset>
    </details>
    <label>
      <span>${m.explorerEducationFrom}</span>
      <select @change=${(e: Event) => set({education: rangeOf(Number(value(e)), edu?.max ?? EDUCATION_LEVELS.length - 1)})}>
        ${EDUCATION_LEVELS.map((level, rank) => html`<option value=${rank} ?selected=${(edu?.min ?? 0) === rank}>${termText(m, level.bls)}</option>`)}
      </select>
    </label>
    <label>
      <span>${m.explorerEducationTo}</span>
      <select @change=${(e: Event) => set({education: rangeOf(edu?.min ?? 0, Number(value(e)))})}>
        ${EDUCATION_LEVELS.map((level, rank) => html`<option value=${rank} ?selected=${(edu?.max ?? EDUCATION_LEVELS.length - 1) === rank}>${termText(m, level.bls)}</option>`)}
      </select>
    </label>
    <label>
      <span>${m.explorerJobZone}</span>
      <select @change=${(e: Event) => {
        const zone = Number(value(e));
        set({jobZone: zone ? {min: zone, max: zone} : null});
      }}>
        <option value="0" ?selected=${!f.jobZone}>${m.explorerAny}</option>
        ${f.jobZone && f.jobZone.min !== f.jobZone.max ? html`<option value="0" selected>${f.jobZone.min}–${f.jobZone.max}</option>` : nothing}
        ${c.meta.jobZones.map((z) => html`<option value=${z.zone} ?selected=${f.jobZone?.min === z.zone && f.jobZone.max === z.zone}>${capitalize(preparationLevel(m, z.zone, c.meta.jobZones), m.lang)}</option>`)}
      </select>
    </label>
    <label>
      <span>${m.explorerMinPay(m.explorerMedianBasis[f.pay])}</span>
      <input type="number" inputmode="decimal" min="0" step=${f.pay === 'hourly' ? '1' : '1000'} .value=${live(f.minPay === null ? '' : String(f.minPay))}
        @change=${(e: Event) => {
          const pay = Number(value(e));
          set({minPay: value(e).trim() && Number.isFinite(pay) && pay > 0 ? pay : null});
        }} />
    </label>
    <label>
      <span>${m.explorerOutlookAtLeast}</span>
      <select @change=${(e: Event) => set({outlook: (value(e) || null) as OutlookComparison | null})}>
        <option value="" ?selected=${!f.outlook}>${m.explorerAny}</option>
        ${[...OUTLOOK_ORDER].reverse().map((band) => html`<option value=${band} ?selected=${f.outlook === band}>${m.outlookWords[band]}</option>`)}
      </select>
    </label>
    <fieldset class="interests">
      <legend>${m.explorerInterests}</legend>
      ${RIASEC.map(
        (letter) => html`<label class="check"><input type="checkbox" .checked=${live(f.interests.includes(letter))}
        @change=${(e: Event) => set({interests: RIASEC.filter((l) => (l === letter ? checked(e) : f.interests.includes(l)))})}
      />${m.riasec[letter]}</label>`,
      )}
    </fieldset>
    <label class="check bright-filter"><input type="checkbox" .checked=${live(f.bright)} @change=${(e: Event) => set({bright: checked(e)})} />${m.explorerBright}</label>
    <label>
      <span>${m.explorerQuery}</span>
      <input type="search" autocomplete="off" .value=${live(f.query)} @input=${(e: Event) => set({query: value(e).slice(0, 200)}, true)} />
    </label>
    ${renderSortControls(c)}
    <button type="button" class="clear" @click=${c.onClear}>${m.explorerClear}</button>
  </form>`;
}

/**
 * "Sort by" and its order as selects: the way to sort in a narrow container, where the column headers are hidden,
 * and a second way everywhere for those who prefer a form.
 */
export function renderSortControls(c: Pick<FilterContext, 'sort' | 'm' | 'onSort' | 'columnLabel'>) {
  const {sort, m} = c;
  const orderWords = m.explorerDirection[sort.key === 'title' ? 'title' : 'figure'];
  return html`<div class="sorting">
    <label>
      <span>${m.explorerSortBy}</span>
      <select @change=${(e: Event) => {
        const key = value(e) as SortKey;
        c.onSort({key, direction: defaultDirection(key)});
      }}>
        ${SORT_KEYS.map((key) => html`<option value=${key} ?selected=${sort.key === key}>${c.columnLabel(key)}</option>`)}
      </select>
    </label>
    <label>
      <span>${m.explorerOrderLabel}</span>
      <select @change=${(e: Event) => c.onSort({key: sort.key, direction: value(e) as SortDirection})}>
        ${(['descending', 'ascending'] as const).map((d) => html`<option value=${d} ?selected=${sort.direction === d}>${orderWords[d]}</option>`)}
      </select>
    </label>
  </div>`;
}
