/** Making untrusted roadmap text safe for XML 1.0 and for HTML. */

/**
 * Characters XML 1.0 forbids (C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF),
 * plus DEL and C1 controls, which XML allows but which only ever arrive as garbage. Removed, not escaped:
 * XML 1.0 has no way to carry them, not even as character references.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanText(text: string): string {
  return text.replace(FORBIDDEN, '');
}

const ENTITIES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/**
 * Text for XML element content or a quoted attribute, and equally for HTML: every markup
 * character escaped (">" too, so that "]]>" never appears), forbidden characters removed.
 */
export function escapeMarkup(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
