/**
 * Lettered pseudo-lists ("a.  Semantic Parsing", "b) …") that markdown reads
 * as paragraphs. A paragraph may hold several of them, one per line.
 */
import {startOf} from '../rules.js';
import type {Paragraph, PhrasingContent} from 'mdast';
import type {ReadContext} from './context.js';
import type {Draft, Scope} from './draft.js';
import {dropLeadingText, plainText, splitLines} from './inline.js';
import {readItemText} from './item-text.js';
import {applyOwn, newDraft, takeText} from './scope.js';

const MARKER = /^(\s*)([a-zA-Z])([.)])\s+/;

/** "a." starts a lettered list; any letter continues one that is already open. */
export function startsLettered(node: Paragraph, open: boolean): boolean {
  const first = node.children[0];
  if (first?.type !== 'text') return false;
  const match = MARKER.exec(first.value);
  if (!match) return false;
  return open || match[2] === 'a' || match[2] === 'A';
}

export function readLettered(node: Paragraph, scope: Scope, parent: Draft | null, ctx: ReadContext): Draft[] {
  const drafts: Draft[] = [];
  let current: {line: PhrasingContent[]; marker: number; lineNo: number; column: number; endLine: number} | null = null;
  const flush = () => {
    if (!current) return;
    const content = dropLeadingText(current.line, current.marker);
    const draft = newDraft(scope, 'lettered', {line: current.lineNo, column: current.column}, current.endLine);
    if (parent?.period) {
      draft.period = parent.period;
      draft.periodFrom = 'parent';
    }
    const text = readItemText(content, ctx, {line: current.lineNo, column: current.column + current.marker});
    takeText(draft, text);
    applyOwn(draft, text);
    drafts.push(draft);
  };
  const start = startOf(node);
  for (const line of splitLines(node.children)) {
    const text = plainText(line);
    const match = MARKER.exec(text);
    const lineNo = line[0]?.position?.start.line ?? start.line;
    if (match) {
      flush();
      const column = lineNo === start.line ? start.column : (line[0]?.position?.start.column ?? 1);
      current = {line, marker: match[0].length, lineNo, column, endLine: lineNo};
    } else if (current) {
      current.line = [...current.line, {type: 'text', value: ' '}, ...line];
      current.endLine = lineNo;
    }
  }
  flush();
  return drafts;
}
