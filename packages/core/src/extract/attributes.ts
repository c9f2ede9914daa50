/**
 * Sub-bullets that state a fact about their parent item rather than a sub-task:
 *   - **Plugin loader**
 *     - Status: In progress
 *     - Owner: @kim
 *     - Target: v2.0 (Q3 2025)
 * Each such line sets the parent's status, owners, period or release (unless the parent
 * states that itself) and is reported as an info diagnostic on its line, so it is neither
 * a child item named "Status" nor lost.
 */
import {startOf} from '../rules.js';
import type {List, ListItem, Paragraph, PhrasingContent, RootContent} from 'mdast';
import {statusFromCell} from '../classify/status.js';
import {findPeriods, latestFound, parsePeriod, parseRelease} from '../period/index.js';
import {reportSpan, type ReadContext} from './context.js';
import type {Draft} from './draft.js';
import {cleanInline, collapse, plainText} from './inline.js';
import {mentionsIn} from './item-text.js';
import {DESCRIPTIVE_KEYS, type Field, fieldOfKey} from '../words/fields.js';

type AttributeField = 'status' | 'owners' | 'period' | 'release';
const isAttributeField = (field: Field | null): field is AttributeField =>
  field === 'status' || field === 'owners' || field === 'period' || field === 'release';
const LINE = /^\s*([A-Za-z][A-Za-z ]{1,20}?)\s*[:：]\s*(\S.{0,120})$/;

interface Attribute {
  field: AttributeField;
  key: string;
  value: string;
  line: number;
  column: number;
}

function attributeOf(item: ListItem): Attribute | null {
  const [lead, ...rest] = item.children;
  if (lead?.type !== 'paragraph' || rest.length > 0 || item.checked != null) return null;
  const match = LINE.exec(collapse(plainText((lead as Paragraph).children)));
  if (!match) return null;
  const key = match[1]!.trim();
  const field = fieldOfKey(key);
  if (!isAttributeField(field)) return null;
  const start = startOf(item);
  return {field, key, value: match[2]!.trim(), line: start.line, column: start.column};
}

/** Applies one attribute to the item: what it set, or null when the line says nothing this reader understands. */
function apply(draft: Draft, attribute: Attribute, ctx: ReadContext): string | null {
  const {field, value} = attribute;
  if (field === 'status') {
    const status = statusFromCell(value);
    if (!status) return null;
    if (draft.statusFrom !== 'self') {
      draft.status = status;
      draft.statusRaw = `${attribute.key}: ${value}`;
      draft.statusFrom = 'self';
    }
    return 'status';
  }
  if (field === 'owners') {
    const mentions = mentionsIn(value);
    const names = mentions.length > 0 ? mentions : value.split(/\s*(?:,|&|\/|\band\b)\s*/).map((name) => name.trim()).filter((name) => name !== '' && name.length <= 40);
    if (names.length === 0) return null;
    for (const name of names) if (!draft.owners.includes(name)) draft.owners.push(name);
    return 'owners';
  }
  // The value of a date key is a date as a whole ("ETA: 2027 (Research)": a bare year counts here, unlike in prose).
  const whole = field === 'period' ? parsePeriod(value.replace(/\s*[(（][^()（）]*[)）]\s*$/u, ''), ctx.periodOptions) : null;
  const period = whole ?? latestFound(findPeriods(value, ctx.periodOptions))?.period ?? null;
  // A version named on the line ("Target: v2.0") is the item's release, over the section's.
  const release = parseRelease(value) ?? (field === 'release' && !period ? value : null);
  if (period && draft.periodFrom !== 'self') {
    draft.period = period;
    draft.periodFrom = 'self';
  }
  if (release) draft.release = release;
  return period && release ? 'period and release' : period ? 'period' : release ? 'release' : null;
}

/** "Description: …", "**Features**:" (+ a nested list), "Completion: 10%": a key of one to three words, then a colon. */
const KEY_LINE = /^\s*([A-Za-z][A-Za-z/&-]*(?: [A-Za-z/&-]+){0,2})\s*[:：](?:\s+(\S[\s\S]*))?$/;

const UNKNOWN_KEY = '';

/**
 * The key of an entry that is a "Key: value" line: the key when it names a field or describes its
 * item, UNKNOWN_KEY for another key set in bold ("**Visualization**: …"), else null (not a key line).
 */
