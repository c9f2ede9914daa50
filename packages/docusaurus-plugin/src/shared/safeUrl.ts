/**
 * Roadmap links are untrusted. Allowed: http(s), mailto, fragments and
 * relative paths; everything else (javascript:, data:, vbscript:, file: …) is
 * refused, after removing the whitespace and control characters browsers ignore.
 *
 * The rule is @roadmark/core's `isSafeUrl` (core/src/extract/inline.ts), the one that decides which
 * links survive into the model. The browser cannot import it: core exports it only from its main
 * entry, which brings the markdown parser into the bundle. So this is a copy of it, character for
 * character, and shared/__tests__/safe-url.test.ts checks that both give the same verdict on a list
 * of hostile inputs. Change both or neither.
 */
const SAFE_URL = /^(?:https?:\/\/|mailto:|\/|\.{0,2}\/|#|[^:/?#\s]+(?:[/?#]|$))/i;

export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim().replace(/[\u0000-\u001f\u007f\s]+/g, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return /^(?:https?|mailto):/i.test(trimmed);
  return SAFE_URL.test(trimmed);
}

/** The link to render (trimmed), or null when it must not become an href. */
export function safeHref(url: string | null | undefined): string | null {
  return typeof url === 'string' && isSafeUrl(url) ? url.trim() : null;
}

export function isExternal(href: string): boolean {
  return /^(https?:)?\/\//i.test(href);
}
