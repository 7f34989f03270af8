/**
 * Text a visitor reads in the widget's language: the shadow trees (nested widgets' too), leaving out everything
 * marked `lang="en"` (the dataset's English content) and the English licence notice kept beside a translation.
 */
export function uiText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      if (/^en(-|$)/i.test(node.getAttribute('lang') ?? '')) return;
      if (node.localName === 'style') return;
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    for (const child of node.childNodes) walk(child);
  };
  walk(root instanceof Element ? (root.shadowRoot ?? root) : root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Every `lang` attribute in the element's shadow trees. */
export function langAttributes(root: Element): string[] {
  const found: string[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      const lang = el.getAttribute('lang');
      if (lang !== null) found.push(lang);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root.shadowRoot ?? root);
  return found;
}

/** English labels that must not show in a Spanish widget (outside the dataset's marked English content). */
export const ENGLISH_LABELS = [
  'What they do',
  'Typical work tasks',
  'Tools & technology',
  'Most important',
  'Interests',
  'Work styles',
  'Wages',
  'Outlook',
  'Education & training',
  'Related occupations',
  'Per year',
  'Per hour',
  'Median',
  'percentile',
  'Employment',
  'Source:',
  'Show all',
  'Show fewer',
  'United States',
  'May 2025',
  'note',
  'Not available',
  'Try again',
  'Loading',
  'This includes information',
  'Also called',
  'Job Zone',
  'Technology',
  'Tools',
  'Preparation needed',
  'Number of jobs',
  'Jobs in',
  'Typical education',
  'How important',
  'level needed',
  'Middle',
];

/** The English labels found in `text` as whole words. */
export const englishIn = (text: string) =>
  ENGLISH_LABELS.filter((label) => new RegExp(`(^|[^\\p{L}])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text));
