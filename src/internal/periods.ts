import type {DatasetMeta} from '../data/dataset-types.js';
import {formatMonth} from './locale.js';
import type {Messages} from './messages.js';
import './messages/figure-terms.js'; // the figures' shared words (see messages.ts)

/**
 * The periods figures are labelled with, in the widget's language: a wage survey's month ("May 2025",
 * "mayo de 2025", from its source date) and the projections' span ("2024–34", "2024-2034").
 */
export function surveyPeriod(meta: DatasetMeta, locale: string, id: 'oews' | 'oews-previous' = 'oews'): string {
  const date = meta.sources.find((s) => s.id === id)?.date;
  return date ? formatMonth(date, locale) : id === 'oews' ? meta.wages.period : meta.wages.previousPeriod;
}

/** The projection period from its base and projected years (the dataset's `2024-34` is BLS's English short form). */
export function projectionPeriod(meta: DatasetMeta, m: Messages): string {
  const to = String(meta.projections.projectedYear);
  return m.projectionPeriod(String(meta.projections.baseYear), to, to.slice(-2));
}
