import {expect, waitUntil} from '@open-wc/testing';
import {DatasetError} from '../../src/data/errors.js';
import type {CareerWidget, WidgetState} from '../../src/internal/career-widget.js';

/** Waits until a widget reports `state` on its host (the same `data-state` a host page can read). */
export async function settled<T extends CareerWidget<unknown>>(element: T, state: WidgetState = 'complete', timeout = 8000): Promise<T> {
  await waitUntil(() => element.dataset.state === state, `expected data-state="${state}", got "${element.dataset.state}"`, {timeout});
  await element.updateComplete;
  return element;
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export const shadowText = (element: Element): string => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The `DatasetError` a data-layer promise rejects with (fails the test if it resolves, or rejects otherwise). */
export async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(DatasetError);
    return error as DatasetError;
  }
  throw new Error('expected the promise to reject');
}
