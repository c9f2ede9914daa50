/** The shapes a roadmap's history across versions is reported in. Plain JSON: no classes, no Dates, no cycles. */
import type {DiffSummary, Change, PeriodDelta, PeriodMove} from '../diff/types.js';
import type {Period, Roadmap, Status} from '../model.js';

/** One version of a roadmap, as the caller read it. */
export interface HistoryVersion {
  /** Stable name (a git ref, a file name, "1.0"): used in keys and URLs. */
  name: string;
  /** What readers see, e.g. "1.0" or "Feb 2018". */
  label: string;
  /** YYYY-MM-DD, when known. */
  date: string | null;
  roadmap: Roadmap;
}

/** A version without its roadmap: what the history keeps. */
export type VersionInfo = Omit<HistoryVersion, 'roadmap'>;

/** What the "versions as columns" matrix shows for one item in one version. */
export interface ItemState {
  /** The item's id in that version (it changes when a slug-id item is renamed). */
  id: string;
  title: string;
  /** The period's label ("2019 Q4", "Next"), null when unscheduled. */
  period: string | null;
  status: Status | null;
  release: string | null;
  theme: string | null;
}

/** The item's state from version `from` on, until the next run (absent versions excepted: see `presence`). */
export interface StateRun {
  from: number;
  state: ItemState;
}

/** Versions `from`..`to` (inclusive) in which the item is listed. */
export interface VersionRange {
  from: number;
  to: number;
}

interface EventBase {
  /** Index of the version in which it happened. */
  version: number;
  /** Index of the diff's change in `steps[version - 1].changes`; null for the first version's items. */
  change: number | null;
}

/** First listed (in the first version, or added later). */
export interface IntroducedEvent extends EventBase {
  kind: 'introduced';
  title: string;
  period: Period | null;
  status: Status | null;
}

/** Listed again after having been absent since version `absentSince`. */
export interface ReAddedEvent extends EventBase {
  kind: 're-added';
  title: string;
  period: Period | null;
  status: Status | null;
  absentSince: number;
}

/** No longer listed. `status` and `period` are the last ones it had: a done item that leaves was finished, not dropped. */
export interface DroppedEvent extends EventBase {
  kind: 'dropped';
  period: Period | null;
  status: Status | null;
}

export interface RescheduledEvent extends EventBase {
  kind: 'rescheduled';
  from: Period | null;
  to: Period | null;
  move: PeriodMove;
  /** Between two calendar periods only. */
  delta: PeriodDelta | null;
}

export interface StatusEvent extends EventBase {
  kind: 'status';
  from: Status | null;
  to: Status | null;
  /** True when the item became done. */
  done: boolean;
}

export interface RetitledEvent extends EventBase {
  kind: 'retitled';
  from: string;
  to: string;
}

export interface ThemeEvent extends EventBase {
  kind: 'theme';
  from: string | null;
  to: string | null;
}

export interface ReleaseEvent extends EventBase {
  kind: 'release';
  from: string | null;
  to: string | null;
}

/** Link targets the item gained and lost in this version. */
export interface LinksEvent extends EventBase {
  kind: 'links';
  added: string[];
  removed: string[];
}

export type HistoryEvent = IntroducedEvent | ReAddedEvent | DroppedEvent | RescheduledEvent | StatusEvent | RetitledEvent | ThemeEvent | ReleaseEvent | LinksEvent;
export type HistoryEventKind = HistoryEvent['kind'];

/** One item followed across versions. */
export interface Lineage {
  /** Unique in the history: the item's id in the newest version listing it, suffixed when another lineage holds it. */
  key: string;
  /** Latest facts: from the newest version listing the item. */
  id: string;
  title: string;
  theme: string | null;
  period: Period | null;
  status: Status | null;
  release: string | null;
  /** Indexes of the first and last versions listing the item. */
  first: number;
  last: number;
  presence: VersionRange[];
  /** Run-length states: a run starts only where the state differs from the one before. */
  states: StateRun[];
  /** In version order; within a version: introduced/re-added, then the diff's kind order, dropped last. */
  events: HistoryEvent[];
}

/** The diff between two adjacent versions, kept so that callers need not diff again. */
export interface HistoryStep {
  from: number;
  to: number;
  summary: DiffSummary;
  changes: Change[];
}

export interface RoadmapHistory {
  versions: VersionInfo[];
  /** Ordered by first appearance, then by document order in that version. */
  lineages: Lineage[];
  /** `steps[i]` compares versions i and i + 1. */
  steps: HistoryStep[];
  /** Theme id → display label and colour, the newest version's wins. */
  themes: Record<string, {label: string; color: string | null}>;
}
