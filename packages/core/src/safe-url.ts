/**
 * The one link rule: which URLs survive into the model and may become an href in a page. No imports, so
 * browser code can use it through `@roadmark/core/browser` without the markdown parser.
 */
/** Only these URL forms survive into the model; `javascript:`, `data:` and friends never do. */
const SAFE_URL = /^(?:https?:\/\/|mailto:|\/|\.{0,2}\/|#|[^:/?#\s]+(?:[/?#]|$))/i;

export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim().replace(/[\u0000-\u001f\u007f\s]+/g, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return /^(?:https?|mailto):/i.test(trimmed);
  return SAFE_URL.test(trimmed);
}
