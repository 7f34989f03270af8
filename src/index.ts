/**
 * career-widgets: the one-script-tag entry. Importing it registers every element (guarded, so loading the
 * script twice is harmless) and exposes the classes and the data layer for sites with their own build.
 */
export {CareerCompare} from './elements/career-compare/career-compare.js';
export {CareerProfile} from './elements/career-profile/career-profile.js';
export {SkillList} from './elements/skill-list/skill-list.js';
export {WageRange} from './elements/wage-range/wage-range.js';
export * from './data/index.js';
export type {CareerCompareAction, CareerCompareChangeDetail, CareerCompareChangeEvent, CareerErrorDetail, CareerErrorEvent, CareerLoadDetail, CareerLoadEvent, CareerSelectDetail, CareerSelectEvent, CareerSelectVia} from './internal/events.js';
export {VERSION} from './internal/version.js';
