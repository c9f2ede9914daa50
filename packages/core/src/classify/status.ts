/**
 * Status stated by an item's own text: a literal checkbox, a status emoji or shortcode at either end,
 * or a status tag that is set apart from the prose — bracketed, emphasized, or after ":" / " - " /
 * a sentence end. Status words inside a sentence are prose, not status.
 */
import type {Status} from '../model.js';
import {leadDelimiter, sentenceTail, trailDelimiter} from './delimiters.js';
import {EMOJI_TOKEN_SOURCE, emojiStatus} from './emoji.js';
import {hasCjk, isAscii, statusPhrase} from './status-words.js';

export interface StatusMarker {
  status: Status;
  /** The source text of the marker, exactly as it appears at `index`. */
  raw: string;
  index: number;
  length: number;
}

/** Obsidian/Tasks conventions: [x] done, [/] in progress, [-] cancelled, [ ] open. */
const CHECKBOX: Record<string, Status> = {x: 'done', X: 'done', ' ': 'planned', '/': 'in-progress', '-': 'dropped'};

const LEADING_CHECKBOX = /^(\s*)(\[([ xX/-])\])(?=\s|$)/;
const EMOJI_AT = new RegExp(`\\s*(${EMOJI_TOKEN_SOURCE})`, 'uy');
const EMOJI_AT_END = new RegExp(`(${EMOJI_TOKEN_SOURCE})\\s*$`, 'u');
const OPENERS: Record<string, string> = {'(': ')', '[': ']', '（': '）', '【': '】', '［': '］', '「': '」'};
const CLOSERS: Record<string, string> = Object.fromEntries(Object.entries(OPENERS).map(([o, c]) => [c, o]));
/** "Done. " ends in what `trailing` trims; tested on the last character only, as the trimming pattern scans the whole text. */
const TRAILING_STOP = /^[\s.。]$/u;

function marker(status: Status, text: string, index: number, length: number): StatusMarker {
  return {status, raw: text.slice(index, index + length), index, length};
}

export function findStatusMarker(text: string): StatusMarker | null {
  if (!text.trim()) return null;
  // Plain ASCII text has no emoji pictographs and no CJK: the scans for those can be skipped.
  const ascii = isAscii(text);
  return leading(text, ascii) ?? trailing(text, ascii);
}

function leading(text: string, ascii: boolean): StatusMarker | null {
  const box = LEADING_CHECKBOX.exec(text);
  if (box) return marker(CHECKBOX[box[3] ?? ''] ?? 'planned', text, (box[1] ?? '').length, (box[2] ?? '').length);

  // A run of leading emoji: remember the first strong status one, skip decoration.
  let pos = 0;
  let emoji: StatusMarker | null = null;
  EMOJI_AT.lastIndex = 0;
  for (let m = EMOJI_AT.exec(text); m; m = EMOJI_AT.exec(text)) {
    const token = m[1] ?? '';
    const found = emojiStatus(token);
    const start = m.index + m[0].length - token.length;
    if (found?.strong && !emoji) emoji = marker(found.status, text, start, token.length);
    pos = EMOJI_AT.lastIndex;
  }
  while (/\s/.test(text[pos] ?? '')) pos += 1;
  const tag = leadingTag(text, pos, ascii);
  if (tag) {
    // "✅ [Done] …" / "✅ Done: …": one marker covering both.
    if (emoji && emoji.index < tag.index) return marker(tag.status, text, emoji.index, tag.index + tag.length - emoji.index);
    return tag;
  }
  if (emoji) return emoji;
  return null;
}

/** "[Done] …", "(WIP) …", "**Done:** …", "Done: …", "Done - …", "已完成：…" at `pos`. */
function leadingTag(text: string, pos: number, ascii: boolean): StatusMarker | null {
  const rest = text.slice(pos);
  const open = rest[0] ?? '';
  const close = OPENERS[open];
  if (close) {
    const end = rest.indexOf(close, 1);
    if (end > 1) {
      const status = statusPhrase(rest.slice(1, end), {loose: true});
      if (status) return marker(status, text, pos, end + 1 + trailingColon(rest, end + 1));
    }
  }
  const emphasis = /^([*_]{1,3})(?=\S)(.{1,40}?)(?<=\S)\1/u.exec(rest);
  if (emphasis) {
    const inner = (emphasis[2] ?? '').replace(/\s*[:：]$/, '');
    const status = statusPhrase(inner);
    if (status) return marker(status, text, pos, emphasis[0].length + trailingColon(rest, emphasis[0].length));
  }
  const delimited = leadDelimiter(rest);
  if (delimited && rest.length > delimited.match.length) {
    const status = statusPhrase(delimited.tag, {tail: false});
    if (status) return marker(status, text, pos, delimited.match.length);
  }
  if (!ascii && hasCjk(rest)) {
    // CJK has no word spaces: accept a status word followed by a space or punctuation.
    const cjk = /^(\S{2,4}?)(?:\s+|[，、。；])/u.exec(rest);
    const status = cjk ? statusPhrase(cjk[1] ?? '') : null;
    if (cjk && status) return marker(status, text, pos, cjk[0].length);
  }
  return null;
}

function trailingColon(text: string, at: number): number {
  const colon = /^\s*[:：]/.exec(text.slice(at));
  return colon ? colon[0].length : 0;
}

