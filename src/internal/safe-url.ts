const LINK_PROTOCOLS = ['https:', 'http:', 'mailto:'] as const;

/** For media loaded into the page (videos, captions, posters): https only. */
export const MEDIA_PROTOCOLS = ['https:'] as const;

/** Returns `value` as an absolute URL when it is http(s) or mailto, else null: data never becomes a script URL. */
export function safeUrl(value: string | undefined | null, protocols: readonly string[] = LINK_PROTOCOLS): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    if (url.username || url.password) return null;
    return protocols.includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
