/**
 * A heading with only prose under it, read as one item ("### Faster startup" + its paragraphs), or
 * with lists of its own fields ("#### Dark mode" + "- **Status**: Planned", "- **ETA**: Q1 2026").
 */
import {startOf, endLineOf} from '../rules.js';
import type {Heading, RootContent} from 'mdast';
import type {ReadContext} from './context.js';
import type {Draft, Scope} from './draft.js';
import {cleanInline} from './inline.js';
import {readItemText} from './item-text.js';
import type {SectionRole} from './section.js';
import {applyOwn, newDraft, takeText} from './scope.js';
import {absorbAttributeList} from './attributes.js';

export function readHeadedItem(node: Heading, body: RootContent[], parentScope: Scope, ownScope: Scope, role: SectionRole, ctx: ReadContext): Draft {
  const start = startOf(node);
  const end = body[body.length - 1]?.position?.end.line ?? endLineOf(node, start.line);
  // The item sits in its parent's section; the heading itself is the item, not a section around it.
  const draft = newDraft({...parentScope, release: ownScope.release, period: ownScope.period, periodFrom: ownScope.periodFrom}, 'heading', start, end);
  const text = readItemText(node.children, ctx, start);
  takeText(draft, text);
  if (role.period && ownScope.periodFrom === 'heading' && ownScope.period === role.period) {
    draft.period = role.period;
    draft.periodFrom = 'self';
  }
  applyOwn(draft, text);
  for (const block of body) {
    // A heading is read as an item only when its lists are all attribute lists (blocks.ts sectionBody).
    if (block.type === 'list') absorbAttributeList(block, draft, ctx);
    else if (block.type === 'paragraph') {
      const links: string[] = [];
      draft.description.push(cleanInline(block.children, ctx.definitions, ctx.inline, links));
      for (const link of links) if (!draft.links.includes(link)) draft.links.push(link);
    }
  }
  return draft;
}
