/**
 * Keeping a career list's filters and order in the page URL, so a list can be shared and Back steps through a
 * visitor's changes. `url-param="careers"` keeps them as `careers-major=29&careers-education=associate&
 * careers-sort=median`: one readable parameter per setting, prefixed so two lists (or a search) on one page keep
 * theirs apart. Other parameters and the hash are kept. The URL is visitor input: it is parsed like attributes.
 */
import type {FilterStrings} from '../../data/career-list.js';

/** The settings kept, by their attribute names. */
export const URL_SETTINGS = [
  'major',
  'education',
  'job-zone',
  'min-pay',
  'pay',
  'outlook',
  'interests',
  'bright-outlook',
  'query',
  'sort',
  'sort-direction',
] as const;
export type UrlSetting = (typeof URL_SETTINGS)[number];
export type UrlSettings = Partial<Record<UrlSetting, string>>;

/** What the URL says, by setting; null when it says nothing for this list (then the attributes apply). */
export function readUrlSettings(prefix: string, href = location.href): UrlSettings | null {
  const params = new URL(href).searchParams;
  const settings: UrlSettings = {};
  let any = false;
  for (const name of URL_SETTINGS) {
    const value = params.get(`${prefix}-${name}`);
    if (value === null) continue;
    settings[name] = value.slice(0, 200);
    any = true;
  }
  return any ? settings : null;
}

/** A new history entry with the settings (empty ones removed), or, with `replace`, the current entry changed. */
export function writeUrlSettings(prefix: string, settings: UrlSettings, replace = false): void {
  const url = new URL(location.href);
  for (const name of URL_SETTINGS) {
    const value = settings[name];
    if (value) url.searchParams.set(`${prefix}-${name}`, value);
    else url.searchParams.delete(`${prefix}-${name}`);
  }
  if (url.href === location.href) return;
  if (replace) history.replaceState(history.state, '', url);
  else history.pushState(history.state, '', url);
}

/** Settings -> the strings the filters parse. */
export function filterStrings(settings: UrlSettings): FilterStrings {
  return {
    major: settings.major,
    education: settings.education,
    jobZone: settings['job-zone'],
    minPay: settings['min-pay'],
    pay: settings.pay,
    outlook: settings.outlook,
    interests: settings.interests,
    bright: settings['bright-outlook'] ?? null,
    query: settings.query,
  };
}
