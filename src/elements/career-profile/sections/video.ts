import {html, nothing} from 'lit';
import {InEnglish, sentence} from '../../../internal/content.js';
import {MEDIA_PROTOCOLS, safeUrl} from '../../../internal/safe-url.js';
import type {SectionContext, SectionRenderer} from './section.js';

interface Playable {
  url: string;
  /** The video's title as text (the player's label). */
  title: string;
  /** The same title as shown, where it holds English data marked `lang="en"`. */
  shownTitle?: unknown;
  poster?: string | null;
  captions?: string;
  captionsLang?: string;
  /** Shown under the title: whose video it is when it is not this occupation's own. */
  note?: unknown;
  credit: unknown;
}

/**
 * Career videos behind a click-to-load placeholder: nothing (not even the poster) is requested from the video host
 * until the visitor presses play; then a native `<video controls>`, with a link out when it cannot play (offline,
 * the host page's CSP, a dead link). The host's videos come first; the public one says whose it is.
 */
export const video: SectionRenderer = (context) => {
  const {
    data: {occupation},
    host,
    messages: m,
  } = context;
  const items: Playable[] = (host?.videos ?? []).map((v) => ({...v, credit: v.credit ?? m.fromHost(host!.host.name)}));
  const pub = occupation.video;
  if (pub) {
    // The video's subject is an O*NET title (English data): marked so inside a sentence of another language.
    const about = new InEnglish(pub.about.title);
    items.push({
      url: pub.url,
      title: m.videoTitle(pub.about.title),
      shownTitle: sentence(m, m.videoTitle, about),
      poster: pub.poster,
      note: pub.own ? undefined : sentence(m, m.otherVideo, about),
      credit: nothing, // named once, in the profile's attribution line
    });
  }
  const playable = items.filter((v) => safeUrl(v.url, MEDIA_PROTOCOLS));
  if (!playable.length) return null;
  return html`${playable.map((v) => facade(v, context))}`;
};

function facade(v: Playable, {messages: m, videos}: SectionContext) {
  const url = safeUrl(v.url, MEDIA_PROTOCOLS)!;
  const origin = new URL(url).hostname;
  const playing = videos.playing.has(url);
  const failed = videos.failed.has(url);
  const captions = safeUrl(v.captions, MEDIA_PROTOCOLS);
  // An empty poster attribute shows no image and requests nothing.
  const poster = safeUrl(v.poster, MEDIA_PROTOCOLS) ?? '';
  return html`<figure class="video" part="video">
    <figcaption><strong>${v.shownTitle ?? v.title}</strong>${v.note ? html`<br /><span class="note">${v.note}</span>` : nothing}</figcaption>
    ${
      !playing
        ? html`<div class="video-placeholder">
          <button type="button" class="play" @click=${() => videos.play(url)}><span aria-hidden="true">▶</span> ${m.playVideo}<span class="visually-hidden">: ${v.shownTitle ?? v.title}</span></button>
          <p class="note">${m.videoLoadsFrom(origin)}</p>
        </div>`
        : failed
          ? html`<p class="video-failed" role="status">${m.videoFailed} <a href=${url} rel="noopener" target="_blank">${m.openVideo(origin)}</a></p>`
          : html`<video controls autoplay playsinline preload="metadata" src=${url} poster=${poster}
              aria-label=${v.title} @error=${() => videos.fail(url)}>
              ${captions ? html`<track kind="captions" src=${captions} srclang=${v.captionsLang ?? 'en'} label=${m.captionsLabel} default />` : nothing}
            </video>
            <p class="note"><a href=${url} rel="noopener" target="_blank">${m.openVideo(origin)}</a></p>`
    }
    <div class="credit">${v.credit}</div>
  </figure>`;
}
