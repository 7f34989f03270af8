/** Fired when a widget has rendered its data: for the host's analytics, or to reveal a panel. */
export interface CareerLoadDetail {
  /** The code shown (after SOC resolution), e.g. `29-2072.00`. */
  occupation: string;
  title: string;
  region: string;
}

/** Fired when a widget shows its error state. */
export interface CareerErrorDetail {
  kind: string;
  message: string;
}

/** Fired (cancelable) before a profile switches to another occupation; `preventDefault()` keeps it, e.g. to route instead. */
export interface CareerSelectDetail {
  occupation: string;
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
