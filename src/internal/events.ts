/** Fired when a widget has rendered its data: for the host's analytics, or to reveal a panel. */
export interface CareerLoadDetail {
  /** The code shown (after SOC resolution), e.g. `29-2072.00`. */
  occupation: string;
  title: string;
  region: string;
  /** From `<program-careers>`: the program's CIP code (`occupation` is then empty and `title` the program's). */
  program?: string;
}

/** Fired when a widget shows its error state. */
export interface CareerErrorDetail {
  kind: string;
  message: string;
}

/** Where a choice was made, for a host's analytics. */
export type CareerSelectVia = 'search' | 'related' | 'alternative' | 'compare' | 'program' | 'url';

/**
 * Fired (cancelable) when the visitor chooses an occupation in a widget, before the widget (and every widget
 * that follows it through `for`) switches; `preventDefault()` keeps them as they are, e.g. to route instead.
 */
export interface CareerSelectDetail {
  /** The chosen code, e.g. `29-2072.00`. */
  occupation: string;
  /** A region the leader passes on to its followers (a search's `region`), when it has one. */
  region?: string;
  /** Where the choice was made. */
  via?: CareerSelectVia;
}

export type CareerSelectEvent = CustomEvent<CareerSelectDetail>;
export type CareerLoadEvent = CustomEvent<CareerLoadDetail>;
export type CareerErrorEvent = CustomEvent<CareerErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'career-load': CareerLoadEvent;
    'career-error': CareerErrorEvent;
    'career-select': CareerSelectEvent;
  }
}

type CareerEventType = 'career-load' | 'career-error' | 'career-select';

/** Dispatches a typed, bubbling, composed event; returns false when a listener cancelled it. */
export function emit<K extends CareerEventType>(target: EventTarget, type: K, detail: GlobalEventHandlersEventMap[K]['detail']): boolean {
  return target.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true, cancelable: type === 'career-select'}));
}
