/**
 * The host's own content (overlay): loaded and validated like the dataset (the same fetch rules and error kinds),
 * then merged per occupation or program into what elements render, each item keeping its origin (the host).
 * No DOM here: elements hand in the overlay's URL or the text of their inline `<script type="application/json">`.
 */
import {array, type Check, type Checked, type InStep, type KeyDiff, MAX_ISSUES, number, object, oneOf, optional, record, refine, string} from './checks.js';
import {DatasetError} from './errors.js';
import {DEFAULT_FETCH_OPTIONS, type FetchOptions, fetchJson} from './fetch-json.js';
import {inSlice} from './slices.js';
import {OVERLAY_VERSION, type Certification, type HostOverlay, type HostProgram, type HostVideo, type LocalWageRow, type OverlayHost} from './overlay-types.js';

const text = string(500);
const paragraph = string(2_000);
const date = refine(string(10), (v) => (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? null : `"${v.slice(0, 20)}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`));

/** A URL the widget may link to: absolute https, http or mailto, without credentials. */
const isUrl = (value: string, protocols: readonly string[]) => {
  try {
    const url = new URL(value.trim());
    return protocols.includes(url.protocol) && !url.username && !url.password;
  } catch {
    return false;
  }
};
const link = refine(string(2_000), (v) =>
  isUrl(v, ['https:', 'http:', 'mailto:']) ? null : `"${v.slice(0, 60)}" is not an absolute https, http or mailto link`,
);
/** Media is loaded into the host's page: https only. */
const media = refine(string(2_000), (v) => (isUrl(v, ['https:']) ? null : `"${v.slice(0, 60)}" is not an absolute https URL`));
const money = number(0, 10_000_000);
const PERCENTILES = ['p10', 'p25', 'median', 'p75', 'p90'] as const;

const program = object({name: text, credential: optional(text), length: optional(text), cost: optional(text), delivery: optional(text), url: optional(link)});
const certification = object({name: text, issuer: optional(text), url: optional(link)});
const video = object({url: media, title: text, captions: optional(media), captionsLang: optional(string(35)), credit: optional(text)});
const wageRow = refine(
  object({
    label: text,
    basis: optional(oneOf('annual', 'hourly')),
    p10: optional(money),
    p25: optional(money),
    median: optional(money),
    p75: optional(money),
    p90: optional(money),
    source: text,
    date,
  }),
  (row) => {
    const values = PERCENTILES.map((k) => row[k]).filter((v): v is number => v !== undefined);
    if (!values.length) return 'a wage row needs a median or at least one percentile';
    return values.every((v, i) => i === 0 || v >= values[i - 1]!) ? null : 'percentiles are out of order';
  },
);
const notes = array(paragraph, 20);
const translation = object({title: optional(text), description: optional(string(20_000))});

const OCCUPATION_KEY = /^\d\d-\d{4}(\.\d\d)?$/;
const CIP_KEY = /^\d\d\.\d{4}$/;
const occupationEntry = object({
  programs: optional(array(program, 50)),
  certifications: optional(array(certification, 50)),
  videos: optional(array(video, 10)),
  notes: optional(notes),
  wages: optional(array(wageRow, 20)),
  translations: optional(record(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, translation)),
});
const programEntry = object({programs: optional(array(program, 50)), certifications: optional(array(certification, 50)), notes: optional(notes)});

/**
 * The largest overlay read, by URL or inline: 2 MB. Reading and parsing the file is one task that cannot be split
 * (JSON.parse takes the whole text), and it costs about 25 ms of main-thread CPU time per MB in Chromium
 * (benchmarks/results.md, "Long tasks"): at 2 MB the longest task stays far under the 200 ms a long task may take,
 * where the 8 MB a dataset file may be took about 200 ms on its own. A college's programs for every career fit in
 * a few hundred kB.
 */
export const OVERLAY_MAX_BYTES = 2 * 1024 * 1024;
const OVERLAY_FETCH_OPTIONS: FetchOptions = {
  ...DEFAULT_FETCH_OPTIONS,
  maxBytes: OVERLAY_MAX_BYTES,
  tooLargeNote: 'the most a host content (overlay) file may be, so that reading it never freezes the page',
};

/** The overlay around its entries; `entry` checks each entry (or defers it). */
const overlayShape = <O, P>(occupation: Check<O>, program: Check<P>) =>
  object({
    $comment: optional(string(2_000)),
    overlayVersion: refine(number(), (v) => (Math.trunc(v) === OVERLAY_VERSION ? null : `overlay version ${v}; this library reads version ${OVERLAY_VERSION}`)),
    host: object({name: text, url: optional(link)}),
    updated: optional(date),
    occupations: optional(record(OCCUPATION_KEY, occupation)),
    programs: optional(record(CIP_KEY, program)),
  });

const overlayCheck = overlayShape(occupationEntry, programEntry);
/** Everything but the entries' contents, which are then checked a slice at a time. */
const later: Check<unknown> = () => true;
const overlayFrame = overlayShape(later, later);

// Compile-time proof that the check and the published types (and so the generated schema) describe one shape, with
// the same keys at every level (see validate.ts).
type Proof<_ extends true> = true;
type NoKeyDiff<_ extends never> = true;
export type ProvenOverlay = [Proof<InStep<typeof overlayCheck, HostOverlay>>, NoKeyDiff<KeyDiff<Checked<typeof overlayCheck>, HostOverlay>>];

function refuse(issues: string[], where: string): never {
  const version = issues.some((issue) => issue.includes('overlay version'));
  throw new DatasetError(
    version ? 'version' : 'invalid',
    `The host content (overlay) ${where} is not valid: ${issues.join('; ')}`,
    where.startsWith('http') ? where : undefined,
  );
}

