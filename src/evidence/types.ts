// What the page needs to know about one source: who publishes the record, under which
// licence, what its layer means and who assesses it, and when a day's snapshot is taken. Every
// reader-facing string that names a source takes these values from the source's manifest, so a
// second source is one new folder plus a registry line, not a hunt through the string tables.
import type { Lang } from '../i18n/format';

/** A text in each page language. */
export type Localized = Record<Lang, string>;

/**
 * The role a source plays: `observed` is a map of control drawn day by day (the record claims are set
 * against); `reported` is a figure reported by a third party (e.g. monthly gains from an analysis).
 */
export type SourceRole = 'observed' | 'reported';

export interface SourceManifest {
  /** Stable id, also the folder name under src/evidence/ and the importer's --source. */
  id: string;
  role: SourceRole;
  /** Short name the reader sees in legends, credits and figures. */
  name: string;
  /** Who publishes the record, and where. */
  publisher: { name: string; url: string };
  /** Where the files the app packs come from (a mirror of the publisher's data, if any). */
  mirror?: { name: string; url: string };
  license: {
    /** SPDX id. */
    id: string;
    /** Where the licence text is kept in this repository. */
    textFile: string;
    /** The licence's canonical text online (a link, never fetched). */
    url: string;
  };
  /** The URL an attribution links to. */
  attributionUrl: string;
  /** What the layer means, and what it does not show. */
  meaning: Localized;
  /** Who assesses the layer, as the reader should be told. */
  assessor: Localized;
  /** When a day's snapshot is taken: the file of a date is the state at `timeOfDay` in `timeZone` that day. */
  snapshot: { timeOfDay: string; timeZone: string; note: Localized };
}