function keyOf(item: ListItem): string | null {
  const [lead, ...rest] = item.children;
  if (lead?.type !== 'paragraph' || item.checked != null) return null;
  const match = KEY_LINE.exec(collapse(plainText((lead as Paragraph).children)));
  if (!match || (!match[2] && !rest.some((block) => block.type === 'list'))) return null;
  const key = match[1]!.trim().toLowerCase();
  if (fieldOfKey(key) !== null || DESCRIPTIVE_KEYS.has(key)) return key;
  const first = (lead as Paragraph).children[0];
  return first?.type === 'strong' ? UNKNOWN_KEY : null;
}

/**
 * A list whose every entry is a "Key: value" line ("- **Description**: …", "- **Benefit**: …",
 * "- **ETA**: March 2026"; "- Target Release: v0.5.2", "- Completion: 10%"): the fields and
 * description of one item, not items. Two entries at least, with two different keys.
 */
export function isAttributeList(list: List): boolean {
  if (list.children.length < 2) return false;
  const keys: string[] = [];
  // Most lists are not records: stop at the first entry that is no "Key: value" line.
  for (const item of list.children) {
    const key = keyOf(item);
    if (key === null) return false;
    keys.push(key);
  }
  // Keys this reader knows ("Description", "ETA") make it a record; "**Visualization**: …" beside them is one more field.
  const known = keys.filter((key) => key !== UNKNOWN_KEY);
  // One of them at least names a field of the item (status, owner, date, release): "- Docs: rewrite the guide",
  // "- Design: new logo" are two tasks by area, not the fields of one item.
  const fields = known.some((key) => isAttributeField(fieldOfKey(key)));
  return fields && new Set(known).size >= 2 && known.length * 2 >= keys.length;
}

/** The lead paragraphs of an entry and of the entries nested in it, in order. */
function leadParagraphs(item: ListItem): Paragraph[] {
  const out: Paragraph[] = [];
  const pending: ListItem[] = [item];
  while (pending.length > 0) {
    const entry = pending.shift()!;
    for (const block of entry.children) {
      if (block.type === 'paragraph') out.push(block);
      else if (block.type === 'list') pending.unshift(...block.children);
    }
  }
  return out;
}

/**
 * Reads an attribute list into its item: lines that name a field set it (as `takeAttributes` does),
 * every line and what is nested under it joins the description; one diagnostic spans the list.
 */
export function absorbAttributeList(list: List, draft: Draft, ctx: ReadContext): void {
  const set = new Set<string>();
  for (const item of list.children) {
    const attribute = attributeOf(item);
    const applied = attribute ? apply(draft, attribute, ctx) : null;
    if (applied) set.add(applied);
    const links: string[] = [];
    for (const paragraph of leadParagraphs(item)) draft.description.push(cleanInline(paragraph.children as PhrasingContent[], ctx.definitions, ctx.inline, links));
    for (const link of links) if (!draft.links.includes(link)) draft.links.push(link);
  }
  const start = startOf(list);
  const fields = set.size > 0 ? `: its ${[...set].join(', ')} and description` : ': its description';
  reportSpan(ctx, start, list.position?.end ?? start, 'item-attribute', `${list.children.length} "Key: value" lines read into "${draft.title}" (line ${draft.line})${fields}`);
}

/**
 * Takes the attribute lines out of the lists directly under an item (applying them to it) and
 * returns the blocks that remain to be read as its children and description. A list made only of
 * "Key: value" lines is read whole into the item (absorbAttributeList).
 */
export function takeAttributes(blocks: RootContent[], draft: Draft, ctx: ReadContext): RootContent[] {
  if (!blocks.some((block) => block.type === 'list')) return blocks;
  const kept: RootContent[] = [];
  for (const block of blocks) {
    if (block.type !== 'list') {
      kept.push(block);
      continue;
    }
    if (isAttributeList(block)) {
      absorbAttributeList(block, draft, ctx);
      continue;
    }
    const items: ListItem[] = [];
    for (const item of block.children) {
      const attribute = attributeOf(item);
      const set = attribute ? apply(draft, attribute, ctx) : null;
      if (attribute && set) {
        ctx.diagnostics.push({
          line: attribute.line,
          column: attribute.column,
          severity: 'info',
          message: `"${attribute.key}: ${attribute.value}" read as the ${set} of "${draft.title}" (line ${draft.line})`,
          rule: 'item-attribute',
        });
      } else items.push(item);
    }
    if (items.length > 0) kept.push(items.length === block.children.length ? block : ({...block, children: items} as List));
  }
  return kept;
}
