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
import {EMOJI_TOKEN_SOURCE, emojiStatus, hasDocumentLegend} from './emoji.js';
import {isDateTail} from './status-words.js';
import {BUCKET_NOUNS, BUCKET_PHRASES, type BucketKind} from '../words/buckets.js';

export interface Bucket {
  status?: Status;
  horizon?: Horizon;
  raw: string;
}

const TABLE = new Map<string, BucketKind>();
for (const [kind, phrases] of BUCKET_PHRASES) for (const phrase of phrases) TABLE.set(phrase, kind);
const MAX_WORDS = Math.max(...[...TABLE.keys()].map((p) => p.split(' ').length));

const NOUNS = BUCKET_NOUNS;

const EMOJI = new RegExp(EMOJI_TOKEN_SOURCE, 'gu');
const NUMBERING = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[ivx]+[.)]|[a-z][.)])\s+(?=\S)/i;
const cache = new Map<string, Bucket | null>();

export function classifyBucket(text: string): Bucket | null {
  // A document's own status key changes what its emoji mean: no cache across documents then.
  if (hasDocumentLegend()) return classify(text);
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

function bucket([status, horizon]: BucketKind, raw: string): Bucket {
  const result: Bucket = {raw};
  if (status) result.status = status;
  if (horizon) result.horizon = horizon;
  return result;
}

function match(text: string): BucketKind | null {
  const normalized = text.toLowerCase().replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/(?<=\p{L})[-‐–](?=\p{L})/gu, ' ').replace(/\s+/g, ' ').trim();
  if (TABLE.has(normalized)) return TABLE.get(normalized) ?? null;
  const cjk = /^[\p{Script=Han}]+/u.exec(normalized);
  if (cjk) return cjkMatch(normalized);
  const words = normalized.split(' ');
  let i = 0;
  // One leading noun: "Features in progress", "Work completed".
  if (NOUNS.has(words[0] ?? '') && words.length > 1) i = 1;
  let kind: BucketKind | null = null;
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
function cjkMatch(text: string): BucketKind | null {
  for (let n = Math.min(6, text.length); n >= 1; n -= 1) {
    const kind = TABLE.get(text.slice(0, n));
    if (!kind) continue;
    const rest = text.slice(n).trim();
    if (!rest || /^(?:的)?(?:工作|事项|功能|特性|里程碑|计划|任务|项目|版本|目标)$/u.test(rest) || isDateTail(rest)) return kind;
    return null;
  }
  return null;
}