/** Validates an overlay document, naming every problem's place (`occupations.29-9021.programs[0].url: …`). */
export function validateOverlay(value: unknown, where: string): HostOverlay {
  const issues: string[] = [];
  if ((overlayCheck as Check<HostOverlay>)(value, '', issues)) return value as HostOverlay;
  return refuse(issues, where);
}

/**
 * The same check as {@link validateOverlay}, with the entries checked a slice at a time (src/data/slices.ts): an
 * overlay of megabytes (a college's programs for every career) would otherwise block the page for a second.
 */
export async function validateOverlayInSlices(value: unknown, where: string): Promise<HostOverlay> {
  const issues: string[] = [];
  let ok = overlayFrame(value, '', issues);
  const groups = [
    ['occupations', OCCUPATION_KEY, occupationEntry],
    ['programs', CIP_KEY, programEntry],
  ] as const;
  for (const [group, key, check] of groups) {
    const entries = (value as Record<string, unknown> | null)?.[group];
    if (!entries || typeof entries !== 'object' || Array.isArray(entries)) continue; // the frame said so
    for (const [name, entry] of Object.entries(entries)) {
      if (issues.length >= MAX_ISSUES) break;
      if (!key.test(name)) continue; // the frame named it
      await inSlice(() => void (ok = (check as Check<unknown>)(entry, `${group}.${name}`, issues) && ok));
    }
  }
  return ok ? (value as HostOverlay) : refuse(issues, where);
}

/** An overlay given inline (`<script type="application/json">` text); `where` names it in errors. */
export async function parseOverlay(json: string, where: string): Promise<HostOverlay> {
  // The same cap as a file loaded by URL: a page that embeds more is as wrong (and as slow to read).
  if (json.length > OVERLAY_MAX_BYTES) {
    throw new DatasetError(
      'invalid',
      `The host content (overlay) ${where} is larger than ${OVERLAY_MAX_BYTES / 1048576} MB; ${OVERLAY_FETCH_OPTIONS.tooLargeNote}.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new DatasetError('parse', `The host content (overlay) ${where} is not valid JSON.`);
  }
  return validateOverlayInSlices(value, where);
}

/** An overlay by URL: fetched once per page like a dataset file (same timeout and error kinds, its own size cap). */
export async function loadOverlay(url: string, signal?: AbortSignal): Promise<HostOverlay> {
  return validateOverlayInSlices(await fetchJson(url, signal, OVERLAY_FETCH_OPTIONS), url);
}

/** Resolves an overlay URL given by a host against the page; only http(s). */
export function normaliseOverlayUrl(source: string, base: string): string {
  let url: URL;
  try {
    url = new URL(source.trim(), base);
  } catch {
    throw new DatasetError('config', `"${source.slice(0, 80)}" is not a valid overlay URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new DatasetError('config', `An overlay URL must use http or https, not "${url.protocol}".`);
  url.hash = '';
  return url.href;
}

/** The host's content that applies to one occupation or program, merged, with whose it is. */
export interface HostContent {
  host: OverlayHost;
  updated?: string;
  programs: HostProgram[];
  certifications: Certification[];
  videos: HostVideo[];
  notes: string[];
  wages: LocalWageRow[];
}

const sameProgram = (a: HostProgram, b: HostProgram) => a.name === b.name && (a.credential ?? '') === (b.credential ?? '');
const sameNamed = <T extends {name: string}>(a: T, b: T) => a.name === b.name;

function addUnique<T>(into: T[], items: readonly T[] | undefined, same: (a: T, b: T) => boolean) {
  for (const item of items ?? []) if (!into.some((x) => same(x, item))) into.push(item);
}

/**
 * What the overlay says about an occupation: its own entry (O*NET-SOC code), its SOC code's entry, and the entries
 * of the programs (CIP) that prepare for it, in that order, without repeats. Null when the overlay says nothing.
 */
export function hostContentFor(overlay: HostOverlay, occupation: {code: string; soc: string; programs?: {cip: string}[]}): HostContent | null {
  const entries = [overlay.occupations?.[occupation.code], occupation.code !== occupation.soc ? overlay.occupations?.[occupation.soc] : undefined];
  const programs = (occupation.programs ?? []).map((p) => overlay.programs?.[p.cip]);
  return merge(overlay, [...entries, ...programs]);
}

/** What the overlay says about a program (CIP code). */
export function hostContentForProgram(overlay: HostOverlay, cip: string): HostContent | null {
  return merge(overlay, [overlay.programs?.[cip]]);
}

function merge(
  overlay: HostOverlay,
  entries: (Partial<Record<'programs' | 'certifications' | 'videos' | 'notes' | 'wages', unknown[]>> | undefined)[],
): HostContent | null {
  const content: HostContent = {host: overlay.host, updated: overlay.updated, programs: [], certifications: [], videos: [], notes: [], wages: []};
  for (const entry of entries) {
    if (!entry) continue;
    addUnique(content.programs, entry.programs as HostProgram[] | undefined, sameProgram);
    addUnique(content.certifications, entry.certifications as Certification[] | undefined, sameNamed);
    addUnique(content.videos, entry.videos as HostVideo[] | undefined, (a, b) => a.url === b.url);
    addUnique(content.notes, entry.notes as string[] | undefined, (a, b) => a === b);
    addUnique(content.wages, entry.wages as LocalWageRow[] | undefined, (a, b) => a.label === b.label);
  }
  const empty = !content.programs.length && !content.certifications.length && !content.videos.length && !content.notes.length && !content.wages.length;
  return empty ? null : content;
}
