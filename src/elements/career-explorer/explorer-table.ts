import {html, nothing} from 'lit';
import {type CareerRow, type CareerSort, medianOn, type PayBasis, SORT_KEYS, type SortKey} from '../../data/career-list.js';
import type {DatasetMeta} from '../../data/dataset-types.js';
import {dataLang, InEnglish, markedSentence, term} from '../../internal/content.js';
import type {Footnotes} from '../../internal/footnotes.js';
import {formatChange, formatNumber, formatPay} from '../../internal/locale.js';
import type {Messages} from '../../internal/messages.js';
import {capitalize, preparationLevel} from '../../internal/preparation.js';

/** What a row's cells and the column headers need besides the row. */
export interface TableContext {
  meta: DatasetMeta;
  m: Messages;
  locale: string;
  pay: PayBasis;
  sort: CareerSort;
  /** The region's name, or "United States". */
  area: string;
  notes: Footnotes;
  /** The code of the career chosen last, marked `aria-current`. */
  chosen: string | undefined;
  onSort: (key: SortKey) => void;
  onChoose: (row: CareerRow) => void;
}

/** A column's header text (median pay names its basis; jobs name the region). */
export function columnLabel(key: SortKey, c: Pick<TableContext, 'm' | 'pay' | 'area'>): string {
  if (key === 'median') return `${c.m.explorerColumn.median}, ${c.m.explorerMedianBasis[c.pay]}`;
  if (key === 'employment') return c.m.explorerJobsIn(c.area);
  return c.m.explorerColumn[key];
}

/** "Sorted by median pay, per year, highest first." */
export function orderText(c: Pick<TableContext, 'm' | 'pay' | 'area' | 'sort'>): string {
  const {key, direction} = c.sort;
  const label = columnLabel(key, c);
  // Only the first letter lowered: "jobs in Minnesota", "vacantes al año, EE. UU." keep their capitals.
  const inSentence = label.charAt(0).toLocaleLowerCase(c.m.lang) + label.slice(1);
  return c.m.explorerOrder(inSentence, c.m.explorerDirection[key === 'title' ? 'title' : 'figure'][direction]);
}

/** BLS publishes employment in thousands: whole jobs (14.2 -> 14,200), as the profile shows them. */
const jobs = (thousands: number, locale: string) => formatNumber(Math.round(thousands * 1000), locale);

/**
 * The median on the basis shown; a career BLS publishes on the other basis only shows that one, named; a top-coded
 * median shows as "$239,200 or more"; a missing one says why in a note.
 */
export function payText(row: CareerRow, c: Pick<TableContext, 'm' | 'locale' | 'pay' | 'meta' | 'notes'>) {
  const {m, locale, pay} = c;
  const value = pay === 'annual' ? row.annualMedian : row.hourlyMedian;
  if (value !== null) return formatPay(value, pay, locale);
  const field = pay === 'annual' ? 'annual.median' : 'hourly.median';
  if (row.status[field] === 'top-coded') return m.atLeast(formatPay(c.meta.wages.topCode[pay], pay, locale));
  if (pay === 'annual' && row.hourlyMedian !== null) return m.perHour(formatPay(row.hourlyMedian, 'hourly', locale));
  if (pay === 'hourly' && row.annualMedian !== null) return m.explorerPerYear(formatPay(row.annualMedian, 'annual', locale));
  return html`${m.notAvailable}${row.status[field] === 'not-available' ? c.notes.mark(m.notPublished) : nothing}`;
}

export function growthText(row: CareerRow, m: Messages, locale: string): string {
  if (row.comparison === null || row.percentChange === null) return m.noProjection;
  return m.explorerGrowth(m.outlookWords[row.comparison], formatChange(row.percentChange, locale));
}

