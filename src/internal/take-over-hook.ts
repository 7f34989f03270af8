import {adoptStyles, type LitElement} from 'lit';

/**
 * The inline data of a pre-rendered page (see seeds.ts), and how the pre-renderer's mark starts: the first node of a
 * pre-rendered widget's shadow root (see take-over.ts).
 */
export const SEED_SELECTOR = 'script[type="application/json"][data-career-widgets-seed]';
export const MARK = 'career-widgets ';

/** What a widget's update asks of the take-over of pre-rendered widgets (take-over.ts, a lazy chunk). */
export interface TakeOver {
  /** Before the first update of a pre-rendered widget: what to wait for. */
  beforeUpdate(host: TakingOver): Promise<void>;
  /** Runs the update (`run`): the first of a pre-rendered widget adopts (or replaces) what is on show. */
  update(host: TakingOver, run: () => void): void;
}

/** A widget that can say when it can render at once (see CareerWidget.prepare), and render. */
export type TakingOver = LitElement & {prepare(signal?: AbortSignal): Promise<boolean>; render(): unknown};

let takeOver: Promise<TakeOver> | undefined;
let loaded: TakeOver | undefined;

/** Whether a shadow root holds Lit's SSR output (its part markers): a declarative shadow root from the page's HTML. */
const holdsSsr = (root: ParentNode | null | undefined): boolean =>
  [...(root?.childNodes ?? [])].some((node) => node.nodeType === Node.COMMENT_NODE && /^(career-widgets |lit-part)/.test((node as Comment).data));

/**
 * Whether a widget about to render for the first time holds pre-rendered content, which a page's HTML gave the
 * element as a declarative shadow root before its code ran. A widget rendered in the browser has an empty shadow
 * root at this point.
 */
const prerendered = (host: LitElement): boolean => !host.hasUpdated && holdsSsr(host.renderRoot);

/**
 * A widget's `createRenderRoot`: a pre-rendered shadow root is used as it is. Its own `<style>` already styles it:
 * adopting the same styles again would make the browser recompute the style and layout of every pre-rendered
 * widget as it is taken over. Unless the page's CSP blocked that `<style>` (a `style-src` without
 * 'unsafe-inline'): then the widget's styles are adopted, which no CSP blocks.
 */
export function prerenderedRoot(host: LitElement): ShadowRoot | undefined {
  const root = host.shadowRoot;
  if (!root || !holdsSsr(root)) return undefined;
  if (!root.querySelector('style')?.sheet) adoptStyles(root, (host.constructor as typeof LitElement).elementStyles);
  return root;
}

/**
 * A widget's `scheduleUpdate`: a pre-rendered widget's first update loads the take-over (once per page, a lazy
 * chunk; pages without pre-rendered widgets never do) and waits until it can adopt what is on show.
 */
export function scheduleTakingOver(host: TakingOver, schedule: () => void | Promise<unknown>): void | Promise<unknown> {
  if (!prerendered(host)) return schedule();
  takeOver ??= import('./take-over.js').then(({takeOver: value}) => (loaded = value));
  return takeOver
    .then((value) => value.beforeUpdate(host))
    .catch(() => undefined) // offline, say: the widget renders afresh over its pre-rendered content (see update)
    .then(schedule);
}

/** A widget's `update`: the first of a pre-rendered widget adopts what is on show. */
export function updateTakingOver(host: TakingOver, run: () => void): void {
  if (loaded) loaded.update(host, run);
  else if (prerendered(host)) {
    // The take-over could not load: render afresh in place of the pre-rendered content.
    host.renderRoot.replaceChildren();
    adoptStyles(host.renderRoot as ShadowRoot, (host.constructor as typeof LitElement).elementStyles);
    run();
  } else run();
}
