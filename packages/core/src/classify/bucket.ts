/**
 * What a heading, bold label or group item *is* when it is not a topic: a status bucket ("Completed"),
 * a horizon bucket ("Later"), or both ("Ongoing 🚧" = in progress now, "Future 🔮" = planned, later).
 *
 * The whole text must be a bucket phrase, optionally with "work"/"milestones"-like nouns and a date tail
 * ("Completed in Q1 2023", "Done (2024)"); "Future of the API" or "Next-gen storage" are topics.
 * "Current: Alpha 5" is a bucket head followed by a name, "Alpha 4 - Completed 2024-02-01" or
 * "Ecosystem (later)" a name followed by a bucket tail, "Alpha 3 ✅" one followed by a status emoji:
 * `raw` is then only the bucket part, and the caller keeps the rest as the name/topic.
 *
 * "Frozen features" is not a bucket: frozen features exist and stay as they are; nothing about them is
 * planned, done or dropped.
 *
 * Status is attached only when the word says something about the work: "Ongoing"/"Current"/"Now" are in
 * progress, "Next"/"Upcoming"/"Future"/"Later" have not started (planned). Pure time spans ("Near term",
 * "Mid term", "Long term") carry a horizon only; pure states ("In progress", "Backlog") a status only.
 */
import type {Horizon, Status} from '../model.js';
import {EMOJI_TOKEN_SOURCE, emojiStatus} from './emoji.js';
import {isDateTail} from './status-words.js';

export interface Bucket {
  status?: Status;
  horizon?: Horizon;
  raw: string;
}

type Kind = [Status | null, Horizon | null];

const DONE: Kind = ['done', null];
const PROGRESS: Kind = ['in-progress', null];
const NOW: Kind = ['in-progress', 'now'];
const PLANNED: Kind = ['planned', null];
const NEXT: Kind = ['planned', 'next'];
const LATER: Kind = ['planned', 'later'];
const DROPPED: Kind = ['dropped', null];

const PHRASES: Array<[Kind, string[]]> = [
  [DONE, ['completed', 'complete', 'done', 'finished', 'shipped', 'released', 'delivered', 'achieved', 'accomplished',
    'launched', 'landed', 'implemented', 'recently shipped', 'recently completed', 'recently released',
    'recently delivered', 'recently landed', 'recently launched', 'previously delivered', 'previously released',
    'previously shipped', 'previously completed', 'previous', 'past', 'already done', 'already shipped',
    'already completed', 'already implemented', "what's done", 'whats done', "what we've shipped", 'what we shipped',
    "what we've done", 'what we did', 'what we have done', 'what we have shipped',
    '已完成', '完成', '已发布', '已交付', '已实现', '已上线']],
  [PROGRESS, ['in progress', 'in development', 'under development', 'wip', 'work in progress', 'being worked on',
    'in flight', 'active', 'started', 'in review', 'under review', 'in design', '开发中', '实施中']],
  [NOW, ['ongoing', 'on going', 'current', 'currently', 'currently working on', 'currently in progress', 'now',
    'right now', 'now working on', "what we're working on", 'what we are working on', "we're working on",
    'we are working on', 'working on', 'current focus', 'current priorities', '进行中', '当前', '正在进行']],
  [PLANNED, ['planned', 'planning', 'backlog', 'todo', 'to do', 'not started', 'proposed', 'proposals', 'ideas',
    'under consideration', 'considering', 'exploring', 'investigating', 'research', 'on the radar', 'radar',
    'wishlist', 'wish list', 'icebox', 'scheduled', 'in the pipeline', 'not yet started', 'on hold',
    '计划中', '规划中', '待办']],
  [NEXT, ['next', 'up next', 'next up', "what's next", 'whats next', 'what is next', "what's coming", 'coming next',
    'coming up', 'upcoming', 'coming soon', 'soon', '下一步', '后续', '后续计划', '即将推出']],
  [LATER, ['future', 'in the future', 'later', 'someday', 'eventually', 'beyond', 'after that', 'future plans',
    '未来', '未来计划', '将来']],
  [[null, 'now'], ['near term', 'short term', '近期', '短期']],
  [[null, 'next'], ['mid term', 'medium term', '中期']],
  [[null, 'later'], ['long term', 'longer term', 'long run', '远期', '长期']],
  [DROPPED, ['not planned', 'out of scope', "won't do", 'wont do', "won't fix", 'will not do', 'non goals', 'nongoals',
    'not doing', 'dropped', 'cancelled', 'canceled', 'abandoned', 'rejected', 'deprecated', 'deprecations',
    'removed', 'removals', 'discontinued', 'descoped', 'sunset', 'no longer planned', 'graveyard',
    '已取消', '不计划', '已废弃', '已移除']],
];

const TABLE = new Map<string, Kind>();
for (const [kind, phrases] of PHRASES) for (const phrase of phrases) TABLE.set(phrase, kind);
const MAX_WORDS = Math.max(...[...TABLE.keys()].map((p) => p.split(' ').length));

