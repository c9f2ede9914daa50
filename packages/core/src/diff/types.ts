/** The shapes a version-to-version roadmap diff is reported in. */
import type {Item, Period, Status} from '../model.js';

/** Change kinds, in the order changes are reported. */
export type ChangeKind = 'added' | 'dropped' | 'rescheduled' | 'status' | 'retitled' | 'theme' | 'release' | 'links';
export const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'dropped', 'rescheduled', 'status', 'retitled', 'theme', 'release', 'links'];

/** The facts of one item in one version, as the diff reports them. */
export interface ItemSnapshot {
  id: string;
  title: string;
  theme: string | null;
  period: Period | null;
  status: Status | null;
  release: string | null;
  /** The item's link targets, in document order (a changed or added link is a 'links' change). */
  links: string[];
  line: number;
  /** Titles of the item's ancestors, outermost first. */
  path: string[];
}

export type DeltaUnit = 'day' | 'month' | 'quarter' | 'half' | 'year';

/** How far a calendar period moved. `amount` is a magnitude (> 0); `direction` carries the sign. */
export interface PeriodDelta {
  unit: DeltaUnit;
  amount: number;
  direction: 'slipped' | 'pulled-in';
  /** Signed, e.g. "+2 quarters", "-1 month". */
  label: string;
}

/**
 * How a rescheduled item moved. Every 'rescheduled' change has one:
 * - 'slipped' / 'pulled-in': later / earlier (calendar periods carry a `delta`; Now→Next→Later moves do not);
 * - 'scheduled': had no period, now has one; 'unscheduled': had one, now has none (no delta);
 * - 'moved': between a calendar period and a horizon, which cannot be ordered.
 */
export type PeriodMove = 'slipped' | 'pulled-in' | 'scheduled' | 'unscheduled' | 'moved';

export interface Change {
  kind: ChangeKind;
  /** Id in the new version (the old id for 'dropped'). */
  id: string;
  before: ItemSnapshot | null;
  after: ItemSnapshot | null;
  /** Confidence of the match the change rests on, 0..1 (1 for explicit ids and for added/dropped). */
  confidence: number;
  /** 'rescheduled' between two calendar periods. */
  delta?: PeriodDelta;
  /** 'rescheduled' only: the direction of the move (see PeriodMove). */
  move?: PeriodMove;
  /** 'status' only: true when the item became done. */
  done?: boolean;
  /** 'links' only: targets the new version adds and drops, in document order. */
  links?: {added: string[]; removed: string[]};
  /** One readable English line, e.g. "“Sharding” slipped 2 quarters: 2024 Q1 → 2024 Q3". */
  summary: string;
}

export interface Match {
  before: Item;
  after: Item;
  /** 'title' covers both exact (normalized) and similar titles; the confidence tells them apart. */
  by: 'id' | 'title' | 'position';
  confidence: number;
}

/** Theme key used in summaries for items without a theme (parenthesized: never a slug). */
export const NO_THEME = '(none)';

export interface DiffSummary {
  total: number;
  byKind: Record<ChangeKind, number>;
  /** Keyed by the new theme (the old one for dropped items), NO_THEME when none. */
  byTheme: Record<string, Partial<Record<ChangeKind, number>>>;
}

export interface RoadmapDiff {
  summary: DiffSummary;
  changes: Change[];
  matches: Match[];
}
