import {expect, waitUntil} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import {mount, PLACEHOLDERS_META_NAME, trustedSettings} from '../../src/auto-mount/auto-mount.js';
import {validateCatalog} from '../../src/data/catalog.js';
import {DatasetError} from '../../src/data/errors.js';
import {validateOverlay, validateOverlayInSlices} from '../../src/data/overlay.js';
import {PARAMS, TEXTS} from '../../src/internal/catalogs/params.js';
import {hostCatalog} from '../../src/internal/host-catalog.js';
import {en} from '../../src/internal/messages.js';
import {safeUrl} from '../../src/internal/safe-url.js';
import {everyElement} from '../support/elements.js';

/**
 * Property-based tests (fast-check) of what a host or a content author hands the widgets besides the dataset: the
 * overlay (host content) and host message catalogs are accepted or refused with a DatasetError, never anything else,
 * and what is accepted is safe to render; a CMS placeholder's attributes, whatever their names and values, are
 * copied as auto-mount promises (documented settings become themselves, the page's trusted settings only with its
 * permission, nothing becomes an event handler). A failure prints the smallest input that breaks it.
 */
const RUNS = {numRuns: 300};

/** Runs `check`; true if it accepted, false if it refused with a DatasetError; anything else fails the property. */
function outcome(check: () => unknown): boolean {
  try {
    check();
    return true;
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return false;
  }
}

/** Replaces the value at a path of `base` (picked by the numbers in `choose`) with `replacement`. */
function mutate(base: unknown, choose: number[], replacement: unknown): unknown {
  const copy = structuredClone(base) as any;
  let node = copy;
  for (const pick of choose) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[pick % keys.length]!;
    if (!node[key] || typeof node[key] !== 'object' || pick % 3 === 0) {
      node[key] = replacement;
      break;
    }
    node = node[key];
  }
  return copy;
}

/** Every string under a key named like a link (`url`, `href`, …) in `value`. */
function links(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return /url|href|link/i.test(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => links(item, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => links(v, k));
  return [];
}

/** Values a fuzzer should try where text or a link belongs. */
const hostile = fc.oneof(
  fc.jsonValue(),
  fc.string(),
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:x',
    'data:text/html,<b>',
    'https://user:pass@evil.example/',
    '//evil.example/',
    '__proto__',
    'constructor',
    '<img src=x onerror=alert(1)>',
    1e309,
    -0,
    '',
  ),
);

describe('properties: the overlay validator', () => {
  it('accepts or refuses any JSON value with a DatasetError, never anything else', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => void outcome(() => validateOverlay(value, 'p.json'))),
      RUNS,
    );
  });

  it('accepts or refuses any value at all (odd prototypes, boxed values, symbols, functions)', () => {
    fc.assert(
      fc.property(
        fc.anything({withBoxedValues: true, withNullPrototype: true, withObjectString: true, withMap: true, withSet: true}),
        (value) => void outcome(() => validateOverlay(value, 'p.json')),
      ),
      RUNS,
    );
  });

  it('the demo overlay with one value anywhere replaced: refused, or accepted with only safe links, the same verdict in slices', async () => {
    const demo = await (await fetch('/demo/hosts/north-shore-overlay.json')).json();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), {minLength: 1, maxLength: 6}), hostile, async (path, replacement) => {
        const overlay = mutate(demo, path, replacement);
        const accepted = outcome(() => validateOverlay(overlay, 'p.json'));
        if (accepted) for (const link of links(overlay)) expect(safeUrl(link), link).to.be.a('string');
        let sliced = true;
        try {
          await validateOverlayInSlices(overlay, 'p.json');
        } catch (error) {
          if (!(error instanceof DatasetError)) throw error;
          sliced = false;
        }
        expect(sliced, 'validated in slices').to.equal(accepted);
      }),
      {numRuns: 150},
    );
  });
});

