import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {catalogKey, loadMessages, messagesFor, onMessagesChange} from './i18n.js';
import {localeFor, resolveLang} from './locale.js';
import {en, type Messages} from './messages.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected widget's controller; one observer serves them all. */
const controllers = new Set<LanguageController>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/**
 * One MutationObserver for the whole page, watching only `lang` attributes: on the document (subtree, so an
 * ancestor's `lang` counts as much as `<html lang>`) and on each shadow root a widget lives in. A switch re-renders
 * only the widgets whose resolved language changed; a page that never switches pays one idle observer.
 */
function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer ??= new MutationObserver(() => {
    for (const controller of controllers) controller.recheck();
  });
  observer.observe(root instanceof Document ? root.documentElement : root, {attributes: true, attributeFilter: ['lang'], subtree: true});
}

let unsubscribe: (() => void) | undefined;

/**
 * The language of one widget: which `lang` it resolves to, the catalog that serves it (loaded on first use),
 * and the locale numbers are formatted in. Resolved once per update, before render.
 */
export class LanguageController implements ReactiveController {
  readonly #host: Host;
  #lang = '';
  #messages: Messages = en;
  #ready = true;
  #locale = 'en-US';

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  // A server renders without the update cycle that resolves the language in the browser (hostUpdate): there each
  // getter below resolves it as it is read (`if (isServer)`: a browser bundle leaves those lines out).

  /** The `lang` the widget resolved (element, ancestors, document); empty when none is declared. */
  get lang(): string {
    if (isServer) this.#resolve();
    return this.#lang;
  }

  /** The catalog in use: the language's own, or English while none exists for it. */
  get messages(): Messages {
    if (isServer) this.#resolve();
    return this.#messages;
  }

  /** False while the widget's catalog is still loading (the widget shows its loading state meanwhile). */
  get ready(): boolean {
    if (isServer) this.#resolve();
    return this.#ready;
  }

  /** Locale for numbers and dates (`es` -> `es-US`); US English when the page declares no language, like the text. */
  get locale(): string {
    if (isServer) this.#resolve();
    return this.#locale;
  }

  hostConnected(): void {
    controllers.add(this);
    unsubscribe ??= onMessagesChange(() => controllers.forEach((c) => c.#host.requestUpdate()));
    observe(document);
    const root = this.#host.getRootNode();
    if (root instanceof ShadowRoot) observe(root);
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  hostUpdate(): void {
    this.#resolve();
  }

  /** Called by the observer: re-render only if this widget's language changed. */
  recheck(): void {
    if (resolveLang(this.#host) !== this.#lang) this.#host.requestUpdate();
  }

  #resolve(): void {
    const lang = resolveLang(this.#host);
    this.#lang = lang;
    this.#locale = localeFor(lang || 'en-US');
    const key = catalogKey(lang);
    const messages = messagesFor(key);
    this.#ready = messages !== undefined;
    if (messages) {
      this.#messages = messages;
      return;
    }
    void loadMessages(key).then(() => {
      if (catalogKey(resolveLang(this.#host)) === key) this.#host.requestUpdate();
    });
  }
}