/** The figures of a row as the CSV and the chart give them, and the table cells show them. */
export function cells(row: CareerRow, c: TableContext) {
  const {m, locale} = c;
  return {
    median: payText(row, c),
    employment: row.employment === null ? m.notAvailable : formatNumber(row.employment, locale),
    growth: growthText(row, m, locale),
    openings: row.annualOpenings === null ? m.noProjection : jobs(row.annualOpenings, locale),
    education: row.education === null ? m.notAvailable : term(m, row.education),
    // O*NET's job zone as the level of preparation the profile and the comparison show ("Level 3 of 5 (medium)").
    'job-zone': row.jobZone === null ? m.notAvailable : capitalize(preparationLevel(m, row.jobZone, c.meta.jobZones), locale),
  };
}

/**
 * The list as one table: sortable column headers (`aria-sort` on the sorted one), one row per career with its
 * name as a row header. In a narrow container the rows stack into labelled blocks (each cell's `data-label`),
 * and the headers' buttons give way to the "Sort by" control, so no hidden control takes focus.
 */
export function renderTable(rows: readonly CareerRow[], caption: string, c: TableContext) {
  const {sort} = c;
  // Built now, not when Lit renders them: each row's note marks must exist before the notes list is rendered.
  // Not keyed by career: a new order or filter then rewrites the text of the rows already on the page instead of
  // building a row for each career that moved in (a sort replaces most of the twenty), which took most of a change.
  const labels = Object.fromEntries(SORT_KEYS.map((key) => [key, columnLabel(key, c)])) as Record<SortKey, string>;
  const body = rows.map((row) => renderRow(row, c, labels));
  return html`<table part="table" class="careers">
    <caption>${caption}</caption>
    <thead>
      <tr>
        ${SORT_KEYS.map((key) => {
          const label = labels[key];
          const sorted = sort.key === key;
          return html`<th scope="col" class=${key} aria-sort=${sorted ? sort.direction : nothing}>
            <button type="button" class="sort" part="sort" @click=${() => c.onSort(key)}
              >${label}<span class="arrow" aria-hidden="true">${sorted ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span></button
            ><span class="plain visually-hidden">${label}</span>
          </th>`;
        })}
      </tr>
    </thead>
    <tbody>
      ${body}
    </tbody>
  </table>`;
}

/**
 * One career. Its cells are written out in one template rather than mapped from the columns, which made a
 * hundred and twenty more templates for Lit to build and fill when twenty careers first show.
 */
function renderRow(row: CareerRow, c: TableContext, labels: Readonly<Record<SortKey, string>>) {
  const {m} = c;
  const figures = cells(row, c);
  const subject = row.subject;
  return html`<tr>
    <th scope="row" class="title">
      <button type="button" class="name" part="career-name" data-code=${row.code} aria-current=${c.chosen === row.code ? 'true' : 'false'}
        @click=${() => c.onChoose(row)}><span lang=${dataLang(m)}>${row.title}</span></button
      >${subject ? figuresMark(row, c) : nothing}
      ${row.bright ? html`<span class="bright" part="bright">${m.explorerBrightMark}</span>` : nothing}
    </th>
    <td class="median" data-label=${labels.median}>${figures.median}</td
    ><td class="employment" data-label=${labels.employment}>${figures.employment}</td
    ><td class="growth" data-label=${labels.growth}>${figures.growth}</td
    ><td class="openings" data-label=${labels.openings}>${figures.openings}</td
    ><td class="education" data-label=${labels.education}>${figures.education}</td
    ><td class="job-zone" data-label=${labels['job-zone']}>${figures['job-zone']}</td>
  </tr>`;
}

/** The note of whose figures a row shows, the BLS title (English data) marked `lang="en"` in another language. */
function figuresMark(row: CareerRow, c: TableContext) {
  const subject = row.subject!;
  const note = markedSentence(c.m, c.m.explorerFiguresFor[subject.reason], subject.code, new InEnglish(subject.title));
  return c.notes.mark(note.text, note.content);
}

/** The median the list sorts and filters by, for the chart and the CSV (a top-coded one counts as the top code). */
export const sortMedian = (row: CareerRow, pay: PayBasis, meta: DatasetMeta) => medianOn(row, pay, meta.wages.topCode);
