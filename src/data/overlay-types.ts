/**
 * The host's own content (an overlay), version 1: what a college or workforce board adds to the public dataset
 * without rebuilding it. A JSON document given to the widgets by URL (`overlay` attribute or the page-wide
 * `<meta name="career-widgets-overlay" content="…">`) or inline (`<script type="application/json">` child).
 * Its JSON Schema (`data/v1/schema/overlay.schema.json`) is generated from these types.
 *
 * Everything here is shown as the host's ("From North Shore Technical College"), with the host's own source line,
 * never mixed silently with public figures. Strings are shown as text (never as markup); links must be https,
 * http or mailto. Keys of `occupations` are O*NET-SOC (`29-2072.00`, that occupation only) or SOC codes
 * (`29-2072`, every O*NET occupation under it); keys of `programs` are CIP 2020 codes (`51.0707`), whose content
 * shows with every occupation the program prepares for.
 */

/** Bumped on a breaking change of the overlay format; widgets refuse another major. */
export const OVERLAY_VERSION = 1;

export interface HostOverlay {
  /** Free text for the people who edit the file (ignored by the widgets). */
  $comment?: string;
  overlayVersion: number;
  host: OverlayHost;
  /** When the host last reviewed this content, ISO `YYYY-MM` or `YYYY-MM-DD`; shown in the host's source line. */
  updated?: string;
  occupations?: Record<string, OverlayOccupation>;
  programs?: Record<string, OverlayProgram>;
}

export interface OverlayHost {
  /** The host's name as visitors know it, e.g. "North Shore Technical College". */
  name: string;
  /** The host's home page. */
  url?: string;
}

/** Content for one occupation (by O*NET-SOC or SOC code). */
export interface OverlayOccupation {
  programs?: HostProgram[];
  certifications?: Certification[];
  videos?: HostVideo[];
  /** Short local notes, one paragraph each, e.g. "Our graduates work at Essentia Health and St. Luke's." */
  notes?: string[];
  /** Local wage figures for an area the public data lacks (a region, a metro area, the host's own survey). */
  wages?: LocalWageRow[];
  /**
   * The host's translations of the occupation's title and description, keyed by BCP 47 language tag (`es`,
   * `es-US`). Validated with the rest of the overlay, but not shown yet: the widgets show the dataset's English
   * title and description (marked `lang="en"`) until these are copied into the occupation they load.
   */
  translations?: Record<string, OccupationTranslation>;
}

export interface OccupationTranslation {
  title?: string;
  description?: string;
}

/** Content for one program (by CIP 2020 code): shown with every occupation the program prepares for. */
export interface OverlayProgram {
  programs?: HostProgram[];
  certifications?: Certification[];
  notes?: string[];
}

/** One of the host's own programs. */
export interface HostProgram {
  /** e.g. "Health Information Technology". */
  name: string;
  /** e.g. "Associate of Applied Science (AAS)", "Certificate". */
  credential?: string;
  /** e.g. "2 years (60 credits)". */
  length?: string;
  /** e.g. "$12,400 tuition and fees (2026-27)". */
  cost?: string;
  /** e.g. "On campus", "Online", "Hybrid". */
  delivery?: string;
  /** The program's page (https, http or mailto). */
  url?: string;
}

/** A certification the host prepares for (no public per-occupation list exists). */
export interface Certification {
  /** e.g. "Registered Health Information Technician (RHIT)". */
  name: string;
  /** e.g. "AHIMA". */
  issuer?: string;
  url?: string;
}

/** A video the host offers (its own server or a video host allowed by its CSP). */
export interface HostVideo {
  /** The video file (https), played in a native `<video>` element once a visitor asks. */
  url: string;
  title: string;
  /** WebVTT captions (https). */
  captions?: string;
  /** Language of the captions (BCP 47), default `en`. */
  captionsLang?: string;
  /** Who made it, shown as the video's credit, e.g. "North Shore Technical College". */
  credit?: string;
}

/** Local wages, annual unless `basis` says hourly; at least a median or one percentile. */
export interface LocalWageRow {
  /** The area or group, e.g. "Duluth area employers". */
  label: string;
  basis?: 'annual' | 'hourly';
  p10?: number;
  p25?: number;
  median?: number;
  p75?: number;
  p90?: number;
  /** Where the figures come from, e.g. "North Shore Technical College graduate survey". */
  source: string;
  /** When they were collected, ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
}
