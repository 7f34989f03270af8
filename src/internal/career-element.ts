import {property} from 'lit/decorators.js';
import type {OccupationData} from '../data/dataset.js';
import {CareerWidget} from './career-widget.js';
import {loadWidgetData, type WidgetData} from './dataset-source.js';
import type {CareerLoadDetail} from './events.js';
import {FollowController} from './follow.js';

export {type WidgetState} from './career-widget.js';

/**
 * A widget showing one occupation: the `occupation` and `for` attributes on top of what every career widget
 * shares ({@link CareerWidget}). Subclasses render only their content.
 */
export abstract class CareerElement extends CareerWidget<OccupationData> {
  /** O*NET-SOC code (`29-2072.00`) or SOC code (`29-2072`) of the occupation to show. */
  @property({reflect: true}) occupation = '';

  /**
   * Id of another element on the page whose choice this widget follows: a `<career-search>`, a `<career-profile>`
   * whose visitor picked a related career, a program's career list. `occupation` stays the initial value.
   */
  @property({reflect: true}) for = '';

  constructor() {
    super();
    new FollowController(this);
  }

  /** @internal The occupation on show (for controllers such as structured data), once loaded. */
  get shownData(): OccupationData | undefined {
    return this.data.value ?? undefined;
  }

  protected get dataKey(): string {
    return this.occupation.trim();
  }

  protected async load(occupation: string, source: string, signal: AbortSignal): Promise<WidgetData | null> {
    // The same call as the entry's prefetch (prefetch.ts), so this joins the request already in flight.
    return loadWidgetData({occupation, source, timeout: this.timeout, fallback: this.fallback}, signal);
  }

  protected metaOf(data: OccupationData) {
    return data.meta;
  }

  protected loadDetail(data: OccupationData): CareerLoadDetail {
    return {occupation: data.occupation.code, title: data.occupation.title, region: this.regionCode};
  }
}
