import {isServer} from 'lit';
import {serverPageFollows} from '../../internal/page.js';

/**
 * Whether a widget on the page follows `leader` (`for` set to its id), or a CMS placeholder that will become one
 * (`data-for`). Followers share the leader's root (document or shadow root), as FollowController (follow.ts) needs.
 */
export function hasFollower(leader: Element): boolean {
  const id = leader.getAttribute('id'); // (a server's element has attributes but no id property)
  if (!id) return false;
  if (isServer) return serverPageFollows(id); // the pre-renderer read the page's followers
  const root = leader.getRootNode() as Document | ShadowRoot;
  const name = CSS.escape(id);
  return [...root.querySelectorAll(`[for="${name}"], [data-career-widget][data-for="${name}"]`)].some(
    (el) => el !== leader && (el.localName.includes('-') || el.hasAttribute('data-career-widget')),
  );
}
