/**
 * The words of the change views, translated: change kinds, period moves and
 * deltas, periods and themes. Re-exported by RoadmapVersionChanges, which the
 * history and change log pages import them from.
 */
import {translate} from '@docusaurus/Translate';
import type {ChangeKind, PeriodDelta, PeriodMove} from '@roadmark/core/diff';
import {isNoTheme, type RoadmapChangeSet} from 'docusaurus-plugin-roadmark/client';

/** The word after a count: "3 added". */
export function changeKindLabel(kind: ChangeKind): string {
  switch (kind) {
    case 'added':
      return translate({id: 'roadmark.version.kind.added', message: 'added', description: 'After a count of roadmap items that appeared in a version'});
    case 'dropped':
      return translate({id: 'roadmark.version.kind.dropped', message: 'dropped', description: 'After a count of roadmap items no longer listed'});
    case 'rescheduled':
      return translate({id: 'roadmark.version.kind.rescheduled', message: 'rescheduled', description: 'After a count of items whose period changed'});
    case 'status':
      return translate({id: 'roadmark.version.kind.status', message: 'status changed', description: 'After a count of items whose status changed'});
    case 'retitled':
      return translate({id: 'roadmark.version.kind.retitled', message: 'renamed', description: 'After a count of renamed items'});
    case 'theme':
      return translate({id: 'roadmark.version.kind.theme', message: 'moved to another theme', description: 'After a count of items filed under another theme'});
    case 'links':
      return translate({id: 'roadmark.version.kind.links', message: 're-linked', description: 'After a count of items whose link targets changed ("2 re-linked")'});
    default:
      return translate({id: 'roadmark.version.kind.release', message: 'release changed', description: 'After a count of items targeted at another release'});
  }
}

/** The heading of a group of changes. */
export function changeKindHeading(kind: ChangeKind): string {
  switch (kind) {
    case 'added':
      return translate({id: 'roadmark.version.heading.added', message: 'Added'});
    case 'dropped':
      return translate({id: 'roadmark.version.heading.dropped', message: 'Dropped'});
    case 'rescheduled':
      return translate({id: 'roadmark.version.heading.rescheduled', message: 'Rescheduled'});
    case 'status':
      return translate({id: 'roadmark.version.heading.status', message: 'Status changed'});
    case 'retitled':
      return translate({id: 'roadmark.version.heading.retitled', message: 'Renamed'});
    case 'theme':
      return translate({id: 'roadmark.version.heading.theme', message: 'Theme changed'});
    case 'links':
      return translate({id: 'roadmark.version.heading.links', message: 'Links changed'});
    default:
      return translate({id: 'roadmark.version.heading.release', message: 'Release changed'});
  }
}

/** "+2 quarters", "−1 month": built from the delta's unit and size, so it is translated. */
export function deltaText(delta: Pick<PeriodDelta, 'unit' | 'amount' | 'direction'>): string {
  const sign = delta.direction === 'slipped' ? '+' : '−';
  const values = {sign, amount: delta.amount};
  const one = delta.amount === 1;
  switch (delta.unit) {
    case 'day':
      return one
        ? translate({id: 'roadmark.version.delta.day.one', message: '{sign}1 day'}, values)
        : translate({id: 'roadmark.version.delta.day.many', message: '{sign}{amount} days'}, values);
    case 'month':
      return one
        ? translate({id: 'roadmark.version.delta.month.one', message: '{sign}1 month'}, values)
        : translate({id: 'roadmark.version.delta.month.many', message: '{sign}{amount} months'}, values);
    case 'quarter':
      return one
        ? translate({id: 'roadmark.version.delta.quarter.one', message: '{sign}1 quarter'}, values)
        : translate({id: 'roadmark.version.delta.quarter.many', message: '{sign}{amount} quarters'}, values);
    case 'half':
      return one
        ? translate({id: 'roadmark.version.delta.half.one', message: '{sign}1 half-year'}, values)
        : translate({id: 'roadmark.version.delta.half.many', message: '{sign}{amount} half-years'}, values);
    default:
      return one
        ? translate({id: 'roadmark.version.delta.year.one', message: '{sign}1 year'}, values)
        : translate({id: 'roadmark.version.delta.year.many', message: '{sign}{amount} years'}, values);
  }
}

/** Which way a rescheduled item moved, in words. */
export function moveLabel(move: PeriodMove): string {
  switch (move) {
    case 'slipped':
      return translate({id: 'roadmark.version.move.slipped', message: 'slipped', description: 'A roadmap item moved to a later period'});
    case 'pulled-in':
      return translate({id: 'roadmark.version.move.pulledIn', message: 'pulled in', description: 'A roadmap item moved to an earlier period'});
    case 'scheduled':
      return translate({id: 'roadmark.version.move.scheduled', message: 'scheduled', description: 'An unscheduled item got a period'});
    case 'unscheduled':
      return translate({id: 'roadmark.version.move.unscheduled', message: 'unscheduled', description: 'An item lost its period'});
    default:
      return translate({id: 'roadmark.version.move.moved', message: 'moved', description: 'An item moved between a date and a Now/Next/Later horizon'});
  }
}

export function periodLabel(period: {label: string} | string | null | undefined): string {
  if (period == null) return translate({id: 'roadmark.bucket.unscheduled', message: 'Unscheduled'});
  return typeof period === 'string' ? period : period.label;
}

export function themeName(themes: RoadmapChangeSet['themes'], id: string | null): string {
  if (id === null || isNoTheme(id)) return translate({id: 'roadmark.lane.unthemed', message: 'Other items'});
  return themes[id]?.label ?? id;
}
