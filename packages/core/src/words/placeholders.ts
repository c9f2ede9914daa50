/**
 * List lines that stand for items nobody has written yet: "Etc.", "…", "More to be identified and launched"
 * (TensorFlow), "More applications to follow" (Crossplane), "TBD", "等等". They are not items (a card saying "Etc."
 * is noise); each gets one info diagnostic instead, so the line is not lost.
 */

const ENGLISH = [
  String.raw`etc\.?`,
  String.raw`\.{2,}`,
  '…+',
  'and (?:so on|more)',
  'tb[ad]',
  'to be (?:determined|announced|defined)',
  // "More to come", "More applications to follow", "More to be identified and launched".
  String.raw`more(?: [\w-]+){0,3} (?:to (?:come|follow)|coming|(?:to be|will be) (?:identified|announced|added|determined|defined)(?: and [\w-]+)?)`,
];
// "更多待定的以及急需开展的计划" (TensorFlow's Chinese translation of "More to be identified and launched"):
// the promise may end in "的" and a few words naming what is promised.
const CJK = ['等+', '…+', '……', '更多.{0,8}(?:敬请期待|待定|陆续推出|即将推出)(?:的.{0,10})?', '待定'];

const PLACEHOLDER = new RegExp(`^(?:${[...ENGLISH, ...CJK].join('|')})[\\s.!。！…]*$`, 'iu');

/** True when `text` (a list line, markdown removed) only says that more items will come. */
export function isPlaceholderLine(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}