/** Nouns that a bucket word may qualify: "Completed milestones", "Future work", "Features in progress". */
const NOUNS = new Set(['work', 'items', 'item', 'features', 'feature', 'milestones', 'milestone', 'goals', 'tasks',
  'projects', 'plans', 'initiatives', 'releases', 'release', 'efforts', 'development', 'roadmap', 'topics',
  'areas', 'priorities', 'objectives', 'epics', 'issues', 'changes', 'things', 'steps', 'improvements',
  'enhancements', 'versions', 'deliverables', 'functionality', 'capabilities', 'work items', 'roadmap items',
  'phases', 'phase', 'stuff', 'so far', 'by release', 'by version']);

const EMOJI = new RegExp(EMOJI_TOKEN_SOURCE, 'gu');
const NUMBERING = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[ivx]+[.)]|[a-z][.)])\s+(?=\S)/i;
const cache = new Map<string, Bucket | null>();

export function classifyBucket(text: string): Bucket | null {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const result = classify(text);
  if (cache.size > 10_000) cache.clear();
  cache.set(text, result);
  return result;
}

function classify(text: string): Bucket | null {
  let emoji: Status | null = null;
  for (const token of text.match(EMOJI) ?? []) {
    const found = emojiStatus(token);
    if (found) {
      emoji = found.status;
      break;
    }
  }
  const cleaned = text.replace(EMOJI, ' ').replace(/[*_`~#]+/g, ' ').replace(/\s+/g, ' ').trim()
    .replace(NUMBERING, '').replace(/[\s:：.。]+$/u, '').trim();
  if (!cleaned) return emoji ? {status: emoji, raw: text.trim()} : null;

  const whole = match(cleaned);
  if (whole) return bucket(whole, text.trim());
  // "Current: Alpha 5", "Completed - Alpha 4": a bucket head naming what follows.
  const head = /^(.{1,40}?)\s*(?:[:：]|\s[-–—]\s)\s*\S/u.exec(cleaned);
  const headKind = head ? match(head[1] ?? '') : null;
  if (head && headKind) return bucket(headKind, (head[1] ?? '').trim());
  for (const pattern of TAILS) {
    const tail = pattern.exec(cleaned);
    const kind = tail && tail.index > 0 ? match(tail[1] ?? '') : null;
    if (tail && kind) return bucket(kind, (tail[1] ?? '').trim());
  }
  const last = EMOJI_AT_END.exec(text.trim());
  const status = last ? emojiStatus(last[1] ?? '') : null;
  if (last && status) return {status: status.status, raw: last[1] ?? ''};
  return null;
}

/** "Alpha 4 - Completed 2024-02-01", "Ecosystem (later)", "Search [done]". */
const TAILS = [/\s*[(（[]([^()（）[\]]{1,40})[)）\]]$/u, /\s+[-–—]{1,2}\s+((?:(?!\s[-–—]\s).){1,40})$/u];
const EMOJI_AT_END = new RegExp(`(${EMOJI_TOKEN_SOURCE})$`, 'u');

function bucket([status, horizon]: Kind, raw: string): Bucket {
  const result: Bucket = {raw};
  if (status) result.status = status;
  if (horizon) result.horizon = horizon;
  return result;
}

function match(text: string): Kind | null {
  const normalized = text.toLowerCase().replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/(?<=\p{L})[-‐–](?=\p{L})/gu, ' ').replace(/\s+/g, ' ').trim();
  if (TABLE.has(normalized)) return TABLE.get(normalized) ?? null;
  const cjk = /^[\p{Script=Han}]+/u.exec(normalized);
  if (cjk) return cjkMatch(normalized);
  const words = normalized.split(' ');
  let i = 0;
  // One leading noun: "Features in progress", "Work completed".
  if (NOUNS.has(words[0] ?? '') && words.length > 1) i = 1;
  let kind: Kind | null = null;
  for (let n = Math.min(MAX_WORDS, words.length - i); n > 0 && !kind; n -= 1) {
    const found = TABLE.get(words.slice(i, i + n).join(' '));
    if (found) {
      kind = found;
      i += n;
    }
  }
  if (!kind) return null;
  while (i < words.length) {
    const two = words.slice(i, i + 2).join(' ');
    if (NOUNS.has(two) && two.includes(' ')) i += 2;
    else if (NOUNS.has(words[i] ?? '')) i += 1;
    else break;
  }
  if (i === words.length) return kind;
  return isDateTail(words.slice(i).join(' ')) ? kind : null;
}

/** CJK headings: the longest bucket word at the start, then only CJK bucket nouns, dates or nothing. */
function cjkMatch(text: string): Kind | null {
  for (let n = Math.min(6, text.length); n >= 1; n -= 1) {
    const kind = TABLE.get(text.slice(0, n));
    if (!kind) continue;
    const rest = text.slice(n).trim();
    if (!rest || /^(?:的)?(?:工作|事项|功能|特性|里程碑|计划|任务|项目|版本|目标)$/u.test(rest) || isDateTail(rest)) return kind;
    return null;
  }
  return null;
}
