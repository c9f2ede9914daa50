/**
 * Reads what an item's own inline text states: title, links, owners, an
 * explicit id, a status marker and a period ("(Planned for Q4 2021)").
 */
import type {PhrasingContent} from 'mdast';
import type {CalendarPeriod, Horizon, Period, Status} from '../model.js';
import {findPeriods, findSuspectPeriod, latestFound} from '../period/index.js';
import type {Point} from '../rules.js';
import type {ReadContext} from './context.js';
import {report, statusMarkerOf} from './context.js';
import {cleanInline, collapse, plainText} from './inline.js';
import {wordsOf} from '../words/fields.js';

export interface ItemText {
  title: string;
  content: PhrasingContent[];
  links: string[];
  owners: string[];
  explicitId: string | null;
  status: Status | null;
  statusRaw: string | null;
  /** Maturity words ("alpha", "experimental") say less than a checkbox or a "Completed" section. */
  statusWeak: boolean;
  period: Period | null;
}

const LEADING_SHORTCODES = /^(?:\s*:[a-z0-9][a-z0-9_+-]*:)+\s*/;
const EXPLICIT_ID = /\s*\{#([A-Za-z0-9][\w.:-]*)\}\s*$/;
const HANDLES = String.raw`@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\s*(?:,|&|/|and)\s*@[A-Za-z0-9][A-Za-z0-9-]{0,38})*`;
/** "(owner: @kim)", "(by @kim)": the owner words of words/fields.ts, ASCII ones, and "by". */
const OWNER_KEY = [...wordsOf('owners').filter((word) => /^[a-z]+$/.test(word)), 'by'].join('|');
const OWNER_TAGS = [
  new RegExp(String.raw`[(（]\s*(?:(?:${OWNER_KEY})\s*[:：]?\s*)?${HANDLES}\s*[)）]`, 'i'),
  new RegExp(String.raw`\s[—–-]\s+${HANDLES}\s*$`),
  new RegExp(String.raw`(?<=[\p{L}\p{N})\]])\s+${HANDLES}\s*$`, 'u'),
];
const MENTION = /(?:^|[\s(,])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?![\w@.-]*\.[a-z]{2,})/g;
const UNKNOWN_TAG = /^\[([^\]\s]{1,3})\]\s/;
const MAX_TITLE = 140;
const HORIZON_TAG = /[(（]\s*(later|next|up next|coming soon|soon|future|long[- ]term|near[- ]term|now|current)\s*[)）]/i;
/** A character trimmed from a title's end. Only the last one is tested first: the trimming pattern scans the whole title. */
const TITLE_TAIL = /^[\s\-–—:|,;]$/;
const MATURITY = /\b(?:alpha|beta|preview|experimental|rc|incubating)\b/i;
/** "(ETA May 2024)", "(target: Q3)": when, not how far along; a section's status ("In progress") wins over them. */
const TIME_MARKER = /^[\s([{*_]*(?:eta|target(?:ed)?|expected)\b/i;

/** `plain`, when the caller already has it, is `collapse(plainText(nodes))`. */
export function readItemText(nodes: readonly PhrasingContent[], ctx: ReadContext, at: Point, plain?: string): ItemText {
  const {line, column} = at;
  const links: string[] = [];
  let content = cleanInline(nodes, ctx.definitions, ctx.inline, links);
  let text = plain ?? collapse(plainText(nodes));

  let explicitId: string | null = null;
  const idMatch = text.includes('{#') ? EXPLICIT_ID.exec(text) : null;
  if (idMatch) {
    explicitId = idMatch[1]!;
    text = text.slice(0, idMatch.index);
    content = stripTrailingId(content);
  }

  let status: Status | null = null;
  let statusRaw: string | null = null;
  let statusWeak = false;
  if (isAllDeleted(nodes)) {
    status = 'dropped';
    statusRaw = '~~strikethrough~~';
  }

  // Periods and status markers are found on the same text, then both are cut out of the title.
  const cuts: Array<[number, number]> = [];
  let period: Period | null = latestPeriod(findPeriods(text, ctx.periodOptions), cuts, text);
  const horizon = text.includes('(') || text.includes('（') ? HORIZON_TAG.exec(text) : null;
  if (!period && horizon) {
    const word = horizon[1]!.toLowerCase();
    const value: Horizon = /now|current/.test(word) ? 'now' : /next|soon|near/.test(word) ? 'next' : 'later';
    period = {horizon: value, label: value === 'now' ? 'Now' : value === 'next' ? 'Next' : 'Later', raw: horizon[1]!, anchor: ctx.periodOptions.anchor ?? null};
    cuts.push([horizon.index, horizon.index + horizon[0].length]);
  }
  const marker = statusMarkerOf(ctx, text);
  if (marker && !(horizon && overlaps(marker.index, marker.length, horizon.index, horizon[0].length))) {
    if (!status) {
      status = marker.status;
      statusRaw = marker.raw;
      statusWeak = MATURITY.test(marker.raw) || TIME_MARKER.test(marker.raw);
    }
    cuts.push([marker.index, marker.index + marker.length]);
    // "❌ Old API (Cancelled)": a second, bracketed tag that says the same is cut as well.
    const blanked = text.slice(0, marker.index) + ' '.repeat(marker.length) + text.slice(marker.index + marker.length);
    const second = /[(（[]/.test(blanked) ? statusMarkerOf(ctx, blanked) : null;
    if (second && second.status === marker.status && /^[(（[]/.test(second.raw.trim())) cuts.push([second.index, second.index + second.length]);
  } else if (!marker) {
    const tag = UNKNOWN_TAG.exec(text);
    if (tag) report(ctx, {line, column}, 'unknown-status', `Unknown status marker "[${tag[1]}]": expected [x], [ ] or a known status word`);
  }
  const hasAt = text.includes('@');
  const owners = hasAt ? mentionsIn(text) : [];
  if (hasAt) {
    // "(owner: @kim)", "— @ana, @bo", a trailing "@ines": who, not what (the card still shows them).
    for (const pattern of OWNER_TAGS) {
      const tag = pattern.exec(text);
      if (tag) cuts.push([tag.index, tag.index + tag[0].length]);
    }
  }
  // Without cuts the text is still collapsed: it is `plain`, or a prefix of it ending before blanks.
  const collapsed = cuts.length === 0;
  text = cutRanges(text, cuts);

  const suspect = findSuspectPeriod(text);
  if (suspect) report(ctx, {line, column: column + suspect.index}, 'unknown-period', suspect.message);

  return {title: tidyTitle(text, collapsed), content, links, owners, explicitId, status, statusRaw, statusWeak, period};
}

/** The @handles in `text`, each once, in order (an e-mail address is not a mention). */
export function mentionsIn(text: string): string[] {
  const handles: string[] = [];
  for (const match of text.matchAll(MENTION)) if (!handles.includes(match[1]!)) handles.push(match[1]!);
  return handles;
}

/** An item written entirely as ~~strikethrough~~ has been dropped. */
function isAllDeleted(nodes: readonly PhrasingContent[]): boolean {
  let deleted = false;
  for (const node of nodes) {
    if (node.type === 'delete') deleted = true;
    else if (node.type === 'text' && node.value.trim() === '') continue;
    else if (node.type === 'text' && /^[\s\p{P}\p{S}]*$/u.test(node.value)) continue;
    else return false;
  }
  return deleted;
}

function stripTrailingId(content: PhrasingContent[]): PhrasingContent[] {
  const out = [...content];
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = {...last, value: last.value.replace(EXPLICIT_ID, '')};
  return out;
}

/**
 * When an item names several periods ("in 2023 we shipped X; in 2024 we plan Y"),
 * the latest one is what it is planned for. Its text, with the short
 * parenthetical it sits in ("(Planned for Q4 2021)"), is cut from the title.
 */
function latestPeriod(found: Array<{period: CalendarPeriod; index: number; length: number}>, cuts: Array<[number, number]>, text: string): Period | null {
  const best = latestFound(found);
  if (!best) return null;
  const cut = phraseAround(text, best.index, best.length);
  // "…design through 2018.", "Ship X by Q3 2024": a date the sentence needs stays in the title (cut, it
  // left "…design through." behind); a bracketed or leading one ("(Q4 2021)", "Q3 2024: X") is cut.
  const inSentence = cut[0] === best.index && PREPOSITION_BEFORE.test(text.slice(Math.max(0, best.index - 24), best.index));
  if (!inSentence) cuts.push(cut);
  return best.period;
}

/** A preposition right before a date: the date is part of the sentence. */
const PREPOSITION_BEFORE = /\b(?:through|thru|by|in|until|till|before|after|during|from|to|for|since|within|around|of|early|late|mid|later)\s+$/i;

function phraseAround(text: string, index: number, length: number): [number, number] {
  const open = text.lastIndexOf('(', index);
  const close = text.indexOf(')', index + length);
  if (open !== -1 && close !== -1 && close - open < 48 && !text.slice(open + 1, index).includes(')')) return [open, close + 1];
  return [index, index + length];
}

function overlaps(a: number, aLength: number, b: number, bLength: number): boolean {
  return a < b + bLength && b < a + aLength;
}

/**
 * Cut ranges out of text (ranges may overlap); what is left keeps a space where a cut was.
 * Punctuation that ended the cut phrase goes with it when the kept text before already ends a
 * clause: "(SQL. In progress. See RFC)" → "(SQL. See RFC)", "Done. Feature" → "Feature".
 */
function cutRanges(text: string, cuts: Array<[number, number]>): string {
  if (cuts.length === 0) return text;
  const sorted = [...cuts].sort((x, y) => x[0] - y[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of sorted) {
    if (start > at) out += text.slice(at, start) + ' ';
    at = Math.max(at, end);
    if (CLAUSE_END.includes(text[at] ?? '\n') && endsClause(out)) at++;
  }
  return out + text.slice(at);
}

const CLAUSE_END = '.,;:';
function endsClause(kept: string): boolean {
  const last = kept.trimEnd().slice(-1);
  return last === '' || last === '(' || last === '[' || CLAUSE_END.includes(last);
}

/** `isCollapsed`: the caller knows `text` is already `collapse`d. */
export function tidyTitle(text: string, isCollapsed = false): string {
  const collapsed = isCollapsed ? text : collapse(text);
  let title = collapsed.includes('(') || collapsed.includes('[') ? collapsed.replace(/\(\s*\)|\[\s*\]/g, ' ') : collapsed;
  // Its only blanks are spaces: a space before punctuation is what the (slower) replacement looks for.
  if (/ [,.;:]/.test(title)) title = title.replace(/\s+([,.;:])(?=\s|$)/g, '$1');
  // Collapsing is idempotent: only a text the replacements changed needs it again.
  if (title !== collapsed) title = collapse(title);
  // A leading `:truck:` shortcode is decoration in a plain-text title (its colon must not be cut alone: "truck: …").
  title = title.replace(LEADING_SHORTCODES, '').replace(/^[\s\-–—:|]+/, '');
  if (TITLE_TAIL.test(title[title.length - 1] ?? '')) title = title.replace(/[\s\-–—:|,;]+$/, '');
  if (title.length <= MAX_TITLE) return title;
  const sentence = /^(.{20,}?[.!?])\s/.exec(title);
  if (sentence && sentence[1]!.length <= MAX_TITLE) return sentence[1]!;
  const cut = title.slice(0, MAX_TITLE);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)) + '…';
}
