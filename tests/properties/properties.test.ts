import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {DatasetError} from '../../src/data/errors.js';
import {validateIndex, validateMeta, validateOccupation} from '../../src/data/validate.js';
import {
  formatChange,
  formatMonth,
  formatNumber,
  formatPay,
  formatPayShort,
  formatPercent,
  formatScore,
  localeFor,
  resolveLang,
} from '../../src/internal/locale.js';
import {real} from '../support/stub-dataset.js';

/**
 * Property-based tests (fast-check), in every engine (each has its own Intl): over arbitrary input, the validator
 * either accepts a value whose numbers are all finite or throws a DatasetError, and no formatter throws or
 * produces text with NaN, Infinity or undefined in it. A failure prints the smallest input that breaks it.
 */
const RUNS = {numRuns: 300};
const BAD_TEXT = /NaN|Infinity|∞|undefined|null|\[object/;

const LOCALES = ['en-US', 'es-US', 'es', 'fr-FR', 'de-DE', 'ar-EG', 'hi-IN', 'ja-JP', 'zh-CN', 'he-IL', 'fa-IR', 'th-TH-u-nu-thai', 'sw'];
const locale = fc.constantFrom(...LOCALES);
/** Every number a formatter could be handed, the awkward ones made likely. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, 1e21, -1e21, 0.005, 2.5, 1e-7),
);

function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}

/** Runs `validate`; true if it accepted, false if it refused with a DatasetError; anything else fails the property. */
function outcome(validate: (value: unknown, url: string) => unknown, value: unknown): boolean {
  try {
    const accepted = validate(value, 'p.json');
    expect(allFinite(accepted), 'accepted a non-finite number').to.be.true;
    return true;
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    expect(error.message).to.contain('p.json');
    return false;
  }
}

/** Replaces the value at a random path of `base` with `replacement`. */
function mutate(base: unknown, choose: number[], replacement: unknown): unknown {
  const copy = structuredClone(base) as any;
  let node = copy;
  for (const pick of choose) {
    if (!node || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[pick % keys.length]!;
    if (!node[key] || typeof node[key] !== 'object' || pick % 3 === 0) {
      node[key] = replacement;
      return copy;
    }
    node = node[key];
  }
  return copy;
}

describe('properties: the validator', () => {
  it('accepts or refuses any JSON value with a DatasetError, never anything else', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        outcome(validateOccupation, value);
        outcome(validateIndex, value);
        outcome(validateMeta, value);
      }),
      RUNS,
    );
  });

  it('accepts or refuses any value at all (objects with odd prototypes, symbols, functions, -0, NaN)', () => {
    fc.assert(
      fc.property(fc.anything({withBoxedValues: true, withNullPrototype: true, withObjectString: true}), (value) => void outcome(validateOccupation, value)),
      RUNS,
    );
  });

  it('a real occupation file with one value anywhere replaced: accepted with finite numbers, or refused', async () => {
    const occupation = await real('occupations/29-2072.00.json');
    const meta = await real('meta.json');
    const replacement = fc.oneof(fc.jsonValue(), anyNumber, fc.string(), fc.constant(undefined));
    fc.assert(
      fc.property(fc.array(fc.nat(), {minLength: 1, maxLength: 6}), replacement, (path, value) => {
        outcome(validateOccupation, mutate(occupation, path, value));
        outcome(validateMeta, mutate(meta, path, value));
      }),
      RUNS,
    );
  });
});

describe('properties: formatters', () => {
  const clean = (text: unknown) => {
    expect(text).to.be.a('string');
    expect(text as string).not.to.match(BAD_TEXT);
  };

  it('money, short money, counts, scores, percentages and changes: a clean string for any number and locale', () => {
    fc.assert(
      fc.property(anyNumber, locale, fc.integer({min: 0, max: 3}), (value, loc, digits) => {
        clean(formatPay(value, 'annual', loc));
        clean(formatPay(value, 'hourly', loc));
        clean(formatPayShort(value, loc));
        clean(formatNumber(value, loc, digits));
        clean(formatScore(value, loc, digits));
        clean(formatPercent(value, loc));
        clean(formatChange(value, loc));
      }),
      RUNS,
    );
  });

  it('finite numbers are formatted as numbers (a digit in every result)', () => {
    fc.assert(
      fc.property(fc.double({noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12}), locale, (value, loc) => {
        for (const text of [formatPay(value, 'annual', loc), formatNumber(value, loc), formatChange(value, loc)]) {
          expect(text).to.match(/\p{Nd}/u);
        }
      }),
      RUNS,
    );
  });

  it('dates: any string gives a clean string (a real month is spelled out, anything else shown as given)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}-\d{2}(-\d{2})?$/)), locale, (date, loc) => {
        const text = formatMonth(date, loc);
        expect(text).to.be.a('string');
        if (!BAD_TEXT.test(date)) expect(text).not.to.match(/NaN|Invalid Date|undefined/);
      }),
      RUNS,
    );
  });

  it('any lang attribute resolves to a locale the formatters accept', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('', 'x', 'en-', '--', 'zz-ZZ', 'i-klingon', 'en-US-u-nu-bogus', '\u0000')), (lang) => {
        const el = document.createElement('span');
        el.setAttribute('lang', lang);
        const loc = localeFor(resolveLang(el));
        clean(formatPay(61_530, 'annual', loc));
        clean(formatMonth('2026-02', loc));
      }),
      RUNS,
    );
  });
});
