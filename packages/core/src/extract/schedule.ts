/**
 * A release schedule: a table whose rows only date releases ("3.2.0 | Sep 2026", "2020-06-18 | [1.1] in
 * Terminal Preview"). Its rows are not features: each gives one info diagnostic, and its dates go to
 * every item that names the release in its section, column or text and has no date of its own
 * (`periodFrom: 'release-schedule'`).
 */
import type {Table, TableCell} from 'mdast';
import type {Period} from '../model.js';
import {startOf} from '../rules.js';
import {parsePeriod, parseRelease} from '../period/index.js';
import type {ReadContext} from './context.js';
import {report} from './context.js';
import type {Draft} from './draft.js';

/** Release names compare without case and a leading "v": "v3.1" is "3.1". */
export function releaseKey(release: string): string {
  return release.trim().toLowerCase().replace(/^v(?=\d)/, '');
}

/**
 * The release a release-column cell names. In such a column a bare number is a release ("1.1 in
 * Terminal Preview", "3.2.0"), which in prose it is not; elsewhere the prose reading applies.
 */
export function releaseInCell(text: string): string | null {
  const bare = /^\s*\[?(v?\d+(?:\.\d+){1,3}(?:[-. ]?(?:rc|beta|alpha)\d*)?)(?![\w.])/i.exec(text);
  return bare ? bare[1]! : parseRelease(text);
}

/** A cell that holds nothing but links (a release's blog post) adds no content of its own. */
function linksOnly(cell: TableCell | undefined): boolean {
  return (cell?.children ?? []).every((node) => node.type === 'link' || node.type === 'linkReference' || node.type === 'html' || (node.type === 'text' && node.value.trim() === ''));
}

/**
 * A table is a schedule when no header names a feature, one column holds releases and one dates, every
 * other column is empty or links, and most rows fill both: a feature table ("Feature | Release | Date")
 * has its title column, and a table of releases with what each brings ("v1.0 | Kubernetes 1.24–1.26 |
 * 2023-09-28") has content beyond dates, so its rows stay items.
 */
export function isReleaseSchedule(table: Table, headerRoles: readonly string[], periodColumn: number, releaseColumn: number, rows: string[][], ctx: ReadContext): boolean {
  if (headerRoles.includes('title') || periodColumn === -1 || releaseColumn === -1 || rows.length === 0) return false;
  const body = table.children.slice(1);
  const extra = headerRoles.map((_, i) => i).filter((i) => i !== periodColumn && i !== releaseColumn);
  if (!extra.every((i) => body.every((row) => linksOnly(row.children[i])))) return false;
  const dated = rows.filter((row) => releaseInCell(row[releaseColumn] ?? '') && parsePeriod(row[periodColumn] ?? '', ctx.periodOptions));
  return dated.length / rows.length >= 0.6;
}

export function readReleaseSchedule(table: Table, periodColumn: number, releaseColumn: number, cells: string[][], ctx: ReadContext): void {
  table.children.slice(1).forEach((row, i) => {
    const at = startOf(row);
    const release = releaseInCell(cells[i]?.[releaseColumn] ?? '');
    const period = parsePeriod(cells[i]?.[periodColumn] ?? '', ctx.periodOptions);
    if (release && period && !ctx.releaseSchedule.has(releaseKey(release))) ctx.releaseSchedule.set(releaseKey(release), {period, line: at.line});
    const what = release && period ? `dates release ${release} (${period.label})` : 'is part of a release schedule';
    report(ctx, at, 'release-schedule', `Table row ${what}: a release schedule, not an item`);
  });
}

/** Items that name a scheduled release and carry no date of their own take the release's date. */
export function applyReleaseSchedule(drafts: readonly Draft[], schedule: ReadonlyMap<string, {period: Period; line: number}>): void {
  if (schedule.size === 0) return;
  for (const draft of drafts) {
    const entry = draft.release ? schedule.get(releaseKey(draft.release)) : undefined;
    if (entry && (!draft.period || draft.periodFrom === 'default')) Object.assign(draft, {period: entry.period, periodFrom: 'release-schedule'});
    applyReleaseSchedule(draft.children, schedule);
  }
}
