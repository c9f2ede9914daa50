/**
 * Text normalization for comparing heading paths, releases and titles.
 * Expectations are written from what a reader sees; the parser may keep or drop markdown
 * markers, emoji, trailing colons and curly quotes, none of which changes the meaning.
 */

/** Emoji, their joiners/variation selectors, and `:shortcode:` emoji. */
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u200D\uFE0E\uFE0F\u20E3]|:[a-z0-9_+-]+:/gu;

export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(EMOJI, ' ')
    .replace(/[\u2018\u2019\u201B]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[:：]$/u, '')
    .toLowerCase();
}

/** A heading text as it appears in `Item.section`. */
export const normalizeHeading = normalizeText;

/** "v1.0" and "1.0" name the same release, and so do "Alpha 4" and "alpha4". */
export function normalizeRelease(release: string): string {
  return normalizeText(release).replace(/^v(?=\d)/, '').replace(/\s+/g, '');
}

/**
 * True when `path` holds every expected heading, in order (not necessarily adjacent).
 * A single expected heading therefore matches if any element of the path equals it.
 */
export function sectionMatches(path: readonly string[], expected: readonly string[]): boolean {
  const actual = path.map(normalizeHeading);
  let at = 0;
  for (const heading of expected.map(normalizeHeading)) {
    const found = actual.indexOf(heading, at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}
