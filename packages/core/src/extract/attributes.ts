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
import type {List, ListItem, Paragraph, RootContent} from 'mdast';
import {statusFromCell} from '../classify/status.js';
import {findPeriods, latestFound, parseRelease} from '../period/index.js';
import type {ReadContext} from './context.js';
import type {Draft} from './draft.js';
import {collapse, plainText} from './inline.js';
import {mentionsIn} from './item-text.js';
import {type Field, fieldOfKey} from '../words/fields.js';

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
  const period = latestFound(findPeriods(value, ctx.periodOptions))?.period ?? null;
  // A version named on the line ("Target: v2.0") is the item's release, over the section's.
  const release = parseRelease(value) ?? (field === 'release' && !period ? value : null);
  if (period && draft.periodFrom !== 'self') {
    draft.period = period;
    draft.periodFrom = 'self';
  }
  if (release) draft.release = release;
  return period && release ? 'period and release' : period ? 'period' : release ? 'release' : null;
}

/**
 * Takes the attribute lines out of the lists directly under an item (applying them to it) and
 * returns the blocks that remain to be read as its children and description.
 */
export function takeAttributes(blocks: RootContent[], draft: Draft, ctx: ReadContext): RootContent[] {
  if (!blocks.some((block) => block.type === 'list')) return blocks;
  const kept: RootContent[] = [];
  for (const block of blocks) {
    if (block.type !== 'list') {
      kept.push(block);
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
