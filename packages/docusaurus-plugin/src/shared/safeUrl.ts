/**
 * Roadmap links are untrusted. Allowed: http(s), mailto, fragments and
 * relative paths; everything else (javascript:, data:, vbscript:, file: …) is
 * refused, after removing the whitespace and control characters browsers ignore.
 *
 * The rule is @roadmark/core's `isSafeUrl`, the one that decides which links survive into the model,
 * imported from core's browser entry (no markdown parser in the bundle).
 */
import {isSafeUrl} from '@roadmark/core/browser';

export {isSafeUrl};

/** The link to render (trimmed), or null when it must not become an href. */
export function safeHref(url: string | null | undefined): string | null {
  return typeof url === 'string' && isSafeUrl(url) ? url.trim() : null;
}

export function isExternal(href: string): boolean {
  return /^(https?:)?\/\//i.test(href);
}
