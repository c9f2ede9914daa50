/**
 * Walks a sequence of block nodes (the document, a blockquote, the body of a
 * list item) and turns what it finds into item drafts: list items, table
 * rows, lettered pseudo-list paragraphs and headed items. Headings and label
 * paragraphs set the scope (section, period, status, release, theme) of what
 * follows them.
 */
import type {Heading, List, Paragraph, RootContent} from 'mdast';
import {isCalendarPeriod} from '../model.js';
import {findPeriods, findSuspectPeriod, latestFound} from '../period/index.js';
import {isYearPart, periodWithinYear} from '../period/within-year.js';
import type {ReadContext} from './context.js';
import {report, reportSpan} from './context.js';
import {startOf} from '../rules.js';
import {leadInRelease, leadInStatus} from '../words/lead-in.js';
import type {Draft, Scope} from './draft.js';
import {cleanInline, collapse, plainText} from './inline.js';
import {readLettered, startsLettered} from './lettered.js';
import {readList} from './list.js';
import {describeHtml} from './html.js';
import {readHeadedItem} from './headed.js';
import {classifySection, isAboutTheDocument, isBucket, topicText, type SectionRole} from './section.js';
import {isProcessHeading} from '../words/structural.js';
import {scopeForChildren, scopeWithRole} from './scope.js';
import {readTable} from './table.js';
import {isAttributeList} from './attributes.js';

export interface BlockWalk {
  scope: Scope;
  /** Item that prose paragraphs describe (the list item whose body this is), if any. */
  parent: Draft | null;
  /** Where new items go. */
  out: Draft[];
  depth: number;
  /** The heading node that titles the document: it gives a period but no theme. */
  titleHeading?: Heading | null;
}

interface Open {
  depth: number;
  scope: Scope;
  isTitle: boolean;
}