describe('properties: host message catalogs', () => {
  const info = console.info;
  const warn = console.warn;
  beforeEach(() => {
    console.info = () => {};
    console.warn = () => {};
  });
  afterEach(() => {
    console.info = info;
    console.warn = warn;
  });

  it('the catalog validator accepts or refuses any value with a DatasetError, never anything else', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.anything({withNullPrototype: true, withBoxedValues: true})),
        (value) => void outcome(() => validateCatalog(value, 'c.json')),
      ),
      RUNS,
    );
    // Near misses: a valid frame with arbitrary messages, terms and regions.
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), hostile),
        fc.dictionary(fc.string(), hostile),
        fc.dictionary(fc.string(), hostile),
        (messages, terms, regions) =>
          void outcome(() => validateCatalog({format: 'career-widgets-messages/1', lang: 'so', messages, terms, regions}, 'c.json')),
      ),
      RUNS,
    );
  });

  /** Message text with placeholders (known, positional, unknown, prototype names) among arbitrary text. */
  const text = fc
    .array(
      fc.oneof(
        fc.string({maxLength: 20}),
        fc.constantFrom('{title}', '{count}', '{0}', '{1}', '{9}', '{__proto__}', '{constructor}', '{toString}', '{', '}', '{}'),
      ),
      {maxLength: 6},
    )
    .map((parts) => parts.join(''));
  const forms = fc.record({other: text, zero: text, one: text, two: text, few: text, many: text}, {requiredKeys: ['other']});
  const paths = fc.constantFrom(...TEXTS, ...Object.keys(PARAMS));
  const argument = fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constantFrom(undefined, null, NaN, Infinity), fc.object());

  it('an accepted catalog becomes messages that give text for any arguments, and never throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(paths, fc.oneof(text, forms)),
        fc.constantFrom('so', 'ar', 'ru', 'cy', 'es', 'en'),
        fc.array(argument, {maxLength: 5}),
        async (messages, lang, args) => {
          const compiled = await hostCatalog(lang, {format: 'career-widgets-messages/1', lang, messages}, en);
          for (const [path, given] of Object.entries(messages)) {
            const value = path.split('.').reduce<any>((group, name) => group?.[name], compiled) as unknown;
            const shown = typeof value === 'function' ? value(...args) : value;
            expect(shown, `${path}: ${JSON.stringify(given)} gave ${String(shown)} (${Object.keys(compiled)})`).to.be.a('string');
            if (typeof given === 'string' && !given.includes('{')) expect(shown, path).to.equal(given); // text stays text
          }
        },
      ),
      {numRuns: 150},
    );
  });
});

