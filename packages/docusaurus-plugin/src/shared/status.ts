/** Status display: order, icon glyph, and the stable key used in filters. */
import type {Item, Status} from '@roadmark/core';

export type StatusKey = Status | 'unknown';

/** Display order: what is moving first, what is settled last. */
export const STATUS_KEYS: readonly StatusKey[] = ['in-progress', 'planned', 'done', 'dropped', 'unknown'];

/** Glyphs are decoration only: every badge also shows the status in words. */
export const STATUS_ICONS: Record<StatusKey, string> = {
  'in-progress': '◐',
  planned: '○',
  done: '✓',
  dropped: '✕',
  unknown: '·',
};

export function statusKey(item: Pick<Item, 'status'>): StatusKey {
  return item.status ?? 'unknown';
}

export function isStatusKey(value: string): value is StatusKey {
  return (STATUS_KEYS as readonly string[]).includes(value);
}

/** The statuses a roadmap's items and sub-items carry, in display order: filters and legends offer only these. */
export function statusesIn(items: readonly Pick<Item, 'status' | 'children'>[]): StatusKey[] {
  const found = new Set<StatusKey>();
  const visit = (list: readonly Pick<Item, 'status' | 'children'>[]): void => {
    for (const item of list) {
      found.add(statusKey(item));
      visit(item.children);
    }
  };
  visit(items);
  return STATUS_KEYS.filter((key) => found.has(key));
}
