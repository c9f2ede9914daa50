/** Raw HTML is never rendered; say what was not read, louder when it held items. */
import {startOf} from '../rules.js';
import type {Html} from 'mdast';
import type {ReadContext} from './context.js';
import {report} from './context.js';
import {htmlDiagnostic} from '../parse/raw-text.js';

export function describeHtml(node: Html, ctx: ReadContext): void {
  const value = node.value.trim();
  if (value === '' || value.startsWith('<!--') || /^<\/?(?:br|hr|p|div|span|center|details|summary)\b[^>]*>$/i.test(value)) return;
  const start = startOf(node);
  const listItems = (value.match(/<li\b/gi) ?? []).length;
  const rows = (value.match(/<tr\b/gi) ?? []).length;
  if (listItems + rows > 0) {
    const parts = [listItems ? `${listItems} list item${listItems === 1 ? '' : 's'}` : '', rows ? `${rows} table row${rows === 1 ? '' : 's'}` : ''].filter(Boolean);
    report(ctx, start, 'raw-html', `Raw HTML was not read: it holds ${parts.join(' and ')} that are not in the model; write them as markdown`, 'warning');
    return;
  }
  const tag = /^<([a-zA-Z][\w-]*)/.exec(value)?.[1] ?? 'html';
  const d = htmlDiagnostic(tag, start);
  report(ctx, start, 'raw-html', d.message, d.severity);
}
