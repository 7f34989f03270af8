/**
 * career-widgets: the one-script-tag entry. Importing it registers every element (guarded, so loading the
 * script twice is harmless) and exposes the classes and the data layer for sites with their own build.
 */
export {CareerProfile} from './elements/career-profile/career-profile.js';
export {SkillList} from './elements/skill-list/skill-list.js';
export {WageRange} from './elements/wage-range/wage-range.js';
export * from './data/index.js';
// <career-compare> is larger and on few pages: its code is fetched when a page uses the tag (its class is exported
// from `career-widgets/elements/career-compare` for sites with their own build).
export type {CareerCompare} from './elements/career-compare/career-compare.js';
defineLazily('career-compare', () => import('./elements/career-compare/career-compare.js'));
export type {CareerCompareAction, CareerCompareChangeDetail, CareerCompareChangeEvent, CareerErrorDetail, CareerErrorEvent, CareerLoadDetail, CareerLoadEvent, CareerSelectDetail, CareerSelectEvent, CareerSelectVia} from './internal/events.js';
export {VERSION} from './internal/version.js';
import {defineLazily} from './internal/lazy-define.js';
