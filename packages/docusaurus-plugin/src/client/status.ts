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
