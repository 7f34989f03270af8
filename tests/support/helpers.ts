import {waitUntil} from '@open-wc/testing';
import type {CareerWidget, WidgetState} from '../../src/internal/career-widget.js';

/** Waits until a widget reports `state` on its host (the same `data-state` a host page can read). */
export async function settled<T extends CareerWidget<unknown>>(element: T, state: WidgetState = 'complete', timeout = 8000): Promise<T> {
  await waitUntil(() => element.dataset.state === state, `expected data-state="${state}", got "${element.dataset.state}"`, {timeout});
  await element.updateComplete;
  return element;
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export const shadowText = (element: Element): string => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
