import type {IndexEntry, Occupation} from './dataset-types.js';
import {figuresSubject} from './figures-subject.js';

/**
 * An occupation's line in `index.json`, from its own file: the pipeline writes the index with it, and the data layer
 * rebuilds the same line from an occupation file when it resolves a code without the index. One function, so the
 * two cannot disagree.
 */
export function indexEntryOf(occupation: Occupation): IndexEntry {
  const median = occupation.wages.national?.annual.median ?? null;
  const entry: IndexEntry = {
    code: occupation.code,
    soc: occupation.soc,
    title: occupation.title,
    major: `${occupation.soc.slice(0, 2)}-0000`,
    jobZone: occupation.jobZone,
    median,
    kind: occupation.kind,
  };
  // Whose median it is, when it is another BLS code's (an aggregate, or the SOC occupation of a specialty).
  const subject = median === null ? null : figuresSubject(occupation, 'wages');
  if (subject) entry.medianOf = {code: subject.code, title: subject.title};
  return entry;
}
