/** List items at every depth become items; nested lists become children. */
import {startOf, endLineOf} from '../rules.js';
import type {Link, List, ListItem, Paragraph, RootContent} from 'mdast';
import {classifyBucket} from '../classify/bucket.js';
import {statusFromCell} from '../classify/status.js';
import {walkBlocks} from './blocks.js';
import {toString} from 'mdast-util-to-string';
import {collapse, plainText} from './inline.js';
import type {ReadContext} from './context.js';
import {report, reportSpan, statusMarkerOf} from './context.js';
import type {Draft, Scope} from './draft.js';
import {readItemText} from './item-text.js';
import {classifySection} from './section.js';
import {applyOwn, newDraft, scopeForChildren, takeText} from './scope.js';
import {takeAttributes} from './attributes.js';
import {isPlaceholderLine} from '../words/placeholders.js';

export function readList(list: List, scope: Scope, parent: Draft | null, out: Draft[], depth: number, ctx: ReadContext): void {
  const kind = listKind(list);
  if (kind) {
    const start = startOf(list);
    const what = kind === 'toc' ? 'Table of contents' : 'List of links to other roadmaps';
    reportSpan(ctx, start, list.position?.end ?? start, kind === 'toc' ? 'table-of-contents' : 'related-roadmaps', `${what} (${list.children.length} entries) is not read as roadmap items`);
    return;
  }
  // The text of each short one-paragraph entry: read for the legend check, then again as the item's text.
  const texts = list.children.map(shortLeadText);
  const runs = legendRuns(texts, ctx);
  for (const [first, last] of runs) {
    const from = startOf(list.children[first]!);
    const to = list.children[last]!.position?.end ?? from;
    reportSpan(ctx, from, to, 'status-legend', `Status legend (${last - first + 1} entries) is not read as roadmap items`);
  }
  list.children.forEach((item, index) => {
    if (runs.some(([first, last]) => index >= first && index <= last)) return;
    const text = texts[index];
    if (text && isPlaceholderLine(text)) {
      report(ctx, startOf(item), 'placeholder-item', `"${text}" stands for items not written yet: not read as a roadmap item`);
      return;
    }
    readListItem(item, scope, parent, out, depth, ctx, text ?? undefined);
  });
}

/**
 * Two kinds of list describe the page rather than the roadmap: a table of
 * contents (every entry is one link to an anchor on the page) and a status
 * legend (every entry is a marker followed by nothing but a status name).
 */
const LEGEND_WORDS = /^(?:(?:not|partially|fully|mostly)\s+)?(?:working|supported|started|available|implemented|done|planned)$/i;

function listKind(list: List): 'toc' | 'related' | null {
  if (list.children.length === 0) return null;
  if (list.children.length === 1 && list.children[0]!.children.length > 1 && isTocEntry(list.children[0]!)) return 'toc';
  // Both kinds need every entry to lead with a paragraph that is one link: stop at the first that is not.
  const links: Link[] = [];
  for (const item of list.children) {
    const lead = item.children[0];
    const link = lead?.type === 'paragraph' ? onlyLink(lead) : null;
    if (!link) return null;
    links.push(link);
  }
  if (list.children.length >= 2 && links.every((link) => link.url.startsWith('#'))) return 'toc';
  // "[Roadmap 2023](roadmap-2023.md)": pointers to other roadmap documents.
  if (links.every((link) => /road-?map|路线图/i.test(toString(link)) && list.children.every((item) => item.children.length === 1))) return 'related';
  return null;
}

/** The paragraph's one link, when nothing else but punctuation and spaces is in it. */
function onlyLink(lead: Paragraph): Link | null {
  let link: Link | null = null;
  for (const child of lead.children) {
    if (child.type === 'text' && /^[\s.,;:]*$/.test(child.value)) continue;
    if (child.type !== 'link' || link) return null;
    link = child;
  }
  return link;
}

