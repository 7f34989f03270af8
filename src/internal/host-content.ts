import {Task} from '@lit/task';
import {html, nothing, type ReactiveControllerHost} from 'lit';
import {isDatasetError} from '../data/errors.js';
import type {HostContent} from '../data/overlay.js';
import type {HostOverlay} from '../data/overlay-types.js';
import {formatMonth} from './locale.js';
import type {Messages} from './messages.js';
import './messages/host-terms.js'; // the host content's words (see messages.ts)
import {pageBase, pageMeta} from './page.js';
import {safeUrl} from './safe-url.js';

/** Name of the `<meta>` tag through which a host gives every widget on the page its own content (overlay) file. */
export const OVERLAY_META_NAME = 'career-widgets-overlay';

interface OverlayHost extends ReactiveControllerHost, HTMLElement {
  /** The element's `overlay` attribute. */
  overlay: string;
}

/**
 * Where an element's host content comes from: an inline `<script type="application/json">` child, else the
 * element's `overlay` attribute, else the page-wide meta tag. Returned as plain strings so the task reruns only
 * when one of them really changes.
 */
function overlaySource(element: OverlayHost): readonly [kind: 'inline' | 'url' | '', value: string] {
  const inline = element.querySelector(':scope > script[type="application/json"]');
  if (inline) return ['inline', inline.textContent ?? ''];
  const url = element.overlay.trim() || pageMeta(OVERLAY_META_NAME);
  return url ? ['url', url] : ['', ''];
}

/** A loaded overlay with the merge functions of its (lazily loaded) module. */
export interface LoadedOverlay {
  overlay: HostOverlay;
  forOccupation: (occupation: {code: string; soc: string; programs?: {cip: string}[]}) => HostContent | null;
  forProgram: (cip: string) => HostContent | null;
}

/**
 * Loads the host's own content for an element, beside (never instead of) the public data: a broken overlay shows a
 * located error in its own box while every public section still renders. The overlay code (validation, merging) is
 * a lazy chunk: pages without host content never load it.
 */
export function hostContentTask(element: OverlayHost) {
  return new Task(element, {
    task: async ([kind, value], {signal}): Promise<LoadedOverlay | null> => {
      if (!kind) return null;
      const mod = await import('../data/overlay.js');
      const overlay =
        kind === 'inline'
          ? await mod.parseOverlay(value, `inline in <${element.localName}>`)
          : await mod.loadOverlay(mod.normaliseOverlayUrl(value, pageBase()), signal);
      return {overlay, forOccupation: (o) => mod.hostContentFor(overlay, o), forProgram: (cip) => mod.hostContentForProgram(overlay, cip)};
    },
    args: () => overlaySource(element),
  });
}

const warned = new Set<string>();

/** The overlay's error, for the site owner, without hiding anything public. */
export function renderHostError(error: unknown, m: Messages, tag: string) {
  const detail = error instanceof Error ? error.message : String(error);
  if (!warned.has(detail)) {
    warned.add(detail);
    console.warn(`[career-widgets] <${tag}>: ${detail}`);
  }
  const kind = isDatasetError(error) ? error.kind : 'invalid';
  return html`<div part="host-error" class="error host-error" role="alert">
    <p class="error-title">${m.hostErrorTitle}</p>
    <p>${m.errorHint[kind]}</p>
    <details><summary>${m.details}</summary><p class="error-detail">${detail}</p></details>
  </div>`;
}

/** "From North Shore Technical College (updated September 2026)": the host content's own source line. */
export function renderHostSource(host: {name: string; url?: string}, updated: string | undefined, m: Messages, locale: string) {
  const href = safeUrl(host.url);
  return html`<p part="source" class="source host-source">
    <span class="source-item">${m.fromHost(host.name)}${updated ? ` (${m.hostUpdated(formatMonth(updated, locale))})` : ''}
      ${href ? html`<a href=${href} rel="noopener" target="_blank">${new URL(href).hostname || href}</a>` : nothing}</span>
  </p>`;
}
