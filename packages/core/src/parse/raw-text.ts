/**
 * Elements whose content is code or another document, never roadmap text: `<script>alert(1)</script>`
 * inside a list item is three mdast nodes (html, text, html), and without this the middle text would
 * land in the item's title. Their content is dropped; the opening tag stays so the reader reports it.
 */
import type {Html, Nodes, Parent, Root} from 'mdast';
import type {Diagnostic} from '../model.js';

/** Tags whose content is not text for a reader; a roadmap with one of them is reported louder. */
export const ACTIVE_TAGS = ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'textarea', 'title'] as const;

const OPEN = new RegExp(`^<(${ACTIVE_TAGS.join('|')})\\b`, 'i');

/** Whether an html node's opening tag starts an element whose content must not be read. */
export function opensActiveElement(value: string): string | null {
  return OPEN.exec(value.trim())?.[1]?.toLowerCase() ?? null;
}

/** Drops, in every parent, the siblings between an unclosed active opening tag and its closing tag. */
export function dropRawText(tree: Root): void {
  visit(tree);
}

function visit(parent: Parent): void {
  const kept: Nodes[] = [];
  let open: string | null = null;
  for (const child of parent.children as Nodes[]) {
    if (open) {
      if (child.type === 'html' && new RegExp(`</${open}\\s*>`, 'i').test(child.value)) open = null;
      continue;
    }
    kept.push(child);
    if (child.type === 'html') {
      const tag = opensActiveElement((child as Html).value);
      // A block html node holds its whole element; only an inline opening tag leaves content in siblings.
      if (tag && !new RegExp(`</${tag}\\s*>`, 'i').test((child as Html).value)) open = tag;
    } else if ('children' in child) visit(child as Parent);
  }
  (parent as {children: Nodes[]}).children = kept;
}

/** Raw HTML is never rendered; an element that would run or embed something is said louder. */
export function htmlDiagnostic(tag: string, at: {line: number; column: number}): Diagnostic {
  return opensActiveElement(`<${tag}`)
    ? {line: at.line, column: at.column, severity: 'warning', message: `Raw HTML <${tag.toLowerCase()}> was removed with its content: roadmap text is data and never runs`, rule: 'raw-html'}
    : {line: at.line, column: at.column, severity: 'info', message: `Raw HTML <${tag}> was not read`, rule: 'raw-html'};
}
