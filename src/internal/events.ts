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

export type CareerLoadEvent = CustomEvent<CareerLoadDetail>;
export type CareerErrorEvent = CustomEvent<CareerErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'career-load': CareerLoadEvent;
    'career-error': CareerErrorEvent;
  }
}

export function emit<K extends 'career-load' | 'career-error'>(target: EventTarget, type: K, detail: GlobalEventHandlersEventMap[K]['detail']) {
  target.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true}));
}
