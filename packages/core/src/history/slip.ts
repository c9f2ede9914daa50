/**
 * How much a roadmap's dates slipped, per theme. Only moves between two calendar periods count
 * (they alone have a size); Now→Next moves, scheduling and unscheduling are left out.
 * Sizes are converted to quarters: a year is 4, a half-year 2, a month 1/3, and a day
 * 4/365.25 (a quarter is a quarter of the mean Gregorian year). Figures are rounded to two
 * decimals only at the end, so the sums do not carry rounding errors.
 */
import type {DeltaUnit, PeriodDelta} from '../diff/types.js';
import {isCalendarPeriod} from '../model.js';
import type {Lineage, RoadmapHistory} from './types.js';

/** The single biggest slip of a row. */
export interface SlipExtreme {
  key: string;
  title: string;
  /** Version index in which the item slipped. */
  version: number;
  /** The delta's own label, e.g. "+3 quarters", "+5 months". */
  label: string;
  quarters: number;
}

export interface SlipRow {
  /** Canonical theme id of the items (in their latest version); null groups the items without a theme. */
  theme: string | null;
  /** The theme's display label, when the history knows it. */
  label: string | null;
  /** Items that had a calendar period in at least one version. */
  items: number;
  /** Items moved from one calendar period to another at least once. */
  rescheduledItems: number;
  /** Such moves (events), slips and pull-ins together. */
  reschedules: number;
  slips: number;
  pullIns: number;
  /** Items that slipped at least once, and their share of `items` (null when `items` is 0). */
  slippedItems: number;
  slippedShare: number | null;
  /** Sum of all slips, in quarters; the mean is per slip (null when there was none). */
  totalSlipQuarters: number;
  meanSlipQuarters: number | null;
  /** Slips minus pull-ins, in quarters. */
  netShiftQuarters: number;
  largestSlip: SlipExtreme | null;
}

export interface SlipReport {
  /** Themes with at least one dated item, by theme id in code-unit order; the no-theme row last. */
  rows: SlipRow[];
  totals: SlipRow;
}

const QUARTERS_PER_UNIT: Record<DeltaUnit, number> = {year: 4, half: 2, quarter: 1, month: 1 / 3, day: 4 / 365.25};

export function deltaQuarters(delta: Pick<PeriodDelta, 'unit' | 'amount'>): number {
  return delta.amount * QUARTERS_PER_UNIT[delta.unit];
}

const round = (value: number, digits: number): number => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale + 0; // + 0 turns -0 into 0
};

class RowTally {
  items = 0;
  rescheduledItems = 0;
  reschedules = 0;
  slips = 0;
  pullIns = 0;
  slippedItems = 0;
  slipped = 0;
  pulled = 0;
  largest: SlipExtreme | null = null;

  add(lineage: Lineage): void {
    const dated = lineage.events.some((e) =>
      e.kind === 'introduced' || e.kind === 're-added' ? isCalendarPeriod(e.period) : e.kind === 'rescheduled' && isCalendarPeriod(e.to),
    );
    if (!dated) return;
    this.items++;
    let moves = 0;
    let slips = 0;
    for (const event of lineage.events) {
      if (event.kind !== 'rescheduled' || !event.delta) continue;
      moves++;
      const quarters = deltaQuarters(event.delta);
      if (event.delta.direction === 'pulled-in') {
        this.pullIns++;
        this.pulled += quarters;
        continue;
      }
      slips++;
      this.slipped += quarters;
      const candidate: SlipExtreme = {key: lineage.key, title: lineage.title, version: event.version, label: event.delta.label, quarters};
      if (isLarger(candidate, this.largest)) this.largest = candidate;
    }
    this.reschedules += moves;
    this.slips += slips;
    if (moves > 0) this.rescheduledItems++;
    if (slips > 0) this.slippedItems++;
  }

  row(theme: string | null, label: string | null): SlipRow {
    return {
      theme,
      label,
      items: this.items,
      rescheduledItems: this.rescheduledItems,
      reschedules: this.reschedules,
      slips: this.slips,
      pullIns: this.pullIns,
      slippedItems: this.slippedItems,
      slippedShare: this.items === 0 ? null : round(this.slippedItems / this.items, 3),
      totalSlipQuarters: round(this.slipped, 2),
      meanSlipQuarters: this.slips === 0 ? null : round(this.slipped / this.slips, 2),
      netShiftQuarters: round(this.slipped - this.pulled, 2),
      largestSlip: this.largest && {...this.largest, quarters: round(this.largest.quarters, 2)},
    };
  }
}

/** Bigger slip wins; on ties the earlier version, then the smaller key (exact sizes, not rounded ones). */
function isLarger(candidate: SlipExtreme, current: SlipExtreme | null): boolean {
  if (!current) return true;
  const difference = candidate.quarters - current.quarters;
  if (Math.abs(difference) > 1e-9) return difference > 0;
  if (candidate.version !== current.version) return candidate.version < current.version;
  return candidate.key < current.key;
}

export function slipReport(history: RoadmapHistory): SlipReport {
  const byTheme = new Map<string | null, RowTally>();
  const totals = new RowTally();
  for (const lineage of history.lineages) {
    let tally = byTheme.get(lineage.theme);
    if (!tally) byTheme.set(lineage.theme, (tally = new RowTally()));
    tally.add(lineage);
    totals.add(lineage);
  }
  const themes = [...byTheme.keys()].sort((a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
  const label = (theme: string): string | null => (Object.hasOwn(history.themes, theme) ? history.themes[theme]!.label : null);
  const rows = themes
    .map((theme) => byTheme.get(theme)!.row(theme, theme === null ? null : label(theme)))
    .filter((row) => row.items > 0);
  return {rows, totals: totals.row(null, null)};
}
