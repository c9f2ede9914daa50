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
  String.raw`(?:(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}|[\u2713\u2714])\uFE0F?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*|:[a-z0-9][a-z0-9_+\-]*:`;

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
  white_circle: ['planned', true], calendar: ['planned', false], date: ['planned', false],
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

/** Status meant by one emoji or shortcode token, or null for decoration. */
export function emojiStatus(token: string): EmojiStatus | null {
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
    // Compare the base pictograph: drop variation selectors and skin tones, keep the first ZWJ part.
    const base = token.replace(/[\uFE0F\u{1F3FB}-\u{1F3FF}]/gu, '').split('\u200D')[0] ?? '';
    entry = EMOJI[base];
  }
  return entry ? {status: entry[0], strong: entry[1]} : null;
}
