/**
 * career-widgets: the one-script-tag entry. Importing it registers every element (guarded, so loading the
 * script twice is harmless) and exposes the classes and the data layer for sites with their own build.
 */
export {CareerProfile} from './elements/career-profile/career-profile.js';
export {ProgramCareers} from './elements/program-careers/program-careers.js';
export {CareerSearch} from './elements/career-search/career-search.js';
export {SkillList} from './elements/skill-list/skill-list.js';
export {WageRange} from './elements/wage-range/wage-range.js';
export * from './data/index.js';
export {CareerCompare} from './elements/career-compare/career-compare.js';
export {CareerExplorer} from './elements/career-explorer/career-explorer.js';
export type {
  CareerCompareAction, CareerCompareChangeDetail, CareerCompareChangeEvent, CareerExplorerAction, CareerExplorerChangeDetail, CareerExplorerChangeEvent, CareerErrorDetail, CareerErrorEvent, CareerLinkDetail, CareerLinkEvent,
  CareerLoadDetail, CareerLoadEvent, CareerSearchDetail, CareerSearchEvent, CareerSelectDetail, CareerSelectEvent, CareerSelectVia,
} from './internal/events.js';
export {VERSION} from './internal/version.js';
export {registerMessages, type CatalogSource} from './internal/i18n.js';
export type {Messages} from './internal/messages.js';
export type {CatalogMessage, HostCatalog} from './data/catalog.js';

// CMS-safe placeholders (`<div data-career-widget="…">`): only a tiny watcher here, the upgrader loads on demand.
import {watchForMarkup} from './auto-mount/watch.js';
if (typeof document !== 'undefined') watchForMarkup();
