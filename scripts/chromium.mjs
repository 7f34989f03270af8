// The one place that knows how to start the project's headless Chromium (tests and benchmarks).
// Flags that work as root on a closed network (see ../shared/docs/toolchain.md); CHROME_PATH overrides the binary.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
