/**
 * A sentence right above a list often states what the list is: "The items below are now complete:",
 * "Features are planned in the 1.13 time frame for the Kubectl Plugin.", "以下是 … 在 2026 年计划实现的主要目标".
 * `leadInStatus` and `leadInRelease` read the status and the release such a sentence gives its list.
 *
 * Choices:
 * - Only a statement about the items counts: a status verb after "are/is/were/have been…" ("are planned",
 *   "have been completed"), or in Chinese a lead-in word (以下/下面/如下) with a status word. A sentence that
 *   merely uses a word ("the plan is to …", "planning meetings") sets nothing.
 * - "targeted for", "scheduled for" and "expected in" name a time or release, not a status (the Rook
 *   roadmap's "targeted for Rook v1.13 (November 2023)" says nothing about whether work started).
 * - A negation before the statement ("we have not decided which are planned", "并没有具体计划") sets nothing;
 *   "are not planned" is the dropped statement.
 * - A release comes only from a sentence that names exactly one dotted version ("in the 1.13 time frame",
 *   "targeted for Acme v2.3"); two versions ("from 1.2 to 1.3") name none.
 */
import type {Status} from '../model.js';

/** Verb phrases after "are / is / were / will be / have been / has been" (optionally "now", "currently", "all"). */
export const STATED: Array<[Status, string[]]> = [
  ['done', ['complete', 'completed', 'done', 'finished', 'shipped', 'released', 'delivered', 'implemented', 'landed',
    'available', 'generally available']],
  ['in-progress', ['in progress', 'being worked on', 'underway', 'under way', 'under development', 'in development',
    'in flight', 'ongoing']],
  ['planned', ['planned', 'proposed', 'under consideration', 'being considered', 'not yet started']],
  ['dropped', ['dropped', 'cancelled', 'canceled', 'abandoned', 'descoped', 'no longer planned', 'not planned', 'out of scope']],
];

/** Chinese status words in a lead-in sentence that says 以下 / 下面 / 如下 ("the following"). */
export const STATED_CJK: Array<[Status, string[]]> = [
  // First: 不再计划 holds 计划.
  ['dropped', ['已取消', '已放弃', '不再计划']],
  ['done', ['已完成', '已经完成', '已发布', '已实现', '已交付', '已上线']],
  ['in-progress', ['进行中', '正在进行', '正在开发', '开发中']],
  ['planned', ['计划', '规划']],
];

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\']/g, '\\$&').replace(/ /g, '\\s+');

const ENGLISH = STATED.map(([status, words]): [Status, RegExp] => [
  status,
  new RegExp(
    `\\b(?:are|is|were|was|will\\s+be|have\\s+been|has\\s+been|got)\\s+(?:(?:now|currently|all|already|being|also)\\s+){0,2}(?:${words.map(escape).join('|')})\\b`,
    'i',
  ),
]);
const NEGATION = /\b(?:not|never|no longer|n't)\b|没有|并未|未|不/i;
const CJK_LEAD = /以下|下面|如下|下列/;

/** The status a lead-in sentence states for the list under it, with the words that state it. */
export function leadInStatus(sentence: string): {status: Status; raw: string} | null {
  for (const [status, re] of ENGLISH) {
    const m = re.exec(sentence);
    if (!m) continue;
    // "are not planned" is the dropped phrase, "are not yet started" the planned one; a negation before the
    // verb ("we have not decided which are planned") states nothing.
    if (NEGATION.test(sentence.slice(0, m.index))) return null;
    return {status, raw: m[0].trim()};
  }
  if (!CJK_LEAD.test(sentence)) return null;
  for (const [status, words] of STATED_CJK) {
    for (const word of words) {
      const at = sentence.indexOf(word);
      if (at < 0) continue;
      if (status !== 'dropped' && NEGATION.test(sentence.slice(0, at))) return null;
      return {status, raw: word};
    }
  }
  return null;
}

/** A dotted version ("1.13", "v2.3", "2.0.1"); at most three digits a part, so a date ("2022.9", "2023.10.01") is none. */
const VERSION = /(?<![\w.\-/#])v?(\d{1,3}(?:\.\d{1,3}){1,2})(?![\w]|\.\d)/gi;
/** Words that tie a version to the list: a time frame, a release, a milestone or a planning verb. */
const RELEASE_CONTEXT = /\b(?:time\s*frame|timeframe|release[sd]?|milestone|version|planned|targeted|targeting|scheduled|ship(?:s|ping|ped)?|land(?:s|ing)?|coming|expected)\b|版本|发布/i;

/** The one release a lead-in sentence names for its list, or null. */
export function leadInRelease(sentence: string): string | null {
  if (!RELEASE_CONTEXT.test(sentence)) return null;
  const found = new Set<string>();
  for (const m of sentence.matchAll(VERSION)) {
    found.add(m[1]!);
  }
  return found.size === 1 ? [...found][0]! : null;
}
