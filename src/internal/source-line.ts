import {html, nothing} from 'lit';
import type {DatasetMeta} from '../data/dataset-types.js';
import {formatMonth} from './locale.js';
import {en, isEnglish, type Messages} from './messages.js';
import {safeUrl} from './safe-url.js';

export type SourceKey = 'onet' | 'wages' | 'projections' | 'programs' | 'videos';

/** `meta.sources` id whose page each attribution links to. */
const LINKED_SOURCE: Record<SourceKey, string> = {onet: 'onet', wages: 'oews', projections: 'projections', programs: 'cip-soc', videos: 'career-videos'};

/**
 * The attribution line shown under every block of O*NET or BLS data: the licence requires it (O*NET is
 * CC BY 4.0), and visitors trust a figure more when its source and date are beside it.
 * In English the dataset's own attribution text is shown as it is. In another language the line is the
 * catalog's translation, built from the dataset's versions and dates, and the O*NET notice keeps its English
 * original one click away (the licence's notice is the English one).
 */
export function renderSource(meta: DatasetMeta, keys: readonly SourceKey[], locale: string, messages: Messages = en) {
  const english = isEnglish(messages);
  return html`<div part="source" class="source">
    ${keys.map((key) => {
      // Programs and videos are optional parts of a dataset: no attribution line, nothing to attribute.
      if (!meta.attribution[key]) return nothing;
      const source = meta.sources.find((s) => s.id === LINKED_SOURCE[key]);
      const href = safeUrl(source?.url);
      const license = key === 'onet' ? safeUrl(source?.licenseUrl) : null;
      return html`<span class="source-item"
        >${english ? meta.attribution[key] : translated(meta, key, locale, messages)}${key === 'onet' && source ? ` (${formatMonth(source.date, locale)})` : ''}
        ${href ? html`<a href=${href} rel="noopener" target="_blank">${new URL(href).hostname}</a>` : nothing}
        ${license ? html`<a href=${license} rel="noopener license" target="_blank">CC BY 4.0</a>` : nothing}
        ${
          key === 'onet' && !english
            ? html`<details class="original"><summary>${messages.originalNotice}</summary><span lang="en">${meta.attribution.onet}</span></details>`
            : nothing
        }</span
      >`;
    })}
  </div>`;
}

function translated(meta: DatasetMeta, key: SourceKey, locale: string, m: Messages): string {
  const source = (id: string) => meta.sources.find((s) => s.id === id);
  switch (key) {
    case 'onet': {
      const ratings = source('onet-ratings');
      return m.sourceOnet(source('onet')?.version ?? '', ratings ? m.onetRatings(ratings.version) : '');
    }
    case 'wages': {
      const oews = source('oews');
      return m.sourceWages(oews ? formatMonth(oews.date, locale) : meta.wages.period);
    }
    case 'projections':
      return m.sourceProjections(source('projections')?.version ?? meta.projections.period);
    case 'programs':
      return m.sourcePrograms;
    case 'videos':
      return m.sourceVideos;
  }
}
