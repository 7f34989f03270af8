// The embed builder's snippets, as pure functions of the builder's choices (tested on their own).
//   spec = { tag, id, attributes: [[name, value]...], styles: [[--prop, value]...], scriptUrl, occupation, fallback,
//            links: [{href, text}...] (fallback links, see fallbackLinks), follower: {tag, attributes} (a widget
//            that shows the element's choice: `for` = id), reserveEm (the previewed widget's height in em, once measured),
//            trusted (the chosen attributes a CMS placeholder may set only where the page's head allows them) }
// `value === ''` means a boolean attribute that is present.

const escapeAttr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A PHP single-quoted string: only `\` and `'` are special there. */
const phpString = (s) => `'${String(s).replace(/[\\']/g, (c) => `\\${c}`)}'`;
/** A YAML double-quoted scalar (a URL as a map key in Drupal's libraries.yml). */
const yamlString = (s) =>
  `"${String(s)
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}"`;

/**
 * The script URL as every snippet writes it: absolute http(s), without a user name or password (a snippet is
 * pasted into pages anyone can read), normalised by the URL parser. `{problem}` says what is wrong with it instead.
 */
export function checkScriptUrl(text) {
  let url;
  try {
    url = new URL(String(text ?? '').trim());
  } catch {
    return {
      problem: 'Enter the full address of career-widgets.js, starting with https:// (for example https://cdn.example.org/career-widgets/career-widgets.js).',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return {problem: `The script URL must start with https:// (or http://), not ${url.protocol}`};
  if (url.username || url.password)
    return {problem: 'The script URL must not contain a user name or password; use an address starting with https:// that anyone may load.'};
  return {url: url.href};
}

/** The spec with its script URL checked and normalised, or null when the URL cannot be written into a snippet. */
const checked = (spec) => {
  const {url} = checkScriptUrl(spec.scriptUrl);
  return url ? {...spec, scriptUrl: url} : null;
};
const escapeText = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attrs = (pairs) => pairs.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`)).join('');

/** The occupation file the data layer asks for first (`29-2072` -> `29-2072.00`). */
export const likelyFile = (code) => (/^\d\d-\d{4}$/.test(code) ? `${code}.00` : code);

/** O*NET OnLine's page for an occupation (an O*NET-SOC code), or its search for a SOC code O*NET does not profile. */
export const onetUrl = (code) =>
  /^\d\d-\d{4}\.\d\d$/.test(code) ? `https://www.onetonline.org/link/summary/${code}` : `https://www.onetonline.org/find/quick?s=${encodeURIComponent(code)}`;

/**
 * Where a visitor can still go when the widget cannot show (before the script runs, where it is blocked or stripped,
 * when the data cannot load): the occupation's page on O*NET OnLine; for a comparison, each career's; for a
 * program, O*NET OnLine's careers for its CIP code; for a search, O*NET OnLine itself.
 *   choice = { tag, occupation, title, careers: [{code, title}], cip }
 */
export function fallbackLinks({tag, occupation, title, careers = [], cip}) {
  if (tag === 'program-careers') {
    return [
      {
        href: `https://www.onetonline.org/crosswalk/CIP?s=${encodeURIComponent(cip || '')}`,
        text: cip ? `Careers for program ${cip} (O*NET OnLine)` : 'Careers by program (O*NET OnLine)',
      },
    ];
  }
  if (tag === 'career-compare') return careers.map((c) => ({href: onetUrl(c.code), text: `${c.title || c.code} (O*NET OnLine)`}));
  if (occupation) return [{href: onetUrl(occupation), text: `${title || occupation} (O*NET OnLine)`}];
  return [{href: 'https://www.onetonline.org/', text: 'Find careers on O*NET OnLine'}];
}

/** `<link>` hints that start the script and its data at once, so nothing waits for the script before loading. */
export function resourceHints({scriptUrl, occupation, tag, follower}) {
  const data = new URL('data/', scriptUrl).href;
  const lines = [`<link rel="modulepreload" href="${escapeAttr(scriptUrl)}">`];
  // Room for the widget from the first paint, before the script has run (dist/career-widgets.css, 0.6 kB).
  lines.push(`<link rel="stylesheet" href="${escapeAttr(new URL('career-widgets.css', scriptUrl).href)}">`);
  // The element's own code (dist/elements/<tag>.js, with the elements it nests) loads with the script, not after it.
  for (const t of [tag, follower?.tag].filter(Boolean))
    lines.push(`<link rel="modulepreload" href="${escapeAttr(new URL(`elements/${t}.js`, scriptUrl).href)}">`);
  lines.push(`<link rel="preload" as="fetch" crossorigin href="${escapeAttr(`${data}meta.json`)}">`);
  if (/^\d\d-\d{4}(\.\d\d)?$/.test(occupation)) {
    lines.push(`<link rel="preload" as="fetch" crossorigin href="${escapeAttr(`${data}occupations/${likelyFile(occupation)}.json`)}">`);
  }
  return lines.join('\n');
}

/**
 * A CSS rule for the chosen custom properties, for both the element and its CMS-safe placeholder, and, when the
 * builder measured the widget (`reserveEm`), the space to keep for it from the page's first paint until its content
 * is in, so nothing below it moves (the element keeps `--cw-loading-height` while loading; before its code has
 * arrived, the `:not(:defined)` rule does).
 */
export function themeCss({tag, styles, reserveEm}) {
  const all = reserveEm ? [...styles, ['--cw-loading-height', `${reserveEm}em`]] : styles;
  if (!all.length) return '';
  const rule = `${tag}, [data-career-widget="${tag}"] {\n${all.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`;
  return reserveEm ? `${rule}\n${tag}:not(:defined) {\n  display: flow-root;\n  min-height: var(--cw-loading-height);\n}` : rule;
}

/** The content shown until the widget has rendered, and instead of it when it cannot: the host's text, then the links. */
export const fallbackHtml = ({fallback, links = []}) => {
  const lines = [];
  if (fallback) lines.push(`  <p>${escapeText(fallback)}</p>`);
  if (links.length) lines.push(`  <p>${links.map(({href, text}) => `<a href="${escapeAttr(href)}">${escapeText(text)}</a>`).join(' · ')}</p>`);
  return lines.length ? `\n${lines.join('\n')}\n` : '';
};

const idAttr = ({id}) => (id ? ` id="${escapeAttr(id)}"` : '');

/** Flavour 1: hints, the script tag and the element (for editors that keep scripts and custom tags). '' for a bad script URL. */
export function elementSnippet(given) {
  const spec = checked(given);
  if (!spec) return '';
  const css = themeCss(spec);
  const {follower} = spec;
  return [
    resourceHints(spec),
    `<script type="module" src="${escapeAttr(spec.scriptUrl)}"></script>`,
    css ? `<style>\n${css}\n</style>` : '',
    `<${spec.tag}${idAttr(spec)}${attrs(spec.attributes)}>${fallbackHtml(spec)}</${spec.tag}>`,
    follower ? `<${follower.tag}${attrs(follower.attributes)}></${follower.tag}>` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The placeholder alone: a div whose attributes all survive filtered editors (its `id` is kept as it is). */
export function placeholder(spec) {
  const dataAttrs = (pairs) => attrs(pairs.map(([name, value]) => [`data-${name}`, value]));
  const {follower} = spec;
  const leader = `<div data-career-widget="${spec.tag}"${idAttr(spec)}${dataAttrs(spec.attributes)}>${fallbackHtml(spec)}</div>`;
  return follower ? `${leader}\n<div data-career-widget="${follower.tag}"${dataAttrs(follower.attributes)}></div>` : leader;
}

/** The `<meta>` a page's head needs before placeholders may set `spec.trusted` (src/auto-mount/auto-mount.ts). */
export const placeholdersMeta = (spec) =>
  spec.trusted?.length ? `<meta name="career-widgets-placeholders" content="${escapeAttr(spec.trusted.join(' '))}">` : '';

/** Flavour 2: CMS-safe: the placeholder, then the script for editors that keep it (harmless where stripped). */
export function cmsSnippet(given) {
  const spec = checked(given);
  if (!spec) return '';
  const meta = placeholdersMeta(spec);
  return [
    meta
      ? `<!-- ${spec.trusted.map((name) => `data-${name}`).join(', ')}: only where your theme writes ${meta} into the page's head (see the recipe). -->`
      : '',
    placeholder(spec),
    `<!-- If your editor keeps scripts, keep this line; otherwise load it once site-wide (see the recipe). -->`,
    `<script type="module" src="${escapeAttr(spec.scriptUrl)}"></script>`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Flavour 3: WordPress and Drupal: the placeholder in the page, the script and hints once in the theme. '' for a bad script URL. */
export function recipe(given) {
  const spec = checked(given);
  if (!spec) return '';
  const css = themeCss(spec);
  const meta = placeholdersMeta(spec);
  const headLines = [...(meta ? [meta] : []), ...resourceHints(spec).split('\n')];
  const hintsPhp = headLines.map((line) => `  echo ${phpString(line)}, "\\n";`).join('\n');
  return `WordPress
1. In the page, add a "Custom HTML" block (or switch the classic editor to "Text") and paste:

${placeholder(spec)}

2. Once for the whole site, in the theme's functions.php or a small plugin:

add_action('wp_head', function () {
${hintsPhp}
});
add_action('wp_enqueue_scripts', function () {
  wp_enqueue_script('career-widgets', ${phpString(spec.scriptUrl)}, [], null, true);
});
add_filter('script_loader_tag', function ($tag, $handle) {
  return $handle === 'career-widgets' ? str_replace('<script ', '<script type="module" ', $tag) : $tag;
}, 10, 2);
${css ? `\n3. Colours and font: Appearance > Customize > Additional CSS:\n\n${css}\n` : ''}
Drupal
1. Edit the page in a text format that allows it: "Full HTML", or "Basic HTML" after adding
   <div data-career-widget ${[...(spec.id ? ['id'] : []), ...new Set([...spec.attributes, ...(spec.follower?.attributes ?? [])].map(([name]) => `data-${name}`))].join(' ')}> to its allowed tags.
   In CKEditor 5, use "Source" and paste:

${placeholder(spec)}

2. Once, in your theme's mytheme.libraries.yml (and list it under libraries: in mytheme.info.yml):

career-widgets:
  js:
    ${yamlString(spec.scriptUrl)}: { type: external, attributes: { type: module }, minified: true }
${css ? `  css:\n    theme:\n      css/career-widgets.css: {}   # with the rule below\n\n${css}\n` : ''}${meta ? `\n3. In your theme's html.html.twig, inside <head>:\n\n${meta}\n` : ''}`;
}

/**
 * Flavour 4: pre-rendered: the widget's content already in the code (declarative shadow DOM and the data it shows,
 * from the library's own pre-renderer: `prerendered` is its output for this spec), then the script, which takes
 * it over. For places that keep raw HTML as it is (WordPress Custom HTML by administrators, static sites), not for
 * editors that filter or rebuild it (README's CMS table, tested in tests/bundle/cms-real.test.ts); the content
 * shows before, and without, the script. '' for a bad script URL.
 */
export function prerenderedSnippet(given, prerendered) {
  const spec = checked(given);
  if (!spec) return '';
  const css = themeCss({...spec, reserveEm: undefined});
  const {follower} = spec;
  return [
    `<link rel="modulepreload" href="${escapeAttr(spec.scriptUrl)}">`,
    css ? `<style>\n${css}\n</style>` : '',
    prerendered,
    // The widget that follows the choice (for) shows nothing of its own until a choice is made: left to the script.
    follower ? `<${follower.tag}${attrs(follower.attributes)}></${follower.tag}>` : '',
    `<script type="module" src="${escapeAttr(spec.scriptUrl)}"></script>`,
  ]
    .filter(Boolean)
    .join('\n');
}
