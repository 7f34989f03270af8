/**
 * The test server answers on both loopback names, and the browser treats them as two origins: a URL on the
 * other name is cross-origin (CORS applies, a redirect there leaves the page's origin).
 */
export const crossOrigin = (path: string): string => {
  const url = new URL(path, location.href);
  url.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.href;
};
