/**
 * Whether a widget on the page follows `leader` (`for` set to its id), or a CMS placeholder that will become one
 * (`data-for`). Followers share the leader's root (document or shadow root), as FollowController (follow.ts) needs.
 */
export function hasFollower(leader: Element): boolean {
  const id = leader.id;
  if (!id) return false;
  const root = leader.getRootNode() as Document | ShadowRoot;
  const name = CSS.escape(id);
  return [...root.querySelectorAll(`[for="${name}"], [data-career-widget][data-for="${name}"]`)].some(
    (el) => el !== leader && (el.localName.includes('-') || el.hasAttribute('data-career-widget')),
  );
}
