import type {LitElement} from 'lit';

/**
 * The inline data of a pre-rendered page (see seeds.ts): its presence tells the entry that the page holds
 * pre-rendered widgets.
 */
export const SEED_SELECTOR = 'script[type="application/json"][data-career-widgets-seed]';

/** How the pre-renderer's mark starts: the first node of a pre-rendered widget's shadow root (see take-over.ts). */
export const MARK = 'career-widgets ';

/** What a widget's update asks of the take-over of pre-rendered widgets (take-over.ts, a lazy chunk). */
export interface TakeOverHooks {
  /** Before the first update of a pre-rendered widget: what to wait for. */
  beforeUpdate(host: LitElement & Preparable): Promise<void> | undefined;
  /** Runs the update (`run`), adopting or replacing the pre-rendered content on the first. */
  update(host: LitElement, run: () => void): void;
}

/** A widget that can say when it is ready to render at once (see CareerWidget.prepare). */
export interface Preparable {
  prepare(signal?: AbortSignal): Promise<boolean>;
}

/** Set only on pages with pre-rendered widgets, once Lit's hydration support is in place (hydration.ts). */
let hooks: TakeOverHooks | undefined;

export function setTakeOver(value: TakeOverHooks): void {
  hooks = value;
}

/** A widget's `scheduleUpdate`: on a pre-rendered page, the first update waits until the widget is ready. */
export function scheduleTakingOver(host: LitElement & Preparable, schedule: () => void | Promise<unknown>): void | Promise<unknown> {
  const ready = hooks?.beforeUpdate(host);
  return ready ? ready.then(schedule) : schedule();
}

/** A widget's `update`: on a pre-rendered page, the first one adopts the pre-rendered content. */
export function updateTakingOver(host: LitElement, run: () => void): void {
  if (hooks) hooks.update(host, run);
  else run();
}
