/**
 * Inline markdown helpers: plain text, safe position-free copies of phrasing
 * content, links, and line splitting for pseudo-lists that markdown reads as
 * one paragraph.
 */
import {startOf} from '../rules.js';
import type {Definition, PhrasingContent, Root, RootContent} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {isSafeUrl} from '../safe-url.js';

export function plainText(nodes: readonly PhrasingContent[] | RootContent): string {
  return Array.isArray(nodes) ? nodes.map((node) => toString(node, {includeHtml: false})).join('') : toString(nodes as RootContent, {includeHtml: false});
}

/** Whitespace that collapsing changes inside the text: a run of two, or any other than a plain space. */
const UNCOLLAPSED = /[^\S ]|  /;

export function collapse(text: string): string {
  // Most texts have single spaces only: trimming (which strips exactly what \s matches) is then enough.
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

export type Definitions = Map<string, Definition>;

export function collectDefinitions(tree: Root): Definitions {
  const map: Definitions = new Map();
  for (const node of tree.children) {
    if (node.type === 'definition' && !map.has(node.identifier)) map.set(node.identifier, node);
  }
  return map;
}

export interface InlineReport {
  /** Raw HTML that was dropped, with where it was. */
  html: Array<{value: string; line: number; column: number}>;
  unsafeLinks: Array<{url: string; line: number; column: number}>;
}

/**
 * A copy of phrasing content without positions, raw HTML or unsafe URLs;
 * reference links are resolved against the document's definitions.
 */
export function cleanInline(nodes: readonly PhrasingContent[], definitions: Definitions, report: InlineReport, links: string[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const cleaned = cleanNode(node, definitions, report, links);
    if (cleaned) out.push(cleaned);
  }
  return out;
}

function cleanNode(node: PhrasingContent, definitions: Definitions, report: InlineReport, links: string[]): PhrasingContent | null {
  const where = startOf(node);
  switch (node.type) {
    case 'text':
      return {type: 'text', value: node.value};
    case 'inlineCode':
      return {type: 'inlineCode', value: node.value};
    case 'break':
      return {type: 'break'};
    case 'html':
      if (!/^<br\s*\/?>$/i.test(node.value.trim()) && !node.value.startsWith('<!--')) report.html.push({value: node.value, ...where});
      return null;
    case 'emphasis':
    case 'strong':
    case 'delete':
      return {type: node.type, children: cleanInline(node.children, definitions, report, links)} as PhrasingContent;
    case 'link':
      return cleanLink(node.url, node.title ?? null, node.children, where, definitions, report, links);
    case 'linkReference': {
      const definition = definitions.get(node.identifier);
      if (!definition) return {type: 'text', value: toString(node)};
      return cleanLink(definition.url, definition.title ?? null, node.children, where, definitions, report, links);
    }
    case 'image':
      return {type: 'image', url: isSafeUrl(node.url) ? node.url : '', alt: node.alt ?? '', title: node.title ?? null};
    case 'imageReference':
      return {type: 'text', value: node.alt ?? ''};
    case 'footnoteReference':
      return {type: 'text', value: `[^${node.label ?? node.identifier}]`};
    default:
      return {type: 'text', value: toString(node)};
  }
}

function cleanLink(
  url: string,
  title: string | null,
  children: readonly PhrasingContent[],
  where: {line: number; column: number},
  definitions: Definitions,
  report: InlineReport,
  links: string[],
): PhrasingContent {
  const inner = cleanInline(children, definitions, report, links);
  if (!isSafeUrl(url)) {
    report.unsafeLinks.push({url, ...where});
    return {type: 'emphasis', children: inner.length ? inner : [{type: 'text', value: url}]};
  }
  if (!links.includes(url)) links.push(url);
  return {type: 'link', url, title, children: inner};
}

/**
 * Split phrasing content at line breaks in top-level text nodes. Used for
 * lettered pseudo-lists ("a. …\nb. …") that markdown reads as one paragraph.
 */
export function splitLines(nodes: readonly PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of nodes) {
    if (node.type !== 'text' || !node.value.includes('\n')) {
      lines[lines.length - 1]!.push(node);
      continue;
    }
    const parts = node.value.split('\n');
    const start = node.position?.start;
    parts.forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part === '') return;
      const piece: PhrasingContent = {type: 'text', value: part};
      if (start && index > 0) {
        piece.position = {start: {line: start.line + index, column: 1}, end: {line: start.line + index, column: part.length + 1}};
      } else if (node.position) {
        piece.position = node.position;
      }
      lines[lines.length - 1]!.push(piece);
    });
  }
  return lines.filter((line) => line.length > 0);
}

/** Remove leading plain text from phrasing content (e.g. a lettered marker or a status emoji). */
export function dropLeadingText(nodes: readonly PhrasingContent[], count: number): PhrasingContent[] {
  const out = [...nodes];
  let remaining = count;
  while (remaining > 0 && out.length > 0) {
    const first = out[0]!;
    if (first.type !== 'text') break;
    if (first.value.length <= remaining) {
      remaining -= first.value.length;
      out.shift();
    } else {
      out[0] = {...first, value: first.value.slice(remaining)};
      remaining = 0;
    }
  }
  if (out[0]?.type === 'text') out[0] = {...out[0], value: out[0].value.replace(/^\s+/, '')};
  return out;
}
