/**
 * Slugs for theme ids: lowercase ASCII for Latin text (diacritics folded), other scripts kept as
 * they are ("性能优化"), at most 64 characters, never empty for a non-empty input.
 */
const FOLD: Record<string, string> = {ß: 'ss', æ: 'ae', ø: 'o', ł: 'l', đ: 'd', þ: 'th', œ: 'oe'};
const MAX = 64;
/**
 * Text the hot path slugs exactly as the general one: ASCII; CJK Unified Ideographs (letters that neither
 * decompose nor change case, kept); General Punctuation (dashes, curly quotes, ellipsis, ZWJ) and the common
 * CJK punctuation 、。〈〉《》「」『』【】！（），：；？ (none a letter, digit or mark, each decomposing to
 * punctuation or spaces: separators).
 */
const PLAIN = /^[\x00-\x7f\u2000-\u206f\u3001\u3002\u3008-\u3011\u4e00-\u9fff\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]*$/;
const SURROGATE = /[\uD800-\uDFFF]/;

export function slugify(text: string): string {
  // Hot path (most titles): such text needs no normalization, and its letters and digits are [a-z0-9] once lowercased.
  const slug = PLAIN.test(text) ? plainSlug(text) : foldedSlug(text);
  if (slug) return truncate(slug);
  return text.length ? `t-${hash(text)}` : '';
}

/** Runs of [a-z0-9] and ideographs joined by "-", as the general path would make them; stops once past MAX, as truncating looks no further. */
function plainSlug(text: string): string {
  const lower = text.toLowerCase();
  let slug = '';
  let start = -1;
  for (let i = 0; i <= lower.length && slug.length <= MAX; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x4e00 && c <= 0x9fff)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      slug = slug ? `${slug}-${lower.slice(start, i)}` : lower.slice(start, i);
      start = -1;
    }
  }
  return slug;
}

function foldedSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæøłđþœ]/g, (ch) => FOLD[ch] ?? ch)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Cut at a hyphen when one is near the limit, so that slugs do not end in half a word. */
function truncate(slug: string): string {
  // A slug is never longer in code points than in UTF-16 units, and without surrogates both counts agree.
  if (slug.length <= MAX) return slug;
  let cut: string;
  if (SURROGATE.test(slug)) {
    const chars = [...slug];
    if (chars.length <= MAX) return slug;
    cut = chars.slice(0, MAX).join('');
  } else cut = slug.slice(0, MAX);
  const hyphen = cut.lastIndexOf('-');
  if (hyphen > MAX / 2) cut = cut.slice(0, hyphen);
  let end = cut.length;
  while (end > 0 && cut.charCodeAt(end - 1) === 0x2d) end--;
  return cut.slice(0, end);
}

/** FNV-1a, for inputs with no letters or digits at all ("🚀", "—"). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
