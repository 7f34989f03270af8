import {addEnglish} from '../english.js';

/**
 * The words around a host's own content (overlay): its source line, its error, its programs' facts. Only the
 * elements that show host content read them (the profile and `<program-careers>`, through host-content.ts), so
 * they travel with that code, not in the entry, and join the English catalog when loaded.
 */
export const hostTerms = {
  hostErrorTitle: 'Some of this site’s own information could not be shown.',
  fromHost: (name: string) => `From ${name}`,
  hostUpdated: (when: string) => `updated ${when}`,
  hostPrograms: (name: string) => `Programs at ${name}`,
  credential: 'Credential',
  delivery: 'Delivery',
  area: 'Area',
};

addEnglish(hostTerms);
