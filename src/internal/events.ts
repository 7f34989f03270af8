/** Fired when a widget has rendered its data: for the host's analytics, or to reveal a panel. */
export interface CareerLoadDetail {
  /** The code shown (after SOC resolution), e.g. `29-2072.00`. */
  occupation: string;
  title: string;
  region: string;
  /** From `<program-careers>`: the program's CIP code (`occupation` is then empty and `title` the program's). */
  program?: string;
}

/** Fired when a widget shows its error state. */
export interface CareerErrorDetail {
  kind: string;
  message: string;
}

/** Where a choice was made, for a host's analytics. */
export type CareerSelectVia = 'search' | 'related' | 'alternative' | 'compare' | 'program' | 'explorer' | 'url';

/**
 * Fired (cancelable) when the visitor chooses an occupation in a widget, before the widget (and every widget
 * that follows it through `for`) switches; `preventDefault()` keeps them as they are, e.g. to route instead.
 */
export interface CareerSelectDetail {
  /** The chosen code, e.g. `29-2072.00`. */
  occupation: string;
  /** A region the leader passes on to its followers (a search's `region`), when it has one. */
  region?: string;
  /** Where the choice was made. */
  via?: CareerSelectVia;
}

/** What changed in a `<career-compare>`'s list of careers. */
export type CareerCompareAction = 'add' | 'remove' | 'clear';

/** Fired when the visitor changes a comparison: for a host's analytics. */
export interface CareerCompareChangeDetail {
  action: CareerCompareAction;
  /** The career added or removed (absent for `clear`). */
  occupation?: string;
  /** The codes compared after the change, in order. */
  occupations: string[];
}

export type CareerCompareChangeEvent = CustomEvent<CareerCompareChangeDetail>;

/** What the visitor changed in a `<career-explorer>`. */
export type CareerExplorerAction = 'filter' | 'sort' | 'more' | 'pay' | 'view' | 'download' | 'url';

/**
 * Fired when the visitor changes a career list (filters, order, "show more", pay basis, view, a download), and
 * when the page URL restores one: for a host's analytics. Filters are given as the attribute strings that would
 * set them (empty when not set).
 */
export interface CareerExplorerChangeDetail {
  action: CareerExplorerAction;
  region: string;
  filters: Record<'major' | 'education' | 'jobZone' | 'minPay' | 'pay' | 'outlook' | 'interests' | 'bright' | 'query', string>;
  sort: {key: string; direction: 'ascending' | 'descending'};
  /** How many careers match now. */
  total: number;
}

export type CareerExplorerChangeEvent = CustomEvent<CareerExplorerChangeDetail>;

/**
 * Analytics: a search the visitor made (fired once the typing pauses, not per keystroke). The query text is
 * left out unless the host opts in (`report-query` on the search), since visitors type names and other
 * personal details into search boxes.
 */
export interface CareerSearchDetail {
  /** Characters typed (trimmed). */
  queryLength: number;
  /** Occupations that matched. */
  resultCount: number;
  /** The query itself: only when the host set `report-query`. */
  query?: string;
}

/** Analytics: the visitor followed a link out of a widget (a source, a licence, O*NET OnLine). */
export interface CareerLinkDetail {
  /** The link's absolute URL. */
  href: string;
  /** The occupation the widget showed, when it shows one. */
  occupation?: string;
}

export type CareerSelectEvent = CustomEvent<CareerSelectDetail>;
export type CareerSearchEvent = CustomEvent<CareerSearchDetail>;
export type CareerLinkEvent = CustomEvent<CareerLinkDetail>;
export type CareerLoadEvent = CustomEvent<CareerLoadDetail>;
export type CareerErrorEvent = CustomEvent<CareerErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'career-load': CareerLoadEvent;
    'career-error': CareerErrorEvent;
    'career-select': CareerSelectEvent;
    'career-compare-change': CareerCompareChangeEvent;
    'career-explorer-change': CareerExplorerChangeEvent;
    'career-search': CareerSearchEvent;
    'career-link': CareerLinkEvent;
  }
}

type CareerEventType = 'career-load' | 'career-error' | 'career-select' | 'career-compare-change' | 'career-explorer-change' | 'career-search' | 'career-link';

/**
 * Dispatches a typed, bubbling, composed event; returns false when a listener cancelled it. Only `career-select`
 * is cancelable. The library sends nothing anywhere: these events are for a host to forward where it likes.
 */
export function emit<K extends CareerEventType>(target: EventTarget, type: K, detail: GlobalEventHandlersEventMap[K]['detail']): boolean {
  return target.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true, cancelable: type === 'career-select'}));
}
