/**
 * The document's own date: front matter (`date`, `last_update`, `updated`…)
 * or a "Last updated: Feb 15, 2018" line in bold, italics, HTML, a blockquote
 * or Chinese ("最近一次更新：2018.02.15").
 */
import type {Root, RootContent} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {isCalendarPeriod} from '../model.js';
import {parsePeriod} from '../period/index.js';

export interface DocumentDate {
  date: string;
  raw: string;
}

const LABEL = /(?:last[\s_-]*(?:updated?|modified|revised|reviewed|edited)|updated(?:\s+on)?|revised(?:\s+on)?|as\s+of|最近一次更新|最近更新|最后更新|更新时间|更新日期|更新于)\s*(?:on\s*)?[:：]?\s*(.{4,40})/i;
const FRONT_MATTER_KEYS = ['last_update', 'last_updated', 'lastUpdated', 'updated', 'date', 'modified', 'last_modified'];

export function readDocumentDate(tree: Root, frontMatter: Record<string, unknown>): DocumentDate | null {
  for (const key of FRONT_MATTER_KEYS) {
    let value = frontMatter[key];
    if (value && typeof value === 'object' && 'date' in value) value = (value as {date: unknown}).date;
    if (typeof value === 'string' || typeof value === 'number') {
      const date = toDate(String(value));
      if (date) return {date, raw: String(value)};
    }
  }
  return scan(tree.children, 0);
}

function scan(blocks: readonly RootContent[], depth: number): DocumentDate | null {
  for (const node of blocks) {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'html') {
      const text = node.type === 'html' ? node.value.replace(/<[^>]*>/g, ' ') : textWithBreaks(node);
      const found = fromText(text);
      if (found) return found;
    } else if (node.type === 'blockquote' && depth < 4) {
      const found = scan(node.children, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

/** The text of a paragraph or heading with its hard line breaks kept: "*Last Updated: 2026-02-14*  ⏎ *Maintained by: …*". */
function textWithBreaks(node: RootContent): string {
  if (!('children' in node)) return toString(node);
  return (node.children as RootContent[]).map((child) => (child.type === 'break' ? '\n' : textWithBreaks(child))).join('');
}

function fromText(text: string): DocumentDate | null {
  if (text.length > 400) return null;
  const match = LABEL.exec(text);
  if (!match) return null;
  const date = toDate(match[1]!);
  return date ? {date, raw: match[0].trim()} : null;
}

function toDate(text: string): string | null {
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(text.trim());
  if (iso) return iso[1]!;
  const period = parsePeriod(text);
  if (!isCalendarPeriod(period) || period.approximate) return null;
  if (period.granularity === 'day' || period.granularity === 'month') return period.start;
  return null;
}
