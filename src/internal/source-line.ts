import {html, nothing} from 'lit';
import type {DatasetMeta} from '../data/dataset-types.js';
import {formatMonth} from './locale.js';
import {safeUrl} from './safe-url.js';

export type SourceKey = 'onet' | 'wages' | 'projections';

/** `meta.sources` id whose page each attribution links to. */
const LINKED_SOURCE: Record<SourceKey, string> = {onet: 'onet', wages: 'oews', projections: 'projections'};

/**
 * The attribution line shown under every block of O*NET or BLS data: the licence requires it (O*NET is
 * CC BY 4.0), and visitors trust a figure more when its source and date are beside it.
 */
export function renderSource(meta: DatasetMeta, keys: readonly SourceKey[], locale: string) {
  return html`<p part="source" class="source">
    ${keys.map((key) => {
      const source = meta.sources.find((s) => s.id === LINKED_SOURCE[key]);
      const href = safeUrl(source?.url);
      const license = key === 'onet' ? safeUrl(source?.licenseUrl) : null;
      return html`<span class="source-item"
        >${meta.attribution[key]}${key === 'onet' && source ? ` (${formatMonth(source.date, locale)})` : ''}
        ${href ? html`<a href=${href} rel="noopener" target="_blank">${new URL(href).hostname}</a>` : nothing}
        ${license ? html`<a href=${license} rel="noopener license" target="_blank">CC BY 4.0</a>` : nothing}</span
      >`;
    })}
  </p>`;
}
