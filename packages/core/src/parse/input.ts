/**
 * Turns what a caller hands in (text or bytes) into text the markdown parser
 * can read, with a diagnostic instead of a crash for binary data, invalid
 * UTF-8 and oversized input.
 */
import {RULES, type RuleId, type Severity} from '../rules.js';
import type {Diagnostic} from '../model.js';

/**
 * Real roadmaps are a few kilobytes, but generated ones (a changelog-style roadmap of every release)
 * reach a megabyte and more; 4 MiB reads those and still refuses a stray data file. Callers set `maxBytes`.
 */
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

export interface DecodedInput {
  text: string;
  /** Set when the input cannot be read as a roadmap at all. */
  refused: boolean;
  diagnostics: Diagnostic[];
}

const strictDecoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false});
const lenientDecoder = new TextDecoder('utf-8', {fatal: false, ignoreBOM: false});

/** A diagnostic about the whole file, at its start. */
function at(message: string, rule: RuleId, severity: Severity = RULES[rule].severity): Diagnostic {
  return {line: 1, column: 1, severity, message, rule};
}

/** Binary files have NUL bytes early on; text roadmaps never do. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

export function decodeInput(source: string | Uint8Array, maxBytes = DEFAULT_MAX_BYTES): DecodedInput {
  const diagnostics: Diagnostic[] = [];
  if (typeof source === 'string') {
    if (source.length > maxBytes) {
      return {text: '', refused: true, diagnostics: [at(`File is too large (${source.length} characters, limit ${maxBytes}): not read. Raise the maxFileSize option to read it`, 'file-too-large')]};
    }
    if (source.indexOf('\u0000') !== -1 && source.indexOf('\u0000') < 8000) {
      return {text: '', refused: true, diagnostics: [at('File looks binary (it contains NUL characters): not read', 'binary-file')]};
    }
    return {text: source.charCodeAt(0) === 0xfeff ? source.slice(1) : source, refused: false, diagnostics};
  }
  if (source.byteLength > maxBytes) {
    return {text: '', refused: true, diagnostics: [at(`File is too large (${source.byteLength} bytes, limit ${maxBytes}): not read. Raise the maxFileSize option to read it`, 'file-too-large')]};
  }
  if (looksBinary(source)) {
    return {text: '', refused: true, diagnostics: [at('File looks binary (it contains NUL bytes): not read', 'binary-file')]};
  }
  try {
    return {text: strictDecoder.decode(source), refused: false, diagnostics};
  } catch {
    // Keep going with U+FFFD for the bad bytes: one bad byte must not hide a whole roadmap.
    const text = lenientDecoder.decode(source);
    const index = text.indexOf('\uFFFD');
    const before = text.slice(0, Math.max(index, 0));
    const line = before.split('\n').length;
    const column = index - before.lastIndexOf('\n');
    diagnostics.push({line, column, severity: 'warning', message: 'Invalid UTF-8: bad bytes were replaced with U+FFFD', rule: 'invalid-utf8'});
    return {text, refused: false, diagnostics};
  }
}
