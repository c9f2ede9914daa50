/**
 * The release a heading or cell names: "v2.1.0 (March 3, 2021)" -> "v2.1.0", "Kubeflow 0.6" -> "0.6",
 * "Alpha 4 - Completed 2024-02-01" -> "Alpha 4". Numbered headings ("1.1 Runtime improvements") and
 * dependencies ("Support for Python 3.8", "Python 3 support") are not releases.
 */
import {DEPENDENCY_WORDS, PRE_RELEASE_WORDS, RELEASE_FOLLOWERS, RELEASE_FOLLOWERS_CJK, RELEASE_NOUNS} from '../words/releases.js';

const PRE = `(?:[\\s-]{0,2}(?:${PRE_RELEASE_WORDS.join('|')})(?:[\\s.-]{0,2}\\d{1,3})?(?![A-Za-z]))?`;

interface Form {
  re: RegExp;
  /** A dotted number with no prefix: subject to the numbered-heading and dependency checks. */
  plain: boolean;
}

const FORMS: Form[] = [
  {re: new RegExp(`(?<![\\w.])v\\d{1,4}(?:\\.\\d{1,4}){0,3}(?:-[0-9A-Za-z]+(?:\\.[0-9A-Za-z]+)*)?${PRE}(?![\\w.])`, 'gi'), plain: false},
  {re: /(?<![\w.])r\d{1,4}(?:\.\d{1,4}){1,3}(?![\w.])/gi, plain: false},
  {re: /(?<![\w])(?:alpha|beta|rc|preview|milestone)[\s-]{0,2}\d{1,3}(?:\.\d{1,3}){0,2}(?![\w.])/gi, plain: false},
  {re: new RegExp(`(?<![\\w.\\-/#$])\\d{1,4}(?:\\.\\d{1,4}){1,3}(?:-[0-9A-Za-z]+(?:\\.[0-9A-Za-z]+)*)?${PRE}(?![\\w]|\\.\\d)`, 'gi'), plain: true},
];

/** "Release 3", "Version 2": a bare integer is a release only after one of these words. */
const RELEASE_WORD_NUMBER = new RegExp(`(?<![\\w])(?:${RELEASE_NOUNS.join('|')})\\s{1,3}(\\d{1,4})(?![\\w.])`, 'gi');

const NOISE = /[*_~`#>\s]+/g;
const DOTTED_DATE = /^(?:19|20)\d{2}\.(\d{1,2})\.(\d{1,2})$/;
/** What may follow a plain version in a release heading: nothing, a separator, a date note, or a release word. */
const RELEASE_AFTER = new RegExp(`^(?:$|[([{\\-–—:|,/]|(?:${RELEASE_FOLLOWERS.join('|')})(?![A-Za-z])|${RELEASE_FOLLOWERS_CJK.join('|')})`, 'i');
/** A version right after these words is a dependency, not this project's release: "Support for Kubernetes 1.24". */
const DEPENDENCY_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${DEPENDENCY_WORDS.join('|')})\\s{1,3}(?:[A-Za-z][\\w.+-]*\\s{1,3})?$`, 'i');

function accepts(text: string, start: number, end: number, plain: boolean): boolean {
  const before = text.slice(0, start).replace(NOISE, ' ').trim();
  if (DEPENDENCY_BEFORE.test(before ? ` ${before} ` : '')) return false;
  if (!plain) return true;
  const version = text.slice(start, end);
  const date = DOTTED_DATE.exec(version);
  if (date && Number(date[1]) <= 12 && Number(date[2]) <= 31) return false;
  const after = text.slice(end).replace(/^[*_~`\s]+/, '');
  // "1.1 Runtime improvements" (numbered heading), "Python 3.8 support" (dependency): a plain word follows.
  return RELEASE_AFTER.test(after);
}

/** Leftmost release-like token of each form; the leftmost of those wins. */
export function parseRelease(text: string): string | null {
  if (!/\d/.test(text)) return null;
  let bestIndex = Infinity;
  let best: string | null = null;
  for (const form of FORMS) {
    form.re.lastIndex = 0;
    for (let m = form.re.exec(text); m; m = form.re.exec(text)) {
      if (accepts(text, m.index, m.index + m[0].length, form.plain)) {
        if (m.index < bestIndex) [bestIndex, best] = [m.index, m[0].trim()];
        break;
      }
    }
  }
  RELEASE_WORD_NUMBER.lastIndex = 0;
  for (let m = RELEASE_WORD_NUMBER.exec(text); m; m = RELEASE_WORD_NUMBER.exec(text)) {
    if (accepts(text, m.index, m.index + m[0].length, false)) {
      // "Release 3" names release "3".
      const index = m.index + m[0].length - m[1]!.length;
      if (index < bestIndex) [bestIndex, best] = [index, m[1]!];
      break;
    }
  }
  return best;
}
