/**
 * Roadmap links are untrusted. Allowed: http(s), mailto, fragments and
 * relative paths. Everything else (javascript:, data:, vbscript:, file: …) is
 * refused, after removing the whitespace and control characters browsers ignore.
 */
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

export function safeHref(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  // Browsers strip these before reading the scheme ("java\tscript:" runs).
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200d\ufeff]/g, '');
  if (compact === '') return null;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(compact);
  if (scheme) return ALLOWED_SCHEMES.has(scheme[0].toLowerCase()) ? url.trim() : null;
  // No scheme: a relative path, "//host" (protocol-relative, allowed like https) or a fragment.
  // A colon before the first slash would be read as a scheme by some parsers: refuse it.
  const firstSlash = compact.indexOf('/');
  const colon = compact.indexOf(':');
  if (colon !== -1 && (firstSlash === -1 || colon < firstSlash)) return null;
  return url.trim();
}

export function isExternal(href: string): boolean {
  return /^(https?:)?\/\//i.test(href);
}
