/**
 * A status key table: "| Symbol | Meaning |" with "| 🔲 | Planned — not yet started |" (BLEEP),
 * "| Icon | Status | Description |" with "| 📋 | Planned | … |" (RumahSakitKu). Its rows explain the
 * marks the rest of the document uses; they are not items. Read before the items, so that a mark
 * the key defines means what the key says ("🔄" in-progress, "📋" planned) and a mark it gives no
 * status ("🔮 Vision", "🚩 Mainnet gate") states none.
 */
import type {Nodes, Root, Table} from 'mdast';
import {classifyBucket} from '../classify/bucket.js';
import {EMOJI_TOKEN_SOURCE, emojiBase} from '../classify/emoji.js';
import {statusFromCell} from '../classify/status.js';
import type {Status} from '../model.js';
import {collapse, plainText} from './inline.js';

export interface StatusLegends {
  /** Mark (an emoji's base pictograph or a `:shortcode:`) → the status the key gives it, or null. */
  marks: Map<string, Status | null>;
  tables: Set<Table>;
}

const ONE_MARK = new RegExp(`^(?:${EMOJI_TOKEN_SOURCE})$`, 'u');

const statusOfWords = (words: string): Status | null => statusFromCell(words) ?? classifyBucket(words)?.status ?? null;

/** "Planned — not yet started", "Complete and verifiable in codebase", "In Progress": the status a meaning names. */
function meaningStatus(text: string): Status | null {
  const cell = text.trim();
  if (!cell) return null;
  const direct = statusOfWords(cell);
  if (direct) return direct;
  const words = cell.split(/\s+/);
  for (const length of [2, 1]) {
    const status = words.length > length ? statusOfWords(words.slice(0, length).join(' ').replace(/[,;:.]+$/, '')) : null;
    if (status) return status;
  }
  return null;
}

/** The marks and statuses of a key table, or null when the table is not one. */
function readKey(table: Table): Map<string, Status | null> | null {
  const rows = table.children.slice(1).map((row) => row.children.map((cell) => collapse(plainText(cell.children))));
  if (rows.length < 2) return null;
  const width = Math.max(...rows.map((row) => row.length));
  const markColumn = Array.from({length: width}, (_, i) => i).find((i) => rows.every((row) => ONE_MARK.test(row[i] ?? '')));
  if (markColumn === undefined) return null;
  const marks = rows.map((row) => emojiBase(row[markColumn]!));
  if (new Set(marks).size !== marks.length) return null;
  // The meaning column: the other column that names the most statuses; a key names at least two, and half its rows.
  let best: (Status | null)[] | null = null;
  let bestCount = 0;
  for (let i = 0; i < width; i++) {
    if (i === markColumn) continue;
    const statuses = rows.map((row) => meaningStatus(row[i] ?? ''));
    const count = statuses.filter((s) => s !== null).length;
    if (count > bestCount) [best, bestCount] = [statuses, count];
  }
  if (!best || bestCount < 2 || bestCount * 2 < rows.length) return null;
  return new Map(marks.map((mark, i) => [mark, best![i] ?? null]));
}

/** Every status key table of the document (outside list items too: blockquotes, details). */
export function readStatusLegends(tree: Root): StatusLegends {
  const legends: StatusLegends = {marks: new Map(), tables: new Set()};
  const pending: Nodes[] = [...tree.children];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'table') {
      const key = readKey(node);
      if (!key) continue;
      legends.tables.add(node);
      for (const [mark, status] of key) if (!legends.marks.has(mark)) legends.marks.set(mark, status);
    } else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
      pending.push(...(node.children as Nodes[]));
    }
  }
  return legends;
}
