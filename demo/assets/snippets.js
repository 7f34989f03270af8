// The embed builder's snippets, as pure functions of the builder's choices (tested on their own).
//   spec = { tag, attributes: [[name, value]...], styles: [[--prop, value]...], scriptUrl, occupation, fallback,
//            reserveEm (the previewed widget's height in em, once measured),
//            trusted (the chosen attributes a CMS placeholder may set only where the page's head allows them) }
// `value === ''` means a boolean attribute that is present.

const escapeAttr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A PHP single-quoted string: only `\` and `'` are special there. */
const phpString = (s) => `'${String(s).replace(/[\\']/g, (c) => `\\${c}`)}'`;
/** A YAML double-quoted scalar (a URL as a map key in Drupal's libraries.yml). */
const yamlString = (s) => `"${String(s).replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}"`;

/**
 * The script URL as every snippet writes it: absolute http(s), without a user name or password (a snippet is
 * pasted into pages anyone can read), normalised by the URL parser. `{problem}` says what is wrong with it instead.
 */
export function checkScriptUrl(text) {
  let url;
  try {
    url = new URL(String(text ?? '').trim());
  } catch {
    return { problem: 'Enter the full address of career-widgets.js, starting with https:// (for example https://cdn.example.org/career-widgets/career-widgets.js).' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: `The script URL must start with https:// (or http://), not ${url.protocol}` };
  if (url.username || url.password) return { problem: 'The script URL must not contain a user name or password; use an address starting with https:// that anyone may load.' };
  return { url: url.href };
}

/** The spec with its script URL checked and normalised, or null when the URL cannot be written into a snippet. */
const checked = (spec) => {
  const { url } = checkScriptUrl(spec.scriptUrl);
  return url ? { ...spec, scriptUrl: url } : null;
};
const escapeText = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attrs = (pairs) => pairs.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`)).join('');

/** The occupation file the data layer asks for first (`29-2072` -> `29-2072.00`). */
export const likelyFile = (code) => (/^\d\d-\d{4}$/.test(code) ? `${code}.00` : code);

/** `<link>` hints that start the script and its data at once, so nothing waits for the script before loading. */
export function resourceHints({ scriptUrl, occupation, tag }) {
  const data = new URL('data/', scriptUrl).href;
  const lines = [`<link rel="modulepreload" href="${escapeAttr(scriptUrl)}">`];
  // Room for the widget from the first paint, before the script has run (dist/career-widgets.css, 0.6 kB).
  lines.push(`<link rel="stylesheet" href="${escapeAttr(new URL('career-widgets.css', scriptUrl).href)}">`);
  // The element's own code (dist/elements/<tag>.js, with the elements it nests) loads with the script, not after it.
  if (tag) lines.push(`<link rel="modulepreload" href="${escapeAttr(new URL(`elements/${tag}.js`, scriptUrl).href)}">`);
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
export function themeCss({ tag, styles, reserveEm }) {
  const all = reserveEm ? [...styles, ['--cw-loading-height', `${reserveEm}em`]] : styles;
  if (!all.length) return '';
  const rule = `${tag}, [data-career-widget="${tag}"] {\n${all.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`;
  return reserveEm ? `${rule}\n${tag}:not(:defined) {\n  display: flow-root;\n  min-height: var(--cw-loading-height);\n}` : rule;
}

/** The element's own content: the host's fallback text, shown before the script runs and if the data cannot load. */
export const fallbackHtml = ({ fallback }) => (fallback ? `\n  <p>${escapeText(fallback)}</p>\n` : '');

/** Flavour 1: hints, the script tag and the element (for editors that keep scripts and custom tags). '' for a bad script URL. */
export function elementSnippet(given) {
  const spec = checked(given);
  if (!spec) return '';
  const css = themeCss(spec);
  return [
    resourceHints(spec),
    `<script type="module" src="${escapeAttr(spec.scriptUrl)}"></script>`,
    css ? `<style>\n${css}\n</style>` : '',
    `<${spec.tag}${attrs(spec.attributes)}>${fallbackHtml(spec)}</${spec.tag}>`,
  ].filter(Boolean).join('\n');
}

/** The placeholder alone: a div whose attributes all survive filtered editors. */
export function placeholder(spec) {
  return `<div data-career-widget="${spec.tag}"${attrs(spec.attributes.map(([name, value]) => [`data-${name}`, value]))}>${fallbackHtml(spec)}</div>`;
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
    meta ? `<!-- ${spec.trusted.map((name) => `data-${name}`).join(', ')}: only where your theme writes ${meta} into the page's head (see the recipe). -->` : '',
    placeholder(spec),
    `<!-- If your editor keeps scripts, keep this line; otherwise load it once site-wide (see the recipe). -->`,
    `<script type="module" src="${escapeAttr(spec.scriptUrl)}"></script>`,
  ].filter(Boolean).join('\n');
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
   <div data-career-widget ${spec.attributes.map(([name]) => `data-${name}`).join(' ')}> to its allowed tags.
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
 * it over. For places that keep raw HTML as it is (WordPress Custom HTML by administrators, Drupal Full HTML,
 * static sites); the content shows before, and without, the script. '' for a bad script URL.
 */
export function prerenderedSnippet(given, prerendered) {
  const spec = checked(given);
  if (!spec) return '';
  const css = themeCss({ ...spec, reserveEm: undefined });
  return [
    `<link rel="modulepreload" href="${escapeAttr(spec.scriptUrl)}">`,
    css ? `<style>\n${css}\n</style>` : '',
    prerendered,
    `<script type="module" src="${escapeAttr(spec.scriptUrl)}"></script>`,
  ].filter(Boolean).join('\n');
}
