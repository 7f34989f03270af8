import {html, nothing, type TemplateResult} from 'lit';
import type {OccupationData} from '../../data/dataset.js';
import type {DatasetMeta, RiasecKey} from '../../data/dataset-types.js';
import type {FigureSection} from '../../data/figures-subject.js';
import {type PayBasis, regionRow, STANDARD_PERCENTILES} from '../../data/wage-model.js';
import {dataLang, InEnglish, markedSentence, term} from '../../internal/content.js';
import {figuresNote} from '../../internal/figures-note.js';
import type {Footnotes} from '../../internal/footnotes.js';
import {formatChange, formatNumber} from '../../internal/locale.js';
import type {Messages} from '../../internal/messages.js';
import {projectionPeriod, surveyPeriod} from '../../internal/periods.js';
import {capitalize, preparationLevel} from '../../internal/preparation.js';
import {renderWageCell, renderWageLabel} from '../../internal/wage-cell.js';

/** One row of the comparison: a header and, per career, a cell. The wide table and the narrow cards render the same rows. */
export interface CompareRow {
  key: string;
  label: string | TemplateResult;
  cell: (career: OccupationData) => TemplateResult | string;
}

export interface RowContext {
  meta: DatasetMeta;
  messages: Messages;
  locale: string;
  notes: Footnotes;
  basis: PayBasis;
  /** Region whose wage rows are shown (`US` for the nation or an unknown region). */
  region: string;
  regionName: string;
}

const TOP = 5;
const RIASEC: readonly RiasecKey[] = ['R', 'I', 'A', 'S', 'E', 'C'];

export function compareRows(context: RowContext): CompareRow[] {
  const {meta, messages: m, locale, notes, basis, region, regionName} = context;
  // BLS publishes per SOC code: where a career's figures are another code's, each such cell names that code.
  const whose = (career: OccupationData, section: FigureSection) => {
    const note = figuresNote(m, career.occupation, section);
    return note ? notes.mark(note.text, note.content) : nothing;
  };
  const wageRow = (career: OccupationData) => {
    const {row, national} = regionRow(career.occupation, region);
    const mark = () => {
      if (!national) return nothing;
      const note = markedSentence(m, m.compareNational, new InEnglish(career.occupation.title), regionName);
      return notes.mark(note.text, note.content);
    };
    return {row, mark};
  };
  const cellContext = {notes, messages: m, locale, topCode: meta.wages.topCode};
  // A function, not a value: marking registers the note, which only a cell that shows it may do.
  const unavailable = () => html`${m.notAvailable}${notes.mark(m.notPublished)}`;

  const wages: CompareRow[] = STANDARD_PERCENTILES.map((key) => ({
    key,
    label: renderWageLabel(key, m),
    cell: (career) => {
      const {row, mark} = wageRow(career);
      return row ? html`${renderWageCell(row, basis, key, cellContext)}${mark()}${whose(career, 'wages')}` : unavailable();
    },
  }));
  return [
    ...wages,
    {
      key: 'employment',
      label: m.employmentRegion(regionName, surveyPeriod(meta, locale)),
      cell: (career) => {
        const {row, mark} = wageRow(career);
        return row?.employment != null ? html`${formatNumber(row.employment, locale)}${mark()}${whose(career, 'wages')}` : unavailable();
      },
    },
    {
      key: 'outlook',
      label: m.outlookRow(projectionPeriod(meta, m)),
      cell: (career) => {
        const o = career.occupation.outlook;
        return o ? html`${m.outlookShort[o.comparison]} (${formatChange(o.percentChange, locale)})${whose(career, 'outlook')}` : m.notAvailable;
      },
    },
    {
      key: 'education',
      label: m.typicalEntry,
      cell: (career) => {
        const bls = career.occupation.education.bls;
        return bls ? html`${term(m, bls.typicalEntry)}${whose(career, 'education')}` : m.notAvailable;
      },
    },
    {
      key: 'job-zone',
      label: m.preparationNeeded,
      cell: ({occupation}) => (occupation.jobZone === null ? m.notAvailable : capitalize(preparationLevel(m, occupation.jobZone, meta.jobZones), locale)),
    },
    {
      key: 'skills',
      label: m.topSkills,
      cell: (career) => html`${skills(career, m, notes)}${career.occupation.skills?.length ? nothing : whose(career, 'blsSkills')}`,
    },
    {
      key: 'knowledge',
      label: m.topKnowledge,
      cell: ({occupation}) => (occupation.knowledge?.length ? list(topRated(occupation.knowledge), m) : m.notRated),
    },
    {
      key: 'interests',
      label: m.compareInterests,
      cell: ({occupation}) => {
        const high = [...(occupation.interests?.highPoint ?? '')].filter((k): k is RiasecKey => RIASEC.includes(k as RiasecKey));
        return high.length ? high.map((k) => m.riasec[k]).join(', ') : m.notAvailable;
      },
    },
    // Codes are for professionals: last, out of a student's way, still in the table.
    {
      key: 'code',
      label: m.occupationCode,
      cell: ({occupation}) => (occupation.kind === 'onet' ? m.onetCode(occupation.code) : m.socCode(occupation.soc)),
    },
  ];
}

const topRated = (elements: {name: string; importance: number}[]) =>
  [...elements]
    .sort((a, b) => b.importance - a.importance)
    .slice(0, TOP)
    .map((e) => e.name);

/** O*NET's element names (English data, marked so in another language). */
const list = (names: string[], m: Messages) => html`<ol class="top" lang=${dataLang(m)}>${names.map((n) => html`<li>${n}</li>`)}</ol>`;

/** O*NET's most important skills; where O*NET has not rated them, BLS's highest skill ranks (a fixed vocabulary the catalog translates), marked as such. */
function skills({occupation}: OccupationData, m: Messages, notes: Footnotes) {
  if (occupation.skills?.length) return list(topRated(occupation.skills), m);
  if (occupation.blsSkills?.length) {
    const names = [...occupation.blsSkills]
      .sort((a, b) => b.percentile - a.percentile)
      .slice(0, TOP)
      .map((s) => s.name);
    const note = markedSentence(m, m.compareBlsSkills, new InEnglish(occupation.title));
    return html`<ol class="top">${names.map((n) => html`<li>${term(m, n)}</li>`)}</ol>${notes.mark(note.text, note.content)}`;
  }
  return m.notRated;
}
