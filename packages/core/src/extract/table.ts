/**
 * GFM tables: each body row is an item. Columns are mapped by what their
 * header means (timeline → period, status → status, owner → owners, area →
 * theme, version → release); a table whose header cells are periods or
 * releases is a matrix, and each filled cell becomes a child of its row.
 */
import {startOf, endLineOf} from '../rules.js';
import type {PhrasingContent, Table, TableCell} from 'mdast';
import {statusFromCell} from '../classify/status.js';
import type {Period} from '../model.js';
import {findSuspectPeriod, parsePeriod, parseRelease} from '../period/index.js';
import type {ReadContext} from './context.js';
import {report, reportSpan} from './context.js';
import type {Draft, Scope} from './draft.js';
import {cleanInline, collapse, plainText} from './inline.js';
import {readItemText} from './item-text.js';
import {applyOwn, newDraft, scopeForChildren, scopeWithRole, takeText} from './scope.js';
import {classifySection, type SectionRole} from './section.js';
import {isReleaseSchedule, readReleaseSchedule, releaseInCell} from './schedule.js';
import {type Field, fieldOfHeader} from '../words/fields.js';

type Role = Field | 'other';

const headerRole = (text: string): Role => fieldOfHeader(text) ?? 'other';

export function readTable(table: Table, scope: Scope, parent: Draft | null, out: Draft[], ctx: ReadContext): void {
  const [header, ...rows] = table.children;
  if (!header) return;
  if (ctx.legendTables.has(table)) {
    const start = startOf(table);
    reportSpan(ctx, start, table.position?.end ?? start, 'status-legend', `Status key (${rows.length} entries) is not read as roadmap items; the document's marks mean what it says`);
    return;
  }
  const headers = header.children.map((cell) => collapse(plainText(cell.children)));
  const columnPeriods = headers.map((text) => (text ? parsePeriod(text, ctx.periodOptions) : null));
  const columnReleases = headers.map((text) => (text ? parseRelease(text) : null));
  const timeColumns = headers.filter((_, i) => i > 0 && (columnPeriods[i] || columnReleases[i])).length;
  if (headers.length >= 2 && headers.every((text, i) => text !== '' && (columnPeriods[i] || columnReleases[i]))) {
    readBoard(table, columnRoles(headers, columnPeriods, columnReleases, ctx), {scope, parent, out}, ctx);
    return;
  }
  if (timeColumns >= 2) {
    readMatrix(table, columnRoles(headers, columnPeriods, columnReleases, ctx), {scope, parent, out}, ctx);
    return;
  }
  const roles = headers.map(headerRole);
  const headerRoles = [...roles];
  // One column per role: a second "version" column (e.g. "Kubernetes versions") is description, not the release.
  roles.forEach((role, index) => {
    if (role !== 'owners' && role !== 'links' && role !== 'other' && roles.indexOf(role) !== index) roles[index] = 'other';
  });
  const cells = rows.map((row) => row.children.map((cell) => collapse(plainText(cell.children))));
  inferRolesFromValues(roles, cells, ctx);
  if (isReleaseSchedule(table, headerRoles, roles.indexOf('period'), roles.indexOf('release'), cells, ctx)) {
    readReleaseSchedule(table, roles.indexOf('period'), roles.indexOf('release'), cells, ctx);
    return;
  }
  let titleColumn = roles.indexOf('title');
  if (titleColumn === -1) titleColumn = roles.findIndex((role) => role === 'other');
  // Every column names a field ("Release | Target Date | Focus Area"): the first is the title, and still its field.
  const titleAlso = titleColumn === -1 && roles[0] !== 'title' ? roles[0]! : null;
  if (titleColumn === -1) titleColumn = 0;
  roles[titleColumn] = 'title';

  for (const row of rows) {
    const start = startOf(row);
    const cells = row.children;
    const titleCell = cells[titleColumn];
    const draft = newDraft(scope, 'table-row', start, endLineOf(row, start.line));
    if (parent?.period && draft.periodFrom !== 'self') Object.assign(draft, {period: parent.period, periodFrom: 'parent'});
    const text = readItemText(titleCell?.children ?? [], ctx, startOf(titleCell, start));
    takeText(draft, text);
    applyOwn(draft, text);
    if (!draft.title) draft.title = collapse(cells.map((cell) => plainText(cell.children)).join(' '));
    cells.forEach((cell, index) => {
      if (index !== titleColumn) applyCell(draft, roles[index] ?? 'other', cell, headers[index] ?? '', ctx);
      else if (titleAlso && titleAlso !== 'theme' && titleAlso !== 'links') applyCell(draft, titleAlso, cell, headers[index] ?? '', ctx);
    });
    if (!draft.title) {
      report(ctx, start, 'empty-item', 'Empty table row: nothing to read');
      continue;
    }
    out.push(draft);
  }
}