export function walkBlocks(blocks: readonly RootContent[], walk: BlockWalk, ctx: ReadContext): void {
  const stack: Open[] = [];
  const current = (): Scope => stack[stack.length - 1]?.scope ?? walk.scope;
  let label: Scope | null = null;
  let lettered: Draft | null = null;
  let letteredTarget: Draft[] = walk.out;

  for (let i = 0; i < blocks.length; i++) {
    const node = blocks[i]!;
    if (node.type !== 'list' && node.type !== 'paragraph') label = null;
    switch (node.type) {
      case 'heading': {
        lettered = null;
        while (stack.length > 0 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
        const text = collapse(plainText(node));
        const parentScope = current();
        const role = withinParentYear(withReleaseProse(classifySection(text, ctx.periodOptions), blocks[i + 1], ctx), parentScope);
        const isTitle = node === walk.titleHeading;
        const effective: SectionRole = isTitle ? {...role, themeRaw: null, status: null, statusRaw: null} : role;
        const underTitle = stack[stack.length - 1]?.isTitle ?? false;
        const scope = scopeWithRole(parentScope, effective, 'heading', text);
        if (!isTitle && isProcessHeading(topicText(text))) scope.process = text;
        stack.push({depth: node.depth, scope, isTitle});
        checkSuspect(ctx, text, node);
        if (!role.period && isYearPart(text)) {
          report(ctx, startOf(node), 'unknown-period', `Period "${text}" names no year, and no heading above it does: its items are unscheduled`);
        }
        const body = sectionBody(blocks, i);
        if (isTitle) break;
        if (body.empty && body.leaf) {
          report(ctx, startOf(node), 'empty-section', `Empty section "${text}": no items or text under this heading`);
        } else if ((body.proseOnly || body.attributes) && body.leaf && !underTitle && !scope.process && isHeadedItem(text, role, parentScope, walk)) {
          walk.out.push(readHeadedItem(node, blocks.slice(i + 1, body.end), parentScope, scope, role, ctx));
          // Its "Key: value" lists were read into it.
          if (body.attributes) i = body.end - 1;
        }
        break;
      }
      case 'paragraph': {
        label = null;
        if (startsLettered(node, lettered !== null)) {
          const drafts = readLettered(node, current(), walk.parent, ctx);
          if (lettered === null) letteredTarget = walk.out;
          letteredTarget.push(...drafts);
          lettered = drafts[drafts.length - 1] ?? lettered;
          break;
        }
        lettered = null;
        const next = blocks[i + 1];
        const text = collapse(plainText(node));
        if (next?.type === 'list' && isLabel(node, text)) {
          label = scopeWithRole(current(), classifySection(text, ctx.periodOptions), 'label');
          checkSuspect(ctx, text, node);
          break;
        }
        checkSuspect(ctx, text, node);
        if (next?.type === 'list') label = leadInScope(text, current(), ctx);
        if (walk.parent) walk.parent.description.push(cleanParagraph(node, ctx));
        break;
      }
      case 'list': {
        const scope = label ?? current();
        label = null;
        if (scope.process && !walk.parent && !lettered) {
          reportProcessList(node, scope.process, ctx);
          break;
        }
        if (lettered) readList(node, scopeForChildren(scope, lettered, null), lettered, lettered.children, walk.depth + 1, ctx);
        else readList(node, scope, walk.parent, walk.out, walk.depth, ctx);
        break;
      }
      case 'table':
        lettered = null;
        readTable(node, current(), walk.parent, walk.out, ctx);
        break;
      case 'blockquote':
        walkBlocks(node.children, {...walk, scope: current(), titleHeading: null}, ctx);
        break;
      case 'html':
        describeHtml(node, ctx);
        break;
      default:
        // code, thematicBreak, definition, yaml, math…: not roadmap items.
        break;
    }
  }
}

/** One message for a list of process steps or rules ("How to propose new work"): nothing in it is lost silently. */
function reportProcessList(list: List, heading: string, ctx: ReadContext): void {
  const start = startOf(list);
  reportSpan(ctx, start, list.position?.end ?? start, 'process-section', `List under "${heading}" (${list.children.length} entries) is about how the project or this document works (steps, ways to take part, terms), not roadmap items: not read as items`);
}

interface SectionBody {
  end: number;
  empty: boolean;
  proseOnly: boolean;
  /** No deeper heading follows: the section has no sub-sections. */
  leaf: boolean;
  /** Its lists are all "Key: value" lines (attributes.ts), with or without prose: one headed item's fields. */
  attributes: boolean;
}

function sectionBody(blocks: readonly RootContent[], headingIndex: number): SectionBody {
  const heading = blocks[headingIndex] as Heading;
  let end = headingIndex + 1;
  let prose = false;
  const lists: List[] = [];
  // Tables and lettered paragraphs: items of their own, whatever the lists are.
  let otherItems = false;
  while (end < blocks.length && blocks[end]!.type !== 'heading') {
    const node = blocks[end]!;
    if (node.type === 'list') lists.push(node);
    else if (node.type === 'table') otherItems = true;
    else if (node.type === 'paragraph') {
      if (startsLettered(node, false)) otherItems = true;
      else if (plainText(node).trim() !== '') prose = true;
    } else if (node.type === 'blockquote' || node.type === 'code') prose = true;
    else if (node.type === 'html' && !node.value.trimStart().startsWith('<!--')) prose = true;
    end++;
  }
  const structured = otherItems || lists.length > 0;
  const next = blocks[end] as Heading | undefined;
  const leaf = !next || next.depth <= heading.depth;
  // Only a leaf can be a headed item: the lists of other sections are not looked into.
  const attributes = leaf && !otherItems && lists.length > 0 && lists.every(isAttributeList);
  return {end, empty: !prose && !structured, proseOnly: prose && !structured, leaf, attributes};
}

/**
 * A leaf heading with only prose under it is an item ("### Faster startup"
 * under "## In progress") when something above it organises items: a bucket,
 * a period, a release, or a topic heading. Questions ("How can I help?") and
 * sections right under the document title are prose, not items.
 */
function isHeadedItem(text: string, role: SectionRole, parentScope: Scope, walk: BlockWalk): boolean {
  if (/[?？]\s*$/.test(text) || isAboutTheDocument(text)) return false;
  if (isBucket(role) && !role.release && !namesSomething(text, role)) return false;
  if (walk.depth > 0) return true;
  return (
    parentScope.periodFrom === 'heading' ||
    parentScope.statusFrom === 'heading' ||
    parentScope.release !== null ||
    parentScope.themeCandidates.some((candidate) => candidate.from === 'heading')
  );
}

/**
 * A status heading that also names a thing ("### Dark mode ✅", "### Search [done]") with prose
 * under it is that thing's item; a bare status ("## Done ✅", "## Completed") is a bucket.
 */
function namesSomething(text: string, role: SectionRole): boolean {
  if (!role.statusRaw || role.period) return false;
  const rest = text.replace(role.statusRaw, ' ').replace(/[()[\]（）【】:：\-–—|*_~`]+/g, ' ');
  return /\p{L}{2,}/u.test(rest);
}

/** "### Q1" under "## 2024" is 2024 Q1, not a topic named "Q1". */
function withinParentYear(role: SectionRole, parentScope: Scope): SectionRole {
  if (role.period || parentScope.periodFrom !== 'heading') return role;
  const period = periodWithinYear(role.text, parentScope.period);
  return period ? {...role, period, themeRaw: null} : role;
}

/** A short paragraph right before a list that names what the list is about ("Deployment", "**Data Sources**", "Completed:"). */
function isLabel(node: Paragraph, text: string): boolean {
  if (text === '' || text.length > 80 || text.includes('\n')) return false;
  const only = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (only.length === 1 && (only[0]!.type === 'strong' || only[0]!.type === 'emphasis')) return true;
  const words = text.replace(/[:：]$/, '').split(/\s+/);
  return words.length <= 5 && !/[.!?。]$/.test(text);
}

function checkSuspect(ctx: ReadContext, text: string, node: RootContent): void {
  const suspect = findSuspectPeriod(text);
  if (!suspect) return;
  const start = startOf(node);
  report(ctx, {line: start.line, column: start.column + suspect.index}, 'unknown-period', suspect.message);
}

function cleanParagraph(node: Paragraph, ctx: ReadContext) {
  return cleanInline(node.children, ctx.definitions, ctx.inline, []);
}

/**
 * A release heading often says when in the sentence right under it ("## Kubeflow 0.7" +
 * "0.7 will be released in October 2019"); that date, and a "was released", belong to the section.
 */
function withReleaseProse(role: SectionRole, next: RootContent | undefined, ctx: ReadContext): SectionRole {
  if (!role.release || role.period || next?.type !== 'paragraph') return role;
  const sentence = collapse(plainText(next)).split(/(?<=[.!?;])\s/)[0] ?? '';
  const found = findPeriods(sentence, ctx.periodOptions);
  const latest = latestFound(found)?.period ?? null;
  const released = /\b(?:was|were|has been|have been|got)\s+(?:released|shipped|delivered)\b/i.test(sentence);
  return {
    ...role,
    period: latest ?? role.period,
    status: released ? 'done' : role.status,
    statusRaw: released ? sentence.slice(0, 60) : role.statusRaw,
  };
}

/**
 * A sentence that leads into a list states what the list is: one time ("The following will graduate
 * in Q1 2020:"), a status ("Features are planned in the 1.13 time frame", "以下是…计划实现的主要目标")
 * or a release. What it states applies to the list; a release only where the section names none.
 */
function leadInScope(text: string, scope: Scope, ctx: ReadContext): Scope | null {
  let next: Scope | null = null;
  const found = findPeriods(text, ctx.periodOptions);
  const period = found.length === 1 ? found[0]!.period : null;
  // "After Q2 2024 we have the following goals:" under "### After Q2 2024" restates the heading; it does not narrow it.
  if (period && !(scope.period && (!isCalendarPeriod(scope.period) || scope.period.raw.includes(period.raw)))) {
    next = {...scope, period, periodFrom: 'label'};
  }
  // Only the sentence that leads into the list speaks for it: "The 2.0 Beta release is available now. … Below
  // are some of the key enhancements:" says the release is out, not that the enhancements are done.
  const sentence = text.split(/(?<=[.!?])\s+|(?<=[。！？])/).filter((part) => part.trim() !== '').pop() ?? '';
  const stated = leadInStatus(sentence);
  if (stated) next = {...(next ?? scope), status: stated.status, statusRaw: stated.raw, statusFrom: 'label'};
  const release = scope.release ? null : leadInRelease(sentence);
  if (release) next = {...(next ?? scope), release};
  return next;
}
