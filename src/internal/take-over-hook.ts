import type {LitElement} from 'lit';

/**
 * The inline data of a pre-rendered page (see seeds.ts), and how the pre-renderer's mark starts: the first node of a
 * pre-rendered widget's shadow root (see take-over.ts).
 */
export const SEED_SELECTOR = 'script[type="application/json"][data-career-widgets-seed]';
export const MARK = 'career-widgets ';

/**
 * On the host of every widget a server pre-rendered (its own and those nested in it): it already holds its content
 * and its real height, so the far-widget rule (far.styles.ts), which is for widgets the script renders, leaves it
 * laid out as it is.
 */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/** What an element's update asks of the take-over of pre-rendered elements (take-over.ts, a lazy chunk). */
export interface TakeOver {
  /** Before the first update of a pre-rendered element: what to wait for. */
  beforeUpdate(host: TakingOver): Promise<void>;
  /** Runs the update (`run`): the first of a pre-rendered element adopts (or replaces) what is on show. */
  update(host: TakingOver, run: () => void): void;
}

/** An element that can say when it can render at once (see CareerBase.prepare), and render. */
export type TakingOver = LitElement & {prepare(): Promise<boolean>; render(): unknown};
