/** Change counts per kind and per theme. */
import {CHANGE_KINDS, NO_THEME, type Change, type ChangeKind, type DiffSummary} from './types.js';

/** The theme a change is filed under: the item's new theme, or its old one when it is gone. */
export function changeTheme(change: Change): string {
  return (change.after ?? change.before)?.theme ?? NO_THEME;
}

export function summarizeChanges(changes: readonly Change[]): DiffSummary {
  const byKind = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  const byTheme: DiffSummary['byTheme'] = {};
  for (const change of changes) {
    byKind[change.kind]++;
    const counts = (byTheme[changeTheme(change)] ??= {});
    counts[change.kind] = (counts[change.kind] ?? 0) + 1;
  }
  return {total: changes.length, byKind, byTheme};
}
