import {BUILT_IN_LANGUAGES} from './i18n.js';
import {pageLang} from './page.js';

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow roots, so a
 * widget nested in another's shadow DOM, or inside a host's own component, still sees the page's `lang`), else
 * the document's. Empty when nothing on the way declares one.
 */
export function resolveLang(element: Element): string {
  for (let node: Element | null = element; node;) {
    const lang = node.getAttribute('lang')?.trim();
    if (lang) return lang;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return pageLang();
}

const supportedCache = new Map<string, string>();

/** A built-in language (`es`), its US variant (`es-US`), or nothing declared (English). */
const isBuiltIn = (lang: string) => {
  const tag = lang.toLowerCase();
  return !tag || BUILT_IN_LANGUAGES.some((language) => tag === language || tag === `${language}-us`);
};

/**
 * Every figure is a US figure in US dollars, so a bare language reads as its US variant: `es` formats like
 * `es-US` (`$61,530`, as US Spanish career sites write it), not like Spain (`61.530 US$`).
 */
export function localeFor(lang: string): string {
  let locale = supportedCache.get(lang);
  if (locale === undefined && isBuiltIn(lang)) {
    // The built-in languages are in every browser's locale data: skip `supportedLocalesOf`, whose first call
    // costs the browser over 100 ms (it builds its list of every available locale).
    locale = `${lang.slice(0, 2).toLowerCase() || 'en'}-US`;
    supportedCache.set(lang, locale);
  }
  if (locale === undefined) {
    try {
      const tag = /^[a-z]{2,3}$/i.test(lang) ? `${lang}-US` : lang;
      locale = Intl.NumberFormat.supportedLocalesOf(tag)[0] ?? Intl.NumberFormat.supportedLocalesOf(lang)[0] ?? 'en-US';
    } catch {
      locale = 'en-US'; // a malformed lang attribute must not break the widget
    }
    supportedCache.set(lang, locale);
  }
  return locale;
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * What a formatter shows for a number that is not finite. The validator refuses such numbers, so this never shows
 * with a dataset that loaded; it keeps "NaN" or "∞" off the page if a caller ever computes one.
 */
export const NO_NUMBER = '–';
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function formatter(locale: string, key: string, options: Intl.NumberFormatOptions) {
  const id = `${locale}|${key}`;
  let format = formatters.get(id);
  if (!format) formatters.set(id, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** `$61,530` for annual pay (whole dollars, as BLS publishes), `$29.58` for hourly. */
export function formatPay(value: number, basis: 'annual' | 'hourly', locale: string): string {
  if (!finite(value)) return NO_NUMBER;
  const digits = basis === 'hourly' ? 2 : 0;
  return formatter(locale, `pay-${basis}`, {style: 'currency', currency: 'USD', minimumFractionDigits: digits, maximumFractionDigits: digits}).format(value);
}

/** A score with a fixed number of decimals (`4.0 of 5`), so a list of scores lines up. */
export function formatScore(value: number, locale: string, digits = 1): string {
  if (!finite(value)) return NO_NUMBER;
  return formatter(locale, `s${digits}`, {minimumFractionDigits: digits, maximumFractionDigits: digits}).format(value);
}

/** `2026-02` -> `February 2026` in the page's language; anything else is returned as it is. */
export function formatMonth(isoDate: string, locale: string): string {
  if (typeof isoDate !== 'string') return '';
  const match = /^(\d{4})-(0[1-9]|1[0-2])/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  let format = monthFormats.get(locale);
  if (!format) monthFormats.set(locale, (format = new Intl.DateTimeFormat(locale, {month: 'long', year: 'numeric', timeZone: 'UTC'})));
  return format.format(date);
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Builds the formatters a widget in this language uses. The first formatter of a locale costs the browser tens of
 * milliseconds (loading its locale data), several times over on a slow phone: done while the page still waits for
 * the widget's code and data, that time is not added to the wait.
 */
export function warmFormatters(lang: string): void {
  const locale = localeFor(lang);
  formatPay(1, 'annual', locale);
  formatPay(1, 'hourly', locale);
  formatNumber(1, locale);
  formatChange(1, locale);
  formatPercent(1, locale);
  formatScore(1, locale);
  formatMonth('2025-05', locale);
}

/** `$50K` / `$25`: short pay for chart axes. */
export function formatPayShort(value: number, locale: string): string {
  if (!finite(value)) return NO_NUMBER;
  return formatter(locale, 'pay-short', {style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1}).format(value);
}

export function formatNumber(value: number, locale: string, maximumFractionDigits = 0): string {
  if (!finite(value)) return NO_NUMBER;
  return formatter(locale, `n${maximumFractionDigits}`, {maximumFractionDigits}).format(value);
}

/** `+7.1%` / `-2.0%`: signed, one decimal, as BLS publishes percent change. */
export function formatChange(percent: number, locale: string): string {
  if (!finite(percent)) return NO_NUMBER;
  return formatter(locale, 'change', {style: 'percent', signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1}).format(percent / 100);
}

/** `25%`; with `digits`, that many decimals always (`7.1%`, as BLS publishes percent change). */
export function formatPercent(percent: number, locale: string, digits = 0): string {
  if (!finite(percent)) return NO_NUMBER;
  return formatter(locale, `pct${digits}`, {style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits}).format(percent / 100);
}