/** The status marker an entry is a legend line for ("✅ Done", ":material-close: - Not working"), or null. */
function legendMarker(text: string | null, ctx: ReadContext): string | null {
  if (text === null) return null;
  const marker = statusMarkerOf(ctx, text);
  if (!marker) return null;
  const words = (text.slice(0, marker.index) + text.slice(marker.index + marker.length)).replace(/^[\s:=\-–—]+|[\s.]+$/g, '');
  // A legend names a status in words only: "✅ Search (done)" is an item with two marks.
  if (words === '' || words.split(/\s+/).length > 4 || !/^[\p{L}\s'’-]+$/u.test(words)) return null;
  return statusFromCell(words) !== null || classifyBucket(words)?.status !== undefined || LEGEND_WORDS.test(words) ? marker.raw.trim() : null;
}

/** Runs of two or more consecutive legend lines, each naming a different marker: a legend, not items. */
function legendRuns(texts: Array<string | null>, ctx: ReadContext): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const markers = texts.map((text) => legendMarker(text, ctx));
  let start = 0;
  while (start < markers.length) {
    if (markers[start] === null) {
      start++;
      continue;
    }
    const seen = new Set<string>();
    let end = start;
    while (end < markers.length && markers[end] !== null && !seen.has(markers[end]!)) seen.add(markers[end++]!);
    if (end - start >= 2) runs.push([start, end - 1]);
    start = end;
  }
  return runs;
}

/** The text of an entry that is one short paragraph (as legend lines are), or null: the text work is skipped for every ordinary item. */
function shortLeadText(item: ListItem): string | null {
  const [lead, ...rest] = item.children;
  if (lead?.type !== 'paragraph' || rest.length > 0) return null;
  const start = lead.position?.start.offset ?? 0;
  if ((lead.position?.end.offset ?? start) - start > 60) return null;
  return collapse(plainText(lead.children));
}

/** `leadText`, when known, is the text of the item's lead paragraph. */
function readListItem(node: ListItem, scope: Scope, parent: Draft | null, out: Draft[], depth: number, ctx: ReadContext, leadText?: string): void {
  const start = startOf(node);
  const lead = node.children[0]?.type === 'paragraph' ? (node.children[0] as Paragraph) : null;
  const rest: RootContent[] = lead ? node.children.slice(1) : node.children;

  if (!lead || readItemTextIsEmpty(lead)) {
    if (rest.length === 0) {
      report(ctx, start, 'empty-item', 'Empty list item: nothing to read');
      return;
    }
    if (!lead) {
      // "- " followed by a nested list: the nested items belong to the surrounding level.
      report(ctx, start, 'empty-item', 'List item without text: its content was read into the surrounding list');
      walkBlocks(rest, {scope, parent, out, depth}, ctx);
      return;
    }
  }

  const draft = newDraft(scope, 'list-item', start, endLineOf(node, start.line));
  if (parent?.period && draft.periodFrom !== 'self') {
    draft.period = parent.period;
    draft.periodFrom = 'parent';
  }
  const text = readItemText(lead?.children ?? [], ctx, startOf(lead, start), leadText);
  takeText(draft, text);
  if (node.checked === true || node.checked === false) {
    draft.status = node.checked ? 'done' : 'planned';
    draft.statusRaw = node.checked ? '[x]' : '[ ]';
    draft.statusFrom = 'self';
  }
  // A ~~struck~~ item overrides its checkbox ("[x] ~~X~~" was dropped, not done); maturity words
  // ("(alpha)") never override a checkbox or a "Completed" section around the item.
  // An unticked box only says "not done": "[ ] X (In progress)" is in progress.
  const refines = node.checked === false && !text.statusWeak && text.status !== 'done';
  if (text.status && (node.checked == null || text.status === 'dropped' || refines) && !(text.statusWeak && (node.checked != null || draft.status))) {
    applyOwn(draft, {status: text.status, statusRaw: text.statusRaw, period: null});
  }
  applyOwn(draft, {status: null, statusRaw: null, period: text.period});
  out.push(draft);

  // "Status: …", "Owner: …", "Target: …" sub-bullets describe this item; they are not its children.
  const body = takeAttributes(rest, draft, ctx);
  if (body.length === 0) return;
  if (depth + 1 >= ctx.maxDepth) {
    foldDeepContent(body, draft, ctx);
    return;
  }
  const bucket = draft.title ? classifySection(draft.title, ctx.periodOptions) : null;
  const childScope = scopeForChildren(scope, draft, bucket && bucket.themeRaw === null ? bucket : null);
  walkBlocks(body, {scope: childScope, parent: draft, out: draft.children, depth: depth + 1}, ctx);
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
    report(ctx, draft, 'max-depth', `Lists nested deeper than ${ctx.maxDepth} levels: deeper items were kept as children of this item`);
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
    const start = startOf(node, {line: draft.line, column: 1});
    if (lead?.type === 'paragraph') {
      const child = newDraft({...emptyScopeOf(draft)}, 'list-item', start, endLineOf(node, start.line));
      const text = readItemText(lead.children, ctx, start);
      takeText(child, text);
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
    process: null,
  };
}

/** One link to an in-page anchor, with sub-entries of the same kind: a table of contents. */
function isTocEntry(item: ListItem): boolean {
  const [lead, ...rest] = item.children;
  if (lead?.type !== 'paragraph') return false;
  const only = lead.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (only.length !== 1 || only[0]!.type !== 'link' || !only[0]!.url.startsWith('#')) return false;
  return rest.every((block) => block.type === 'list' && block.children.every(isTocEntry));
}
