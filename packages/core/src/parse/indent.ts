/**
 * Markdown parsers slow down sharply on pathologically deep indentation
 * (a 1000-level list is a megabyte of leading spaces). Lines indented past
 * what the depth limit can use are clamped, so such input stays fast; the
 * items there are folded by the depth limit anyway and get a diagnostic.
 */
import type {Diagnostic} from '../model.js';

interface Patterns {
  limit: number;
  /** limit+1 spaces: without them (or a tab) no line can be too deep. */
  run: string;
  deep: RegExp;
}

/** The patterns for the last limit asked for: every file of a build uses the same one. */
let cached: Patterns | null = null;

export function clampIndentation(text: string, maxDepth: number): {text: string; diagnostic: Diagnostic | null} {
  const limit = Math.max(16, maxDepth * 4);
  if (cached?.limit !== limit) cached = {limit, run: ' '.repeat(limit + 1), deep: new RegExp(`^[ \\t]{${limit + 1},}`, 'm')};
  // A substring search rules out most files faster than the line-start pattern can.
  if (!text.includes(cached.run) && !text.includes('\t')) return {text, diagnostic: null};
  const first = cached.deep.exec(text);
  if (!first) return {text, diagnostic: null};
  const line = text.slice(0, first.index).split('\n').length;
  const clamped = text.replace(new RegExp(`^[ \\t]{${limit + 1},}`, 'gm'), ' '.repeat(limit));
  return {
    text: clamped,
    diagnostic: {line, column: 1, severity: 'warning', message: `Indentation deeper than ${limit} columns: deeper lines were read at that depth`, rule: 'max-depth'},
  };
}
