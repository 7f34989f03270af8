/**
 * The embed builder's pre-renderer: the same code as `career-widgets prerender` (Lit's SSR of the library's own
 * elements), run in a Web Worker, which like a server has no DOM. Built by rollup with Lit's server build into
 * dist/builder/prerender-worker.js; it reads the dataset over HTTP beside itself, as the widgets do.
 *
 * Message in: {id, tag, attributes, content, followed}; out: {id, html} (the element with its declarative shadow root and
 * fallback content, then its inline data) or {id, error}.
 */
import '../index.js';
import {isElementTag} from '../elements/registry.js';
import {PRERENDERED_ATTRIBUTE} from '../internal/take-over-hook.js';
import {seedScripts, startTag} from './element-html.js';
import {renderElement} from './render-element.js';

interface Request {
  id: number;
  tag: string;
  attributes: Record<string, string>;
  /** The element's fallback content, as HTML (the builder escapes the text it is made of). */
  content: string;
  /** A widget in the snippet follows this one (`for` = its id). */
  followed?: boolean;
}

let queue: Promise<unknown> = Promise.resolve();

addEventListener('message', (event: MessageEvent<Request>) => {
  queue = queue.then(() => answer(event.data)); // one at a time: the page description and the file watch are global
});

async function answer({id, tag, attributes, content, followed}: Request): Promise<void> {
  try {
    if (!isElementTag(tag)) throw new Error(`<${tag}> is not an element of career-widgets.`);
    const page = {base: location.href, lang: '', meta: {}, followed: new Set(followed && attributes.id ? [attributes.id] : [])};
    const result = await renderElement(tag, Object.entries(attributes), page);
    if ('skipped' in result) throw new Error(`<${tag}> cannot be pre-rendered: ${result.skipped}.`);
    // The snippet's widgets name no dataset: the page's default (the one beside the script) is the one used here.
    // Marked right after the tag name, as `career-widgets prerender` marks the widgets of a page.
    const html = `<${tag} ${PRERENDERED_ATTRIBUTE}${startTag(tag, attributes).slice(tag.length + 1)}${result.shadow}${content}</${tag}>\n${seedScripts(result.files, () => '')}`;
    postMessage({id, html});
  } catch (error) {
    postMessage({id, error: (error as Error)?.message ?? String(error)});
  }
}
