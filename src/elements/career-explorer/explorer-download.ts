import type {CareerRow} from '../../data/career-list.js';
import type {CareerListData} from '../../data/career-list.js';
import {formatMonth} from '../../internal/locale.js';
import {ownText} from '../../internal/content.js';
import {isEnglish} from '../../internal/messages.js';
import {projectionPeriod} from '../../internal/periods.js';
import {type CsvCell, toCsv} from './explorer-csv.js';
import {columnLabel, orderText, type TableContext} from './explorer-table.js';

/**
 * The whole filtered list (not only the rows "Show more" has revealed) as CSV rows: figures as plain numbers in
 * the units the table shows them (openings as whole jobs a year), text where a figure is missing.
 */
export function csvFor(data: CareerListData, rows: readonly CareerRow[], c: TableContext): string {
  const {m, pay, meta} = c;
  const header = [
    columnLabel('title', c),
    m.explorerCsvCode,
    columnLabel('median', c),
    columnLabel('employment', c),
    m.explorerCsvGrowthPercent(projectionPeriod(meta, m)),
    columnLabel('growth', c),
    columnLabel('openings', c),
    columnLabel('education', c),
    columnLabel('job-zone', c),
    m.explorerBrightMark,
    m.explorerCsvWhoseFigures,
  ];
  const body = rows.map((row): CsvCell[] => {
    const median = pay === 'annual' ? row.annualMedian : row.hourlyMedian;
    const field = pay === 'annual' ? 'annual.median' : 'hourly.median';
    return [
      row.title,
      row.code,
      median ?? (row.status[field] === 'top-coded' ? m.atLeast(String(meta.wages.topCode[pay])) : m.notAvailable),
      row.employment ?? m.notAvailable,
      row.percentChange,
      row.comparison ? m.outlookWords[row.comparison] : m.noProjection,
      row.annualOpenings === null ? null : Math.round(row.annualOpenings * 1000),
      row.education ? (ownText(m.terms, row.education) ?? row.education) : m.notAvailable,
      row.jobZone,
      row.bright ? m.explorerBrightMark : '',
      row.subject ? `${row.subject.code} ${row.subject.title}` : '',
    ];
  });
  const source = (id: string) => meta.sources.find((s) => s.id === id);
  const wagePeriod = formatMonth(source('oews')?.date ?? '', c.locale) || meta.wages.period;
  const projections = meta.projections.period;
  const sources = isEnglish(m)
    ? [meta.attribution.wages, meta.attribution.projections, meta.attribution.onet]
    : [m.sourceWages(wagePeriod), m.sourceProjections(projections), m.sourceOnet(source('onet')?.version ?? '', ''), meta.attribution.onet];
  const notes = [
    m.explorerCaption(c.area, wagePeriod, projections, orderText(c)),
    ...(data.region !== 'US' ? [m.explorerOutlookNational(c.area, projections)] : []),
    ...(rows.some((row) => row.bright) ? [m.explorerBrightHelp] : []),
    `${m.explorerCsvSources}:`,
    ...sources.map((line) => line.trim()),
    ...meta.sources.filter((s) => ['oews', 'projections', 'onet'].includes(s.id)).map((s) => `${s.name}, ${s.version} (${s.date}): ${s.url}`),
  ];
  return toCsv(header, body, notes);
}

/** A file name that says what the list is: `careers-MN-2025-05.csv`. */
export function csvFileName(data: CareerListData): string {
  const date = data.meta.sources.find((s) => s.id === 'oews')?.date ?? '';
  return `careers-${data.region}${date ? `-${date}` : ''}.csv`;
}

/** Saves the list through a temporary link to a Blob (no request leaves the page). The UTF-8 BOM lets Excel read accents. */
export function downloadCsv(host: HTMLElement, data: CareerListData, rows: readonly CareerRow[], c: TableContext): void {
  const blob = new Blob(['\uFEFF', csvFor(data, rows, c)], {type: 'text/csv;charset=utf-8'});
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = csvFileName(data);
  link.hidden = true;
  // In the shadow root, so the host page's own click handlers on links never see it.
  (host.shadowRoot ?? host).append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
