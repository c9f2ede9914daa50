/** List items at every depth become items; nested lists become children. */
import type {List, ListItem, Paragraph, RootContent} from 'mdast';
import {classifyBucket} from '../classify/bucket.js';
import {findStatusMarker, statusFromCell} from '../classify/status.js';
import {walkBlocks} from './blocks.js';
import {collapse, plainText} from './inline.js';
import type {ReadContext} from './context.js';
import {report} from './context.js';
import type {Draft, Scope} from './draft.js';
import {readItemText} from './item-text.js';
import {classifySection} from './section.js';
import {applyOwn, newDraft, scopeForChildren} from './scope.js';

export function readList(list: List, scope: Scope, parent: Draft | null, out: Draft[], depth: number, ctx: ReadContext): void {
  const kind = listKind(list);
  if (kind) {
    const start = list.position?.start ?? {line: 1, column: 1};
    const what = kind === 'toc' ? 'Table of contents' : 'Status legend';
    ctx.diagnostics.push({
      line: start.line,
      column: start.column,
      endLine: list.position?.end.line ?? start.line,
      endColumn: list.position?.end.column ?? start.column,
      severity: 'info',
      message: `${what} (${list.children.length} entries) is not read as roadmap items`,
      rule: kind === 'toc' ? 'table-of-contents' : 'status-legend',
    });
    return;
  }
  for (const item of list.children) readListItem(item, scope, parent, out, depth, ctx);
}

/**
 * Two kinds of list describe the page rather than the roadmap: a table of
 * contents (every entry is one link to an anchor on the page) and a status
 * legend (every entry is a marker followed by nothing but a status name).
 */
function listKind(list: List): 'toc' | 'legend' | null {
  if (list.children.length < 2) return null;
  const leads = list.children.map((item) => (item.children[0]?.type === 'paragraph' ? item.children[0] : null));
  if (leads.some((lead) => lead === null)) return null;
  const meaningful = (lead: Paragraph) => lead.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (leads.every((lead) => {
    const only = meaningful(lead!);
    return only.length === 1 && only[0]!.type === 'link' && only[0]!.url.startsWith('#');
  })) return 'toc';
  if (list.children.some((item) => item.children.length > 1)) return null;
  const legend = leads.every((lead) => {
    const text = collapse(plainText(lead!.children));
    const marker = findStatusMarker(text);
    if (!marker) return false;
    const rest = (text.slice(0, marker.index) + text.slice(marker.index + marker.length)).replace(/^[\s:=\-–—]+|[\s.]+$/g, '');
    return rest !== '' && rest.split(/\s+/).length <= 4 && (statusFromCell(rest) !== null || classifyBucket(rest)?.status !== undefined);
  });
  return legend ? 'legend' : null;
}

function readListItem(node: ListItem, scope: Scope, parent: Draft | null, out: Draft[], depth: number, ctx: ReadContext): void {
  const start = node.position?.start ?? {line: 1, column: 1};
  const lead = node.children[0]?.type === 'paragraph' ? (node.children[0] as Paragraph) : null;
  const rest: RootContent[] = lead ? node.children.slice(1) : node.children;

  if (!lead || readItemTextIsEmpty(lead)) {
    if (rest.length === 0) {
      report(ctx, start.line, start.column, 'info', 'Empty list item: nothing to read', 'empty-item');
      return;
    }
    if (!lead) {
      // "- " followed by a nested list: the nested items belong to the surrounding level.
      report(ctx, start.line, start.column, 'info', 'List item without text: its content was read into the surrounding list', 'empty-item');
      walkBlocks(rest, {scope, parent, out, depth}, ctx);
      return;
    }
  }

  const draft = newDraft(scope, 'list-item', start.line, start.column, node.position?.end.line ?? start.line);
  if (parent?.period && draft.periodFrom !== 'self') {
    draft.period = parent.period;
    draft.periodFrom = 'parent';
  }
  const text = readItemText(lead?.children ?? [], ctx, lead?.position?.start.line ?? start.line, lead?.position?.start.column ?? start.column);
  draft.title = text.title;
  draft.content = text.content;
  draft.links = text.links;
  draft.owners = text.owners;
  draft.explicitId = text.explicitId;
  if (node.checked === true || node.checked === false) {
    draft.status = node.checked ? 'done' : 'planned';
    draft.statusRaw = node.checked ? '[x]' : '[ ]';
    draft.statusFrom = 'self';
  }
  // A ~~struck~~ item overrides its checkbox ("[x] ~~X~~" was dropped, not done); maturity words
  // ("(alpha)") never override a checkbox or a "Completed" section around the item.
  if (text.status && (node.checked == null || text.status === 'dropped') && !(text.statusWeak && (node.checked != null || draft.status))) {
    applyOwn(draft, {status: text.status, statusRaw: text.statusRaw, period: null});
  }
  applyOwn(draft, {status: null, statusRaw: null, period: text.period});
  out.push(draft);

  if (rest.length === 0) return;
  if (depth + 1 >= ctx.maxDepth) {
    foldDeepContent(rest, draft, ctx);
    return;
  }
  const bucket = draft.title ? classifySection(draft.title, ctx.periodOptions) : null;
  const childScope = scopeForChildren(scope, draft, bucket && bucket.themeRaw === null ? bucket : null);
  walkBlocks(rest, {scope: childScope, parent: draft, out: draft.children, depth: depth + 1}, ctx);
}

function readItemTextIsEmpty(lead: Paragraph): boolean {
  return lead.children.every((child) => child.type === 'text' && child.value.trim() === '');
}

/**
 * Past the depth limit, deeper list items are kept as flat children of the
 * deepest allowed item, so nothing is lost and nothing recurses without bound.
 */
function foldDeepContent(blocks: RootContent[], draft: Draft, ctx: ReadContext): void {
  if (!ctx.depthReported) {
    ctx.depthReported = true;
    report(ctx, draft.line, draft.column, 'warning', `Lists nested deeper than ${ctx.maxDepth} levels: deeper items were kept as children of this item`, 'max-depth');
  }
  const pending: RootContent[] = [...blocks].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'list') {
      for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
      continue;
    }
    if (node.type !== 'listItem') continue;
    const [lead, ...rest] = node.children;
    const start = node.position?.start ?? {line: draft.line, column: 1};
    if (lead?.type === 'paragraph') {
      const child = newDraft({...emptyScopeOf(draft)}, 'list-item', start.line, start.column, node.position?.end.line ?? start.line);
      const text = readItemText(lead.children, ctx, start.line, start.column);
      Object.assign(child, {title: text.title, content: text.content, links: text.links, owners: text.owners, explicitId: text.explicitId});
      if (node.checked != null) Object.assign(child, {status: node.checked ? 'done' : 'planned', statusRaw: node.checked ? '[x]' : '[ ]', statusFrom: 'self'});
      draft.children.push(child);
    }
    for (let i = rest.length - 1; i >= 0; i--) pending.push(rest[i]!);
  }
}

function emptyScopeOf(draft: Draft): Scope {
  return {
    section: draft.section,
    themeCandidates: draft.themeCandidates,
    period: draft.period,
    periodFrom: draft.period ? 'parent' : null,
    status: null,
    statusRaw: null,
    statusFrom: null,
    release: draft.release,
  };
}
