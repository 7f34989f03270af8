/**
 * docs/SECURITY.md's hostile strings, and a dataset file with one of them in every text field: for tests that check
 * that data shows as text and never becomes markup (in Node, on the pre-renderer's output; in the browser).
 */
export const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=2</script>',
  '</style><script>window.__pwned=3</script>',
  '<svg onload="window.__pwned=4"></svg>',
  '</template><img src=x onerror="window.__pwned=5">',
  '--><img src=x onerror="window.__pwned=6"><!--',
  '</script><script>window.__pwned=7</script>',
];

// Keys whose strings are identifiers, codes or enums: poisoning them would only test the validator (done in
// tests/data/validate.test.ts), not rendering.
const STRUCTURAL = new Set([
  'schemaVersion',
  'datasetVersion',
  'code',
  'soc',
  'kind',
  'type',
  'tier',
  'level',
  'comparison',
  'basis',
  'highPoint',
  'id',
  'url',
  'licenseUrl',
  'date',
  'period',
  'previousPeriod',
  'svpRange',
  'major',
  'scale',
  'cip',
  'poster', // a program's CIP code; the video's https URLs (hostile URLs: tests/security/hostile-urls.test.ts)
  'occupations', // the occupation codes a program leads to (programs.json)
  'lowPrecision', // which of a rating's estimates O*NET flags: ['importance', 'level']
  'region',
  'interests',
  'reason', // a region summary's own code, its careers' RIASEC codes, why figures are another code's
]);

/** Every text value of `value` (but structural keys) replaced by `text`. Record keys stay as they are. */
export function poison(value: unknown, text: string, key = ''): unknown {
  if (key === 'status') return value; // {"annual.median": "derived", ...}: enums under data keys
  if (STRUCTURAL.has(key) && value && typeof value === 'object' && !Array.isArray(value)) return value; // a region's basis: {"30": "annual-only"}
  if (typeof value === 'string') return STRUCTURAL.has(key) ? value : text;
  if (Array.isArray(value)) return value.map((item) => poison(item, text, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, text, k)]));
  }
  return value;
}
