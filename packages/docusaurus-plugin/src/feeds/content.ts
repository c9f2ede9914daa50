/** What one feed entry says: a title with the change counts, and an HTML list built from escaped text only. */
import {escapeMarkup} from './text.js';
import type {FeedChange, FeedEntry, FeedSummary} from './types.js';
import {absoluteUrl} from './urls.js';

/** Report order of the change kinds, with their count words (singular, plural). */
const KIND_WORDS: readonly [string, string, string][] = [
  ['added', 'added', 'added'],
  ['dropped', 'dropped', 'dropped'],
  ['rescheduled', 'rescheduled', 'rescheduled'],
  ['status', 'status change', 'status changes'],
  ['retitled', 'retitled', 'retitled'],
  ['theme', 'theme change', 'theme changes'],
  ['release', 'release change', 'release changes'],
  ['links', 'link change', 'link changes'],
];
const KNOWN = new Set(KIND_WORDS.map(([kind]) => kind));

/** "2 added, 1 rescheduled, 1 status change"; "no changes" when there are none. */
export function countsText(summary: FeedSummary): string {
  const parts: string[] = [];
  for (const [kind, one, many] of KIND_WORDS) {
    const n = summary.byKind[kind] ?? 0;
    if (n > 0) parts.push(`${n} ${n === 1 ? one : many}`);
  }
  // Kinds this list does not know yet still count, after the known ones, in code-unit order.
  const unknown = Object.keys(summary.byKind).filter((kind) => !KNOWN.has(kind)).sort();
  for (const kind of unknown) if ((summary.byKind[kind] ?? 0) > 0) parts.push(`${summary.byKind[kind]} ${kind}`);
  return parts.length > 0 ? parts.join(', ') : summary.total > 0 ? `${summary.total} changes` : 'no changes';
}

/** Plain-text entry title: "1.1: 2 added, 1 rescheduled". */
export function entryTitle(entry: FeedEntry): string {
  return `${entry.label}: ${countsText(entry.summary)}`;
}

function changeItem(change: FeedChange, siteUrl: string): string {
  const text = escapeMarkup(change.summary);
  const href = absoluteUrl(change.url, siteUrl);
  return `<li>${href ? `<a href="${escapeMarkup(href)}">${text}</a>` : text}</li>`;
}

/**
 * The entry as HTML: the counts, then one list item per change. Every piece of roadmap text
 * goes through escapeMarkup, and the markup around it is fixed, so no roadmap HTML survives.
 */
export function entryHtml(entry: FeedEntry, siteUrl: string): string {
  const counts = `<p>${escapeMarkup(countsText(entry.summary))}</p>`;
  if (entry.changes.length === 0) return counts;
  return `${counts}<ul>${entry.changes.map((change) => changeItem(change, siteUrl)).join('')}</ul>`;
}
