/**
 * Status emoji, GitHub `:shortcodes:` and mkdocs-material `:material-…:` icons.
 *
 * A marker is "strong" when it reads as a status wherever it sits at the start or end of a text.
 * "Weak" markers are also common decoration (🏗️ Scalability, 📅 Q3 2024, 🛠️ Tooling in qdrant-style
 * group labels), so they only count at the end of a text or when they are the whole text.
 */
import type {Status} from '../model.js';

export interface EmojiStatus {
  status: Status;
  strong: boolean;
}

/** One emoji (with variation selector and ZWJ sequences) or one `:shortcode:`. ©®™ are not emoji here. */
export const EMOJI_TOKEN_SOURCE =
  String.raw`(?:(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}|[\u2713\u2714\u2610])\uFE0F?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*|:[a-z0-9][a-z0-9_+\-]*:`;

const EMOJI: Record<string, [Status, boolean]> = {
  // done
  '✅': ['done', true], '✔': ['done', true], '✓': ['done', true], '☑': ['done', true],
  '🟢': ['done', true], '🟩': ['done', true], '🏁': ['done', false],
  // in progress
  '🚧': ['in-progress', true], '⏳': ['in-progress', true], '⌛': ['in-progress', true],
  '🟡': ['in-progress', true], '🟨': ['in-progress', true], '🔄': ['in-progress', false],
  '🏗': ['in-progress', false], '🛠': ['in-progress', false], '🔨': ['in-progress', false],
  '👷': ['in-progress', false], '🔧': ['in-progress', false],
  // dropped
  '❌': ['dropped', true], '🚫': ['dropped', true], '✖': ['dropped', true], '⛔': ['dropped', true],
  // planned. Red squares/circles: traffic-light legends (🟩 done / 🟨 in progress / 🟥 not started,
  // as in the moonbit roadmap, whose red items are future-dated goals) use red for "not started",
  // not for "cancelled"; cancelled is spelled ❌/🚫.
  '🟥': ['planned', true], '🔴': ['planned', true], '⬜': ['planned', true], '⚪': ['planned', true],
  // 🔲/🔳 (square buttons) and ☐ stand for an empty checkbox: "🔲 Planned — not yet started" (BLEEP's key).
  '🔲': ['planned', true], '🔳': ['planned', true], '☐': ['planned', true],
  '📅': ['planned', false], '🗓': ['planned', false], '📆': ['planned', false], '💭': ['planned', false],
  '🔜': ['planned', false], '⏸': ['planned', false],
};

const SHORTCODES: Record<string, [Status, boolean]> = {
  white_check_mark: ['done', true], heavy_check_mark: ['done', true], ballot_box_with_check: ['done', true],
  check: ['done', true], green_circle: ['done', true], large_green_circle: ['done', true],
  green_square: ['done', true], checkered_flag: ['done', false],
  construction: ['in-progress', true], hourglass: ['in-progress', true], hourglass_flowing_sand: ['in-progress', true],
  yellow_circle: ['in-progress', true], large_yellow_circle: ['in-progress', true], yellow_square: ['in-progress', true],
  arrows_counterclockwise: ['in-progress', false], building_construction: ['in-progress', false],
  hammer: ['in-progress', false], hammer_and_wrench: ['in-progress', false], wrench: ['in-progress', false],
  construction_worker: ['in-progress', false],
  x: ['dropped', true], no_entry: ['dropped', true], no_entry_sign: ['dropped', true],
  heavy_multiplication_x: ['dropped', true], negative_squared_cross_mark: ['dropped', true],
  red_circle: ['planned', true], red_square: ['planned', true], white_large_square: ['planned', true],
  white_circle: ['planned', true], black_square_button: ['planned', true], white_square_button: ['planned', true], calendar: ['planned', false], date: ['planned', false],
  spiral_calendar: ['planned', false], spiral_calendar_pad: ['planned', false], soon: ['planned', false],
  thought_balloon: ['planned', false], pause_button: ['planned', false],
};

/** mkdocs-material / pymdownx icon shortcodes: `:material-check-bold:`, `:octicons-x-16:` … */
const ICON = /^(?:material|octicons|fontawesome-(?:solid|regular|brands)|simple)-(.+?)(?:-\d+)?$/;
const ICON_NAMES: Array<[RegExp, Status, boolean]> = [
  [/^(?:check|checkbox-marked|check-decagram)(?:-|$)/, 'done', true],
  [/^(?:progress|timer-sand|hammer|wrench|sync|autorenew|cog-sync|hard-hat)(?:-|$)/, 'in-progress', true],
  // The wails legend reads :material-minus: as "Partially working".
  [/^minus(?:-|$)/, 'in-progress', true],
  [/^(?:close|cancel|cross|x|block-helper|window-close|skip)(?:-|$)/, 'dropped', true],
  [/^(?:checkbox-blank|calendar|clock|lightbulb|dots-horizontal)(?:-|$)/, 'planned', false],
];

const cache = new Map<string, EmojiStatus | null>();

/**
 * The status key of the document being read ("| 🔲 | Planned — not yet started |", extract/legend.ts):
 * its symbols mean what it says, a symbol it gives no status ("🚩 Mainnet gate") means none. Set for
 * the length of one synchronous parse (parseRoadmap), so the many classifiers that read emoji need
 * no extra argument; the caches here and in bucket.ts are bypassed while it is set.
 */
let documentLegend: ReadonlyMap<string, Status | null> | null = null;

export function withDocumentLegend<T>(legend: ReadonlyMap<string, Status | null>, read: () => T): T {
  if (legend.size === 0) return read();
  const outer = documentLegend;
  documentLegend = legend;
  try {
    return read();
  } finally {
    documentLegend = outer;
  }
}

export function hasDocumentLegend(): boolean {
  return documentLegend !== null;
}

/** The pictograph an emoji token is compared by: variation selectors and skin tones dropped, the first ZWJ part. */
export function emojiBase(token: string): string {
  return token.startsWith(':') ? token : token.replace(/[\uFE0F\u{1F3FB}-\u{1F3FF}]/gu, '').split('\u200D')[0] ?? '';
}

/** Status meant by one emoji or shortcode token, or null for decoration. */
export function emojiStatus(token: string): EmojiStatus | null {
  if (documentLegend) {
    const base = emojiBase(token);
    if (documentLegend.has(base)) {
      const status = documentLegend.get(base);
      return status ? {status, strong: true} : null;
    }
  }
  const cached = cache.get(token);
  if (cached !== undefined) return cached;
  const result = lookup(token);
  cache.set(token, result);
  return result;
}

function lookup(token: string): EmojiStatus | null {
  let entry: [Status, boolean] | undefined;
  if (token.startsWith(':') && token.endsWith(':') && token.length > 2) {
    const name = token.slice(1, -1);
    entry = SHORTCODES[name];
    const icon = entry ? null : ICON.exec(name);
    if (icon) entry = ICON_NAMES.find(([pattern]) => pattern.test(icon[1] ?? ''))?.slice(1) as [Status, boolean] | undefined;
  } else {
    entry = EMOJI[emojiBase(token)];
  }
  return entry ? {status: entry[0], strong: entry[1]} : null;
}
