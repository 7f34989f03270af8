import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {CareerSelectDetail} from './events.js';

/** What a follower needs of its host element: the attributes a leader's choice sets. */
export interface Follower extends ReactiveControllerHost, HTMLElement {
  /** Id of the leader element (`for` attribute); empty when the widget follows nothing. */
  for: string;
  occupation: string;
  region: string;
}

/**
 * A leader exposes its current choice as `choice` so a follower that connects later can start from it (a search
 * restored from the page URL, a profile already switched). Leaders implement this; followers never write to it.
 */
export interface Leader extends Element {
  readonly choice?: CareerSelectDetail | null;
}

/**
 * The one mechanism by which any widget follows a choice made in another element on the page (`for="ID"`):
 * a `<career-search>`, a `<career-profile>` whose visitor picked a related career, a `<program-careers>` list...
 *
 * A leader announces a choice with the cancelable `career-select` event it already fires. The follower listens
 * on its own root (document or shadow root) rather than on the leader, so it needs no lookup, works whatever the
 * order in which elements connect or upgrade, and survives the leader being replaced. It applies the choice only
 * after the event has finished dispatching and nobody called `preventDefault()` (a host that routes instead of
 * switching cancels it, and then neither the leader nor its followers change).
 */
export class FollowController implements ReactiveController {
  readonly #host: Follower;
  #root?: Node;
  #following = '';

  constructor(host: Follower) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#attach();
  }

  hostDisconnected(): void {
    this.#detach();
  }

  // `for` may change at any time; re-attach when it does (cheap: one listener).
  hostUpdate(): void {
    if (this.#host.for.trim() !== this.#following) this.#attach();
  }

  #attach(): void {
    this.#detach();
    this.#following = this.#host.for.trim();
    if (!this.#following) return;
    this.#root = this.#host.getRootNode();
    this.#root.addEventListener('career-select', this.#onSelect);
    // Start from the leader's current choice (a search restored from the page URL, a profile already switched).
    const leader = (this.#root as Document | ShadowRoot).getElementById?.(this.#following) as Leader | null;
    const choice = leader?.choice;
    if (choice) this.#adopt(choice.occupation, choice.region);
  }

  #detach(): void {
    this.#root?.removeEventListener('career-select', this.#onSelect);
    this.#root = undefined;
  }

  readonly #onSelect = (event: Event): void => {
    const target = event.target as Element | null;
    if (!target || target === this.#host || target.id !== this.#following) return;
    const detail = (event as CustomEvent<CareerSelectDetail>).detail;
    // Listeners registered after ours (the host's own) may still cancel: decide once dispatch is over.
    queueMicrotask(() => {
      if (!event.defaultPrevented) this.#adopt(detail?.occupation, detail?.region);
    });
  };

  #adopt(occupation: unknown, region: unknown): void {
    if (typeof occupation !== 'string' || !occupation.trim()) return;
    this.#host.occupation = occupation.trim();
    if (typeof region === 'string' && region.trim()) this.#host.region = region.trim();
  }
}
