/**
 * Every diagnostic rule the reader reports, with its usual severity and what it means. One table, so
 * that a rule id is never a loose string: `Diagnostic.rule` is a `RuleId`, and the README's list and the
 * CLI's output name the same rules.
 */
/** How loud a diagnostic is (vfile style). */
export type Severity = 'error' | 'warning' | 'info';

export const RULES = {
  'binary-file': {severity: 'error', about: 'the file is not text'},
  'file-too-large': {severity: 'error', about: 'the file is larger than the size limit and was not read'},
  'invalid-utf8': {severity: 'warning', about: 'bytes that are not UTF-8 were replaced'},
  'front-matter': {severity: 'warning', about: 'front matter that is not a YAML mapping'},
  'max-depth': {severity: 'warning', about: 'nesting deeper than the limit was folded'},
  'unknown-period': {severity: 'warning', about: 'a date or period that cannot be placed on a calendar'},
  'unknown-status': {severity: 'warning', about: 'a status marker or cell that names no known status'},
  'empty-section': {severity: 'warning', about: 'a heading with nothing under it'},
  'empty-item': {severity: 'info', about: 'a list item, row or cell with nothing to read'},
  'duplicate-id': {severity: 'error', about: 'two items with the same explicit {#id}'},
  'duplicate-item': {severity: 'info', about: 'the same title twice in one section'},
  'raw-html': {severity: 'info', about: 'raw HTML that is not read (never rendered)'},
  'unsafe-link': {severity: 'warning', about: 'a javascript:, data: … link that was removed'},
  'table-of-contents': {severity: 'info', about: 'a list of in-page links, not items'},
  'related-roadmaps': {severity: 'info', about: 'a list of links to other roadmaps, not items'},
  'status-legend': {severity: 'info', about: 'a legend of status markers, not items'},
  'process-section': {severity: 'info', about: 'a list under a heading about how the project or the document works ("How to propose new work", "Issue triage", "How to contribute", "Definitions"), not items'},
  'placeholder-item': {severity: 'info', about: 'an "Etc." or "More to follow" line that stands for items not written yet, not an item'},
  'release-schedule': {severity: 'info', about: 'a row of a release schedule: it dates a release, it is not an item'},
  'item-attribute': {severity: 'info', about: 'a "Key: value" line read as a field of its item'},
} as const satisfies Record<string, {severity: Severity; about: string}>;

export type RuleId = keyof typeof RULES;

/** Rules that mean the file was not read at all: callers fail (CLI exit 2, a build error) rather than publish an empty roadmap. */
export const NOT_READ_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['binary-file', 'file-too-large']);

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** A point in the source (1-based), as mdast positions give it. */
export interface Point {
  line: number;
  column: number;
}

/** The start of a node, or the first line when the node carries no position (generated trees). */
export function startOf(node: {position?: {start: Point} | undefined} | null | undefined, fallback: Point = {line: 1, column: 1}): Point {
  const start = node?.position?.start;
  return start ? {line: start.line, column: start.column} : fallback;
}

/** The last line of a node, or `fallback`. */
export function endLineOf(node: {position?: {end: Point} | undefined} | null | undefined, fallback: number): number {
  return node?.position?.end.line ?? fallback;
}

/** `path:line:column  severity  message  rule`: the one text form of a diagnostic (CLI lint, plugin logs). */
export function formatDiagnostic(d: {file?: string; line: number; column: number; severity: Severity; message: string; rule: string}, file = d.file ?? '<input>'): string {
  return `${file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  ${d.rule}`;
}
