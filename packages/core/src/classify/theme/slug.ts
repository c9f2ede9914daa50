/**
 * Slugs for theme ids: lowercase ASCII for Latin text (diacritics folded), other scripts kept as
 * they are ("性能优化"), at most 64 characters, never empty for a non-empty input.
 */
const FOLD: Record<string, string> = {ß: 'ss', æ: 'ae', ø: 'o', ł: 'l', đ: 'd', þ: 'th', œ: 'oe'};
const MAX = 64;

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæøłđþœ]/g, (ch) => FOLD[ch] ?? ch)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug) return truncate(slug);
  return text.length ? `t-${hash(text)}` : '';
}

/** Cut at a hyphen when one is near the limit, so that slugs do not end in half a word. */
function truncate(slug: string): string {
  const chars = [...slug];
  if (chars.length <= MAX) return slug;
  const cut = chars.slice(0, MAX).join('');
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > MAX / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
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