function trailing(text: string, ascii: boolean): StatusMarker | null {
  const trimmed = TRAILING_STOP.test(text[text.length - 1] ?? '') ? text.replace(/[\s.。]+$/u, '') : text;
  if (!trimmed) return null;
  const last = trimmed[trimmed.length - 1] ?? '';

  // Trailing emoji run: the last status emoji wins, weak ones included ("… ✅", "… 🔄").
  // An emoji token ends in a pictograph, U+FE0F or the ":" of a shortcode: any other ASCII last character rules it out.
  if (last === ':' || last.charCodeAt(0) > 0x7f) {
    let end = trimmed.length;
    for (let m = EMOJI_AT_END.exec(trimmed.slice(0, end)); m; m = EMOJI_AT_END.exec(trimmed.slice(0, end))) {
      const token = m[1] ?? '';
      const found = emojiStatus(token);
      if (found) return marker(found.status, text, m.index, token.length);
      end = m.index;
      if (end === 0) break;
    }
  }

  const opener = CLOSERS[last];
  if (opener) {
    const start = matchingOpener(trimmed, opener, last);
    if (start > 0) {
      const inner = trimmed.slice(start + 1, -1);
      const status = statusPhrase(inner, {loose: true});
      if (status) return marker(status, text, start, trimmed.length - start);
      const clause = statusClause(inner, start + 1, text);
      if (clause) return clause;
    }
  }

  const emphasis = last === '*' || last === '_' ? /(?<=\s|^)([*_]{1,3})(?=\S)([^*_]{1,50}?)(?<=\S)\1$/u.exec(trimmed) : null;
  if (emphasis && emphasis.index > 0) {
    const status = statusPhrase(emphasis[2] ?? '');
    if (status) return marker(status, text, emphasis.index, emphasis[0].length);
  }

  const delimited = trailDelimiter(trimmed);
  if (delimited && delimited.index > 0) {
    const status = statusPhrase(delimited.tag);
    if (status) return marker(status, text, delimited.index, trimmed.length - delimited.index);
  }

  // "… . Done" / "… . Completed in Q1 2023": a last sentence that is only a status.
  const sentence = sentenceTail(trimmed);
  if (sentence) {
    const status = statusPhrase(sentence.tag);
    if (status) return marker(status, text, sentence.index + sentence.match.length - sentence.tag.length, sentence.tag.length);
  }

  if (!ascii && hasCjk(trimmed)) {
    const cjk = /(?:\s+|[，、。；])(\S{2,4})$/u.exec(trimmed);
    const status = cjk ? statusPhrase(cjk[1] ?? '') : null;
    if (cjk && status) return marker(status, text, cjk.index, cjk[0].length);
  }
  return taggedTitle(text);
}

/** "Phase 1: Frontend platform (Done ✅) - You will …": the tag closes a title that a dash separates from prose. */
function taggedTitle(text: string): StatusMarker | null {
  // Closing brackets are rare: looking for one before a dash first is cheaper than trying the pattern at every blank.
  if (!/[)）\]]\s+[-–—]/.test(text)) return null;
  const tagged = /\s([(（\[][^()（）[\]]{1,40}[)）\]])(?=\s+[-–—]{1,2}\s)/u.exec(text);
  const status = tagged ? statusPhrase((tagged[1] ?? '').slice(1, -1), {loose: true}) : null;
  return tagged && status ? marker(status, text, tagged.index + 1, (tagged[1] ?? '').length) : null;
}

function matchingOpener(text: string, opener: string, closer: string): number {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i -= 1) {
    const ch = text[i];
    if (ch === closer) depth += 1;
    else if (ch === opener && --depth === 0) return i;
  }
  return -1;
}

/** "(SQL. In progress. See RFC)": one clause of a trailing parenthetical that is a status on its own. */
function statusClause(inner: string, offset: number, text: string): StatusMarker | null {
  const clause = /(?:^|[.;,]\s+)([^.;,]+)/gu;
  for (let m = clause.exec(inner); m; m = clause.exec(inner)) {
    const part = (m[1] ?? '').trim();
    const status = statusPhrase(part);
    if (status) {
      const index = offset + m.index + m[0].indexOf(part);
      return marker(status, text, index, part.length);
    }
  }
  return null;
}

/**
 * Status named by a table cell. Loose: "Yes", "Working", "Stable", "Next" count here. "No", "N/A", "-"
 * and "Not supported" return null: they say a feature is absent, not what the roadmap intends for it.
 * Free prose is not a status even when it ends in a tag, so that a notes column is not taken for one.
 */
export function statusFromCell(text: string): Status | null {
  const cell = text.trim();
  if (!cell) return null;
  const box = /^\[([ xX/-])\]$/.exec(cell);
  if (box) return CHECKBOX[box[1] ?? ''] ?? null;
  const options = {loose: true, horizons: true};
  const whole = statusPhrase(cell, options);
  if (whole) return whole;
  // "Beta, behind a flag", "Done - see #12", "Planned (Q3)": the head of the cell.
  const head = /^(.{1,30}?)\s*(?:[,;(（]|\s[-–—]\s|:)/u.exec(cell);
  if (head) {
    const status = statusPhrase(head[1] ?? '', options);
    if (status) return status;
  }
  // "🟢 live", ":white_check_mark: shipped in 2.1": a status icon leads the cell.
  const lead = EMOJI_AT_START.exec(cell);
  const icon = lead ? emojiStatus(lead[1] ?? '') : null;
  return icon?.status ?? null;
}

const EMOJI_AT_START = new RegExp(`^\\s*(${EMOJI_TOKEN_SOURCE})`, 'u');