function applyCell(draft: Draft, role: Role, cell: TableCell, header: string, ctx: ReadContext): void {
  const text = collapse(plainText(cell.children));
  const links: string[] = [];
  const content = cleanInline(cell.children, ctx.definitions, ctx.inline, links);
  for (const link of links) if (!draft.links.includes(link)) draft.links.push(link);
  if (text === '') return;
  const where = startOf(cell, {line: draft.line, column: 1});
  switch (role) {
    case 'period': {
      // "Q5 2024" would read as the whole of 2024: say so, as for a list item.
      const suspect = findSuspectPeriod(text);
      if (suspect) report(ctx, {line: where.line, column: where.column + suspect.index}, 'unknown-period', suspect.message);
      const period = parsePeriod(text, ctx.periodOptions);
      if (period) Object.assign(draft, {period, periodFrom: 'table'});
      else report(ctx, where, 'unknown-period', `Unknown period "${text}" in column "${header}"`);
      break;
    }
    case 'status': {
      const status = statusFromCell(text);
      if (status) Object.assign(draft, {status, statusRaw: text, statusFrom: 'table'});
      else report(ctx, where, 'unknown-status', `Unknown status "${text}" in column "${header}"`);
      break;
    }
    case 'owners':
      for (const owner of text.split(/[,;/&]|\band\b/).map((part) => part.trim().replace(/^@/, ''))) {
        if (owner && !draft.owners.includes(owner)) draft.owners.push(owner);
      }
      break;
    case 'theme':
      draft.themeCandidates = [{text, from: 'table'}, ...draft.themeCandidates];
      break;
    case 'release':
      draft.release = releaseInCell(text) ?? text;
      break;
    default:
      if (role === 'other' && header) draft.description.push([{type: 'strong', children: [{type: 'text', value: `${header}: `}]}, ...content]);
      else if (content.length > 0) draft.description.push(content);
  }
}

/** A header named by nothing but whose values are mostly periods or statuses says so by its values. */
function inferRolesFromValues(roles: Role[], rows: string[][], ctx: ReadContext): void {
  roles.forEach((role, index) => {
    if (role !== 'other') return;
    const values = rows.map((row) => row[index] ?? '').filter((value) => value !== '');
    if (values.length === 0) return;
    const periods = values.filter((value) => parsePeriod(value, ctx.periodOptions)).length;
    const statuses = values.filter((value) => statusFromCell(value)).length;
    if (periods / values.length >= 0.6) roles[index] = 'period';
    else if (statuses / values.length >= 0.6) roles[index] = 'status';
  });
}

/** Where a table's items go: the scope they inherit, the item they sit under, the list they join. */
interface Destination {
  scope: Scope;
  parent: Draft | null;
  out: Draft[];
}

/** Columns are periods or releases: the row names a topic and each filled cell is an item planned for that column. */
function readMatrix(table: Table, roles: SectionRole[], {scope, parent, out}: Destination, ctx: ReadContext): void {
  for (const row of table.children.slice(1)) {
    const start = startOf(row);
    const [first, ...cells] = row.children;
    const draft = newDraft(scope, 'table-row', start, endLineOf(row, start.line));
    const text = readItemText(first?.children ?? [], ctx, start);
    takeText(draft, text);
    if (!draft.title) {
      report(ctx, start, 'empty-item', 'Matrix row without a name in its first cell');
      draft.title = `Row ${start.line}`;
    }
    const rowScope = scopeForChildren(scope, draft, null);
    cells.forEach((cell, offset) => {
      // A row with more cells than the header has: the extra cells have no column heading.
      const role = roles[offset + 1] ?? columnRoles([''], [null], [null], ctx)[0]!;
      draft.children.push(...readCell(cell, scopeWithRole(rowScope, role, 'table'), start, ctx));
    });
    if (parent?.period && !draft.period) Object.assign(draft, {period: parent.period, periodFrom: 'parent'});
    out.push(draft);
  }
}

/**
 * Every column is a period or release ("| Now | Next | Later |", "| Q1 | Q2 | Q3 |"): a board, whose
 * filled cells are items of their column; rows only stack them.
 */
function readBoard(table: Table, roles: SectionRole[], {scope, parent, out}: Destination, ctx: ReadContext): void {
  const columnScopes = roles.map((role) => scopeWithRole(scope, role, 'table'));
  for (const row of table.children.slice(1)) {
    const start = startOf(row);
    let read = 0;
    row.children.forEach((cell, column) => {
      for (const draft of readCell(cell, columnScopes[column] ?? scope, start, ctx)) {
        if (parent?.period && !draft.period) Object.assign(draft, {period: parent.period, periodFrom: 'parent'});
        out.push(draft);
        read++;
      }
    });
    if (read === 0) report(ctx, start, 'empty-item', 'Board row without any item in its cells');
  }
}

/** What each column header says (its period or release), read once per table rather than once per cell. */
function columnRoles(headers: string[], periods: Array<Period | null>, releases: Array<string | null>, ctx: ReadContext): SectionRole[] {
  return headers.map((header, column) => {
    const role = classifySection(header, ctx.periodOptions);
    return {...role, period: periods[column] ?? role.period, release: releases[column] ?? null, themeRaw: null};
  });
}

/** The items of one matrix or board cell, each at its own position. */
function readCell(cell: TableCell, cellScope: Scope, rowStart: {line: number; column: number}, ctx: ReadContext): Draft[] {
  const where = startOf(cell, rowStart);
  const drafts: Draft[] = [];
  for (const entry of splitCell(cell.children)) {
    const draft = newDraft(cellScope, 'table-row', where, where.line);
    const own = readItemText(entry, ctx, where);
    if (!own.title) continue;
    takeText(draft, own);
    applyOwn(draft, own);
    drafts.push(draft);
  }
  return drafts;
}

/** Cells often hold several entries separated by <br>: each is its own item. */
function splitCell(children: PhrasingContent[]): PhrasingContent[][] {
  const entries: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type === 'html' && /^<br\s*\/?>$/i.test(child.value.trim())) entries.push([]);
    else entries[entries.length - 1]!.push(child);
  }
  return entries.filter((entry) => collapse(plainText(entry)) !== '');
}