describe('properties: auto-mount attribute copying', function () {
  this.timeout(60_000); // every run upgrades a real placeholder into a real element

  const TAGS = everyElement().map(({tag}) => tag);
  /** What the page may let placeholders set here (url-param and the like would change the test page's URL). */
  const MAY_ALLOW = ['source', 'fallback', 'overlay', 'structured-data'];
  const KEPT = ['id', 'class', 'style', 'lang', 'dir', 'title', 'hidden'];
  const classOf = (tag: string) => {
    const element = customElements.get(tag)!;
    return {observedAttributes: (element as unknown as {observedAttributes: string[]}).observedAttributes, trustedAttributes: trustedSettings(element)};
  };
  const reflects = (tag: string, attribute: string) =>
    [
      ...(customElements.get(tag) as unknown as {elementProperties: Map<PropertyKey, {attribute?: string | boolean; reflect?: boolean}>}).elementProperties,
    ].some(
      ([property, options]) => options.reflect && (typeof options.attribute === 'string' ? options.attribute : String(property).toLowerCase()) === attribute,
    );
  const name = fc.oneof(
    fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
    fc.constantFrom('onclick', 'onerror', 'on-load', 'state', 'career-widget', 'src', 'href', 'is', 'slot', 'part', 'srcdoc'),
    fc.constantFrom(...new Set(TAGS.flatMap((tag) => [...classOf(tag).observedAttributes, ...classOf(tag).trustedAttributes]))),
  );
  // String() throws on a generated object whose toString and valueOf are not functions ({"toString": 0, "valueOf": ""}
  // from jsonValue: a CI run of WebKit drew one): such a value goes in as its JSON.
  const asText = (value: unknown) => {
    try {
      return String(value);
    } catch {
      return JSON.stringify(value);
    }
  };
  const attribute = fc.record({name, data: fc.boolean(), value: fc.oneof(fc.string({maxLength: 30}), hostile.map(asText))});
  const warn = console.warn;
  beforeEach(() => (console.warn = () => {}));
  afterEach(() => (console.warn = warn));

  it("documented settings become themselves, trusted ones only with the page's permission, nothing becomes a handler", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TAGS),
        fc.uniqueArray(attribute, {selector: (a) => (a.data ? `data-${a.name}` : a.name), maxLength: 12}),
        fc.subarray(MAY_ALLOW),
        async (tag, attributes, allowed) => {
          const meta = Object.assign(document.createElement('meta'), {name: PLACEHOLDERS_META_NAME, content: allowed.join(' ')});
          if (allowed.length) document.head.append(meta);
          const holder = document.createElement('div');
          const placeholder = document.createElement('div');
          const given = new Map<string, string>();
          for (const {name, data, value} of attributes) {
            const full = data ? `data-${name}` : name;
            if (full === 'data-career-widget') continue;
            placeholder.setAttribute(full, value);
            given.set(full, value);
          }
          placeholder.setAttribute('data-career-widget', tag);
          placeholder.append(Object.assign(document.createElement('p'), {textContent: 'Fallback'}));
          holder.append(placeholder);
          document.body.append(holder);
          try {
            mount(holder);
            await waitUntil(() => holder.firstElementChild?.localName === tag, `<${tag}> never replaced the placeholder`, {timeout: 10_000});
            const widget = holder.firstElementChild!;
            const {observedAttributes, trustedAttributes} = classOf(tag);
            const refused = trustedAttributes.filter((t) => !allowed.includes(t));
            for (const {name: attr} of [...widget.attributes]) {
              expect(attr.startsWith('on'), `<${tag} ${attr}>: an event handler attribute`).to.be.false;
              expect(refused.includes(attr) || refused.includes(attr.replace(/^data-/, '')), `<${tag} ${attr}>: a setting the page did not allow`).to.be.false;
            }
            for (const [full, value] of given) {
              const bare = full.replace(/^data-/, '');
              if (!full.startsWith('data-')) {
                // The host's own attributes: kept as they are (unless data-<same name> also set it), others dropped.
                if (KEPT.includes(full) && !given.has(`data-${full}`)) expect(widget.getAttribute(full), full).to.equal(value);
                else if (!KEPT.includes(full) && !observedAttributes.includes(full)) expect(widget.hasAttribute(full), full).to.be.false; // (an element may reflect its own)
              } else if (bare === 'state') {
                // The element's own (its data-state): a placeholder cannot preset it, nothing to compare.
              } else if (refused.includes(bare)) {
                expect(widget.hasAttribute(bare) || widget.hasAttribute(full), `${full}: not allowed by the page`).to.be.false;
              } else if (observedAttributes.includes(bare)) {
                // An attribute the element reflects comes back in its own form (a boolean's "").
                if (given.has(bare)) continue;
                if (reflects(tag, bare)) expect(widget.hasAttribute(bare), `${full} becomes ${bare}`).to.be.true;
                else expect(widget.getAttribute(bare), `${full} becomes ${bare}`).to.equal(value);
              } else {
                expect(widget.getAttribute(full), `${full} stays as it is`).to.equal(value);
              }
            }
            expect(widget.querySelector('p')?.textContent, 'the fallback content moved in').to.equal('Fallback');
          } finally {
            holder.remove();
            meta.remove();
          }
        },
      ),
      {numRuns: 60},
    );
  });
});
