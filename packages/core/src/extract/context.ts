/** Shared state of one document read: options, definitions, diagnostics. */
import {findStatusMarker, type StatusMarker} from '../classify/status.js';
import type {Table} from 'mdast';
import type {Diagnostic, Period} from '../model.js';
import {RULES, type Point, type RuleId, type Severity} from '../rules.js';
import type {PeriodOptions} from '../period/index.js';
import type {Definitions, InlineReport} from './inline.js';

export interface ReadContext {
  periodOptions: PeriodOptions;
  definitions: Definitions;
  diagnostics: Diagnostic[];
  inline: InlineReport;
  maxDepth: number;
  /** Set once the depth limit has been reported, so a deep file gives one message, not thousands. */
  depthReported: boolean;
  /** Status markers already found in this document, by text. */
  markers: Map<string, StatusMarker | null>;
  /** The document's status key tables (legend.ts): read before the items, reported instead of read as items. */
  legendTables: ReadonlySet<Table>;
  /** Release → date, from the document's release-schedule tables (see schedule.ts). */
  releaseSchedule: Map<string, {period: Period; line: number}>;
}

/** The status marker of a text, found once per document: a short list item is read as a legend line, then as an item. */
export function statusMarkerOf(ctx: ReadContext, text: string): StatusMarker | null {
  let marker = ctx.markers.get(text);
  if (marker === undefined) ctx.markers.set(text, (marker = findStatusMarker(text)));
  return marker;
}

/** Records a diagnostic over a span (a whole list, a run of its entries): no-loss checks count every line it covers. */
export function reportSpan(ctx: ReadContext, from: Point, to: Point, rule: RuleId, message: string): void {
  ctx.diagnostics.push({line: from.line, column: from.column, endLine: to.line, endColumn: to.column, severity: RULES[rule].severity, message, rule});
}

/** Records a diagnostic at `at`, at the rule's usual severity unless `severity` says otherwise. */
export function report(ctx: ReadContext, at: Point, rule: RuleId, message: string, severity: Severity = RULES[rule].severity): void {
  ctx.diagnostics.push({line: Math.max(1, at.line), column: Math.max(1, at.column), severity, message, rule});
}
