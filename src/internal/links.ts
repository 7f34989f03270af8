import {emit} from './events.js';

/**
 * Announces `career-link` (analytics) when the visitor follows a link in `root`, a widget's shadow root. Only
 * links in this root count: a nested widget announces its own, so one click is one event.
 */
export function reportLinks(host: HTMLElement, root: Node, occupation: () => string | undefined): void {
  root.addEventListener('click', (event) => {
    const anchor = (event as MouseEvent).composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && Boolean(node.href));
    if (!anchor || anchor.getRootNode() !== root) return;
    const code = occupation();
    emit(host, 'career-link', code ? {href: anchor.href, occupation: code} : {href: anchor.href});
  });
}
