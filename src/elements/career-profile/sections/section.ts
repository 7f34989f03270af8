import type {TemplateResult} from 'lit';
import type {OccupationData} from '../../../data/dataset.js';
import type {HostContent} from '../../../data/overlay.js';
import type {Messages} from '../../../internal/messages.js';

/**
 * Every section's identifier, in the default order: what a student asks first (what the work is, what it pays,
 * whether there are jobs, how to get in) before the detail of skills, tools and interests.
 */
export const SECTION_IDS = [
  'overview',
  'tasks',
  'wages',
  'local',
  'outlook',
  'education',
  'programs',
  'certifications',
  'courses',
  'skills',
  'knowledge',
  'technology',
  'interests',
  'styles',
  'conditions',
  'video',
  'related',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

/** The default profile shows these first; the rest wait behind "Show more", so it fits a program page. */
export const COMPACT_SECTIONS: ReadonlySet<SectionId> = new Set(['overview', 'tasks', 'wages', 'local', 'outlook', 'education']);

/** What a section renders from. */
export interface SectionContext {
  data: OccupationData;
  messages: Messages;
  /** The widget's resolved language tag (`es`, `es-MX`, `so`), for host translations of occupation text. */
  lang: string;
  /** Locale for numbers and dates. */
  locale: string;
  /** Heading level of section headings (the profile's own level + 1). */
  level: number;
  region: string;
  /** The sections the profile renders (the outlook explains its employment figure when the wage table shows too). */
  shown: ReadonlySet<SectionId>;
  /** The default, compact profile (no `sections` given): sections show their first few items, the rest on demand. */
  compact: boolean;
  /** The host's dataset URL attribute, passed on to nested widgets. */
  source: string;
  /** Switches the profile to another occupation (related occupations, SOC siblings). */
  select: (code: string) => void;
  /** The host's own content (overlay) for this occupation; null when there is none (or it failed to load). */
  host: HostContent | null;
  /** Videos the visitor asked to play, and those that failed; nothing loads from a video host before `play`. */
  videos: {playing: ReadonlySet<string>; failed: ReadonlySet<string>; play: (url: string) => void; fail: (url: string) => void};
}

/** A section's body, or null when the dataset has nothing for it (the section is then left out). */
export type SectionRenderer = (context: SectionContext) => TemplateResult | null;
