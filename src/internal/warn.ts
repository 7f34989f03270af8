const warned = new Set<string>();

/** One console warning per distinct message and page: a page of 50 widgets should not print 50 of them. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[career-widgets] ${message}`);
}
