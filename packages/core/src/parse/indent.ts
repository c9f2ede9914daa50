/**
 * Markdown parsers slow down sharply on pathologically deep indentation
 * (a 1000-level list is a megabyte of leading spaces). Lines indented past
 * what the depth limit can use are clamped, so such input stays fast; the
 * items there are folded by the depth limit anyway and get a diagnostic.
 */
import type {Diagnostic} from '../model.js';

export function clampIndentation(text: string, maxDepth: number): {text: string; diagnostic: Diagnostic | null} {
  const limit = Math.max(16, maxDepth * 4);
  const deep = new RegExp(`^[ \\t]{${limit + 1},}`, 'm');
  const first = deep.exec(text);
  if (!first) return {text, diagnostic: null};
  const line = text.slice(0, first.index).split('\n').length;
  const clamped = text.replace(new RegExp(`^[ \\t]{${limit + 1},}`, 'gm'), ' '.repeat(limit));
  return {
    text: clamped,
    diagnostic: {line, column: 1, severity: 'warning', message: `Indentation deeper than ${limit} columns: deeper lines were read at that depth`, rule: 'max-depth'},
  };
}
