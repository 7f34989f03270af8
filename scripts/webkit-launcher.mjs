// A Web Test Runner launcher for WebKit (WebKitGTK's MiniBrowser), driven over plain W3C WebDriver.
//
// Why our own: @web/test-runner-webdriver needs webdriverio (a large tree that also fetches drivers), while
// WebKitGTK ships its own driver (`WebKitWebDriver`, Debian package webkit2gtk-driver) and the protocol
// needs six HTTP calls. The driver needs an X display, so it runs under `xvfb-run` (package xvfb).
//
// Lifecycle: the driver and one browser window start on the first test file; each test file is a
// navigation of that window (concurrency 1, like the other engines); stop() ends the WebDriver session,
// then the process group we spawned (xvfb-run, Xvfb, WebKitWebDriver), by its id.
//
// Supports the @web/test-runner-commands that the tests use through the `webdriver` launcher type:
// sendKeys ({press} and {type}; "Shift+Tab"-style chords) and sendMouse. (setViewport has no webdriver path
// in @web/test-runner-commands; tests that need a viewport size skip themselves outside Chromium/Firefox.)
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const XVFB_RUN = '/usr/bin/xvfb-run';
const START_TIMEOUT_MS = 30_000;
const COMMAND_TIMEOUT_MS = 60_000;

/** W3C WebDriver key codes for the key names the tests use (puppeteer/playwright spelling). */
const KEYS = {
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  Space: '\uE00D',
  ' ': '\uE00D',
  Backspace: '\uE003',
  Delete: '\uE017',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
};
const keyCode = (name) => KEYS[name] ?? (name.length === 1 ? name : null);
const BUTTONS = {left: 0, middle: 1, right: 2};

/** A free TCP port on localhost (asked from the OS, then released for the driver to take). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class WebKitLauncher {
  name = 'WebKit';
  type = 'webdriver';
  #driver = null; // the spawned xvfb-run process (leader of its own process group)
  #base = '';
  #session = null;
  #starting = null;
  #queue = Promise.resolve();
  #urls = new Map();
  #log = [];

  async initialize() {}

  /** Runs `task` after every earlier command: one window, one command at a time. */
  #serial(task) {
    const result = this.#queue.then(task);
    this.#queue = result.catch(() => {});
    return result;
  }

  async #http(method, path, body) {
    const response = await fetch(`${this.#base}${path}`, {
      method,
      headers: body ? {'Content-Type': 'application/json'} : {},
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(COMMAND_TIMEOUT_MS),
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      const {error, message} = json.value ?? {};
      throw new Error(`WebKitWebDriver ${method} ${path}: ${response.status} ${error ?? ''} ${message ?? ''}`.trim());
    }
    return json.value;
  }

  #command(method, path, body) {
    return this.#http(method, `/session/${this.#session}${path}`, body);
  }

  async #start() {
    const port = await freePort();
    this.#base = `http://127.0.0.1:${port}`;
    this.#driver = spawn(XVFB_RUN, ['-a', '-s', '-screen 0 1280x1024x24', WEBKIT_DRIVER, `--port=${port}`], {
      detached: true, // its own process group, so stop() can end Xvfb and the driver together
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk) => this.#log.push(String(chunk)) && this.#log.length > 50 && this.#log.shift();
    this.#driver.stdout.on('data', keep);
    this.#driver.stderr.on('data', keep);
    const exited = new Promise((_, reject) =>
      this.#driver.once('exit', (code) => reject(new Error(`xvfb-run WebKitWebDriver exited (${code}): ${this.#log.join('')}`))),
    );
    exited.catch(() => {});
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      const ready = await Promise.race([
        this.#http('GET', '/status').then(
          (v) => v?.ready !== false,
          () => false,
        ),
        exited,
      ]);
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on ${this.#base} within ${START_TIMEOUT_MS} ms`);
      await sleep(200);
    }
    const {sessionId, capabilities} = await this.#http('POST', '/session', {
      capabilities: {alwaysMatch: {'webkitgtk:browserOptions': {args: ['--automation']}}},
    });
    this.#session = sessionId;
    this.name = `WebKit ${capabilities?.browserVersion ?? ''}`.trim();
    await this.#command('POST', '/window/rect', {width: 800, height: 600}).catch(() => {});
  }

  #ensureStarted() {
    this.#starting ??= this.#start();
    return this.#starting;
  }

  async startSession(id, url) {
    await this.#ensureStarted();
    this.#urls.set(id, url);
    // Not awaited by the runner's clock: the test page reports back over its own WebSocket.
    await this.#serial(() => this.#command('POST', '/url', {url}));
  }

  isActive(id) {
    return this.#urls.has(id);
  }

  getBrowserUrl(id) {
    return this.#urls.get(id);
  }

  async stopSession(id) {
    return this.#serial(async () => {
      // Leave the page so no timer of the finished file keeps running into the next one.
      await this.#command('POST', '/url', {url: 'about:blank'}).catch(() => {});
      this.#urls.delete(id);
      return {testCoverage: undefined};
    });
  }

  async startDebugSession() {
    throw new Error('WebKit: debug sessions are not supported by scripts/webkit-launcher.mjs; use --manual and open the URL.');
  }

  async stop() {
    const driver = this.#driver;
    this.#driver = null;
    if (this.#session) await this.#http('DELETE', `/session/${this.#session}`).catch(() => {});
    this.#session = null;
    if (driver && driver.exitCode === null) {
      try {
        process.kill(-driver.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }

  // --- @web/test-runner-commands (launcher type "webdriver") ---

  sendKeys(_id, keys) {
    const actions = [];
    for (const key of keys) {
      const chord = key.length > 1 && key.includes('+') ? key.split('+') : [key];
      const codes = chord.map((name) => {
        const code = keyCode(name);
        if (!code) throw new Error(`WebKit launcher: unknown key "${name}" (add it to KEYS in scripts/webkit-launcher.mjs)`);
        return code;
      });
      for (const value of codes) actions.push({type: 'keyDown', value});
      for (const value of [...codes].reverse()) actions.push({type: 'keyUp', value});
    }
    return this.#serial(async () => {
      await this.#command('POST', '/actions', {actions: [{type: 'key', id: 'keyboard', actions}]});
      await this.#command('DELETE', '/actions').catch(() => {});
    });
  }

  #pointer(actions) {
    return this.#serial(() => this.#command('POST', '/actions', {actions: [{type: 'pointer', id: 'mouse', parameters: {pointerType: 'mouse'}, actions}]}));
  }

  sendMouseMove(_id, x, y) {
    return this.#pointer([{type: 'pointerMove', duration: 0, x, y}]);
  }

  sendMouseClick(_id, x, y, button = 'left') {
    const b = BUTTONS[button];
    return this.#pointer([
      {type: 'pointerMove', duration: 0, x, y},
      {type: 'pointerDown', button: b},
      {type: 'pointerUp', button: b},
    ]);
  }

  sendMouseDown(_id, button = 'left') {
    return this.#pointer([{type: 'pointerDown', button: BUTTONS[button]}]);
  }

  sendMouseUp(_id, button = 'left') {
    return this.#pointer([{type: 'pointerUp', button: BUTTONS[button]}]);
  }

  resetMouse() {
    return this.#serial(() => this.#command('DELETE', '/actions').catch(() => {}));
  }
}

/** @returns {import('@web/test-runner').BrowserLauncher} */
export function webkitLauncher() {
  return new WebKitLauncher();
}
