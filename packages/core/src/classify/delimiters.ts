/**
 * The separators that set a status tag apart from a title: "Done: …" / "Done - …" at the start, "… - Done" /
 * "…: Done" / "… | Done" at the end, or a last sentence "… . Done". Each is one regular expression; the
 * functions here give exactly that expression's match (`exec` on the whole text) but try it only where
 * it can match, as trying it at every position of every item text is slow.
 */

/** A tag of at most 40 code points, then ":" or a dash. */
export const LEAD_DELIMITER = /^(.{1,40}?)(?:\s*[:：]|\s+[-–—]{1,2}\s+|[-–—]{1,2}\s+)/u;
/** ":", a spaced dash or "|", then a tag of at most 50 code points up to the end (a final "." allowed). */
export const TRAIL_DELIMITER = /(?:[:：]\s*|\s+[-–—]{1,2}\s+|\s*[|｜]\s*)([^:：|｜]{1,50}?)\s*[.。]?$/u;
/** A sentence end, then a last sentence of at most 50 code points. */
export const SENTENCE_TAIL = /[.!?。！]\s+([^.!?。！]{1,50})$/u;

const LEAD_DELIMITER_CHAR = /[:：\-–—]/;
const TRAIL_DELIMITER_CHAR = /^[\s:：|｜\-–—]$/;
const TRAIL_DELIMITER_HINT = /[:：|｜]|\s[-–—]/;
const SENTENCE_TAIL_AT = new RegExp(`^${SENTENCE_TAIL.source}`, 'u');

export interface Delimited {
  /** Where the match starts in the text. */
  index: number;
  /** The whole match and its group, as `exec` gives them. */
  match: string;
  tag: string;
}

function delimited(match: RegExpExecArray | null, offset: number): Delimited | null {
  return match ? {index: offset + match.index, match: match[0], tag: match[1] ?? ''} : null;
}

/**
 * LEAD_DELIMITER's match. It needs a delimiter character after at most 40 code points (80 UTF-16 units) and
 * blanks: looking for the first such character first is much cheaper than trying the pattern.
 */
export function leadDelimiter(text: string): Delimited | null {
  const first = text.search(LEAD_DELIMITER_CHAR);
  if (first === -1 || (first > 80 && /\S/.test(text.slice(80, first)))) return null;
  return delimited(LEAD_DELIMITER.exec(text), 0);
}

/**
 * TRAIL_DELIMITER's match. In a text that does not end in blanks or "." (as the caller's is trimmed), its tag
 * runs to the end and is at most 50 code points (100 UTF-16 units) long, and its delimiter is one run of blanks,
 * colons, pipes and dashes just before: the match starts in the tail from there, and needs a colon, a pipe
 * or a spaced dash in it.
 */
export function trailDelimiter(text: string): Delimited | null {
  let from = Math.max(0, text.length - 100);
  while (from > 0 && TRAIL_DELIMITER_CHAR.test(text[from - 1]!)) from--;
  const tail = from > 0 ? text.slice(from) : text;
  return TRAIL_DELIMITER_HINT.test(tail) ? delimited(TRAIL_DELIMITER.exec(tail), from) : null;
}

/** SENTENCE_TAIL's match: it can only start at the last sentence end, as its last sentence holds none. */
export function sentenceTail(text: string): Delimited | null {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    // . ! ? 。 ！
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3002 || c === 0xff01) return delimited(SENTENCE_TAIL_AT.exec(text.slice(i)), i);
  }
  return null;
}
