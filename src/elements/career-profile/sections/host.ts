import {html, nothing} from 'lit';
import type {Certification, HostProgram, LocalWageRow} from '../../../data/overlay-types.js';
import {FULL_PERCENTILES, type PercentileKey} from '../../../data/wage-model.js';
import {renderHostSource} from '../../../internal/host-content.js';
import {formatMonth, formatPay} from '../../../internal/locale.js';
import {safeUrl} from '../../../internal/safe-url.js';
import {renderWageLabel} from '../../../internal/wage-cell.js';
import type {SectionContext, SectionRenderer} from './section.js';

/** The host's own programs (overlay), as cards with their facts and a link; marked as the host's. */
export function hostPrograms(programs: readonly HostProgram[], {host, messages: m}: SectionContext) {
  if (!host || !programs.length) return nothing;
  return html`<div class="host" part="host">
    <p class="host-label">${m.hostPrograms(host.host.name)}</p>
    <ul class="host-programs">
      ${programs.map((p) => {
        const href = safeUrl(p.url);
        const facts: [string, string | undefined][] = [
          [m.credential, p.credential],
          [m.programLength, p.length],
          [m.programCost, p.cost],
          [m.delivery, p.delivery],
        ];
        return html`<li>
          <p class="host-program-name">${href ? html`<a href=${href} aria-label=${m.programPage(p.name)}>${p.name}</a>` : p.name}</p>
          <dl class="facts">
            ${facts.filter(([, v]) => v).map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}
          </dl>
        </li>`;
      })}
    </ul>
  </div>`;
}

/** Certifications come only from the host (no public per-occupation list exists): hidden when there are none. */
export const certifications: SectionRenderer = (context) => {
  const {host, messages: m, locale} = context;
  if (!host?.certifications.length) return null;
  return html`<div class="host" part="host">
    <ul>${host.certifications.map((c) => certification(c, context))}</ul>
    ${renderHostSource(host.host, host.updated, m, locale)}
  </div>`;
};

function certification(c: Certification, {messages: m}: SectionContext) {
  const href = safeUrl(c.url);
  return html`<li>${href ? html`<a href=${href}>${c.name}</a>` : c.name}${c.issuer ? html` <span class="note">(${m.issuedBy(c.issuer)})</span>` : nothing}</li>`;
}

/** The host's local notes and local wage rows (for an area the public data lacks), marked as the host's. */
export const local: SectionRenderer = (context) => {
  const {host, messages: m, locale} = context;
  if (!host || (!host.notes.length && !host.wages.length)) return null;
  return html`<div class="host" part="host">
    ${host.notes.map((n) => html`<p>${n}</p>`)}
    ${host.wages.length ? localWages(host.wages, context) : nothing}
    ${renderHostSource(host.host, host.updated, m, locale)}
  </div>`;
};

function localWages(rows: readonly LocalWageRow[], {host, messages: m, locale}: SectionContext) {
  const keys = FULL_PERCENTILES.filter((k) => rows.some((r) => r[k] !== undefined));
  const pay = (row: LocalWageRow, key: PercentileKey) => {
    const value = row[key];
    const basis = row.basis ?? 'annual';
    return value === undefined ? m.notAvailable : formatPay(value, basis, locale);
  };
  return html`<div class="table-scroll"><table part="table" class="local-wages">
    <caption>${m.localWagesCaption(host!.host.name)}</caption>
    <thead><tr><th scope="col">${m.area}</th>${keys.map((k) => html`<th scope="col">${renderWageLabel(k, m)}</th>`)}</tr></thead>
    <tbody>
      ${rows.map(
        (r) => html`<tr>
        <th scope="row">${r.label} <span class="note">(${m.wageBasis[r.basis ?? 'annual']}; ${m.wageSource(r.source, formatMonth(r.date, locale))})</span></th>
        ${keys.map((k) => html`<td data-label=${m.wageLevel[k]}>${pay(r, k)}</td>`)}
      </tr>`,
      )}
    </tbody>
  </table></div>`;
}
