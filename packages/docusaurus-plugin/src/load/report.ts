/** Diagnostics → Docusaurus logger, at the severity the site chose (`onLintIssue`). */
import loggerModule from '@docusaurus/logger';
import {formatDiagnostic, NOT_READ_RULES, type Diagnostic} from '@roadmark/core';
import type {ReportingSeverity} from '../options.js';

// A CommonJS module with `exports.default`: under Node ESM the default import is module.exports.
const logger = loggerModule.default;

/**
 * A file the reader refused (binary, over maxFileSize) fails the build whatever onLintIssue says:
 * publishing its page empty would tell visitors every item was dropped.
 */
export function failOnUnreadFiles(diagnostics: Diagnostic[], id: string): void {
  const unread = diagnostics.filter((d) => NOT_READ_RULES.has(d.rule));
  if (unread.length === 0) return;
  const tooLarge = unread.some((d) => d.rule === 'file-too-large');
  throw new Error(
    `Roadmark (${id}): ${unread.length === 1 ? 'a roadmap file was' : `${unread.length} roadmap files were`} not read:\n${unread.map((d) => formatDiagnostic(d)).join('\n')}` +
      (tooLarge ? `\nRaise the plugin's "maxFileSize" option (bytes) or exclude the file with "exclude".` : `\nExclude the file with the plugin's "exclude" option.`),
  );
}

/**
 * Errors and warnings go out at `severity`; info messages are notes, shown only
 * when the site asked for plain logging. `throw` throws once, with every message.
 */
export function reportDiagnostics(diagnostics: Diagnostic[], severity: ReportingSeverity): void {
  if (severity === 'ignore') return;
  const shown = diagnostics.filter((d) => d.severity !== 'info' || severity === 'log');
  if (shown.length === 0) return;
  if (severity === 'throw') {
    logger.report('throw')(
      `Roadmark found ${shown.length} issue${shown.length === 1 ? '' : 's'} in roadmap files:\n${shown.map((d) => formatDiagnostic(d)).join('\n')}`,
    );
    return;
  }
  for (const d of shown) logger.report(severity)(formatDiagnostic(d));
}

/** One line for a frozen version's diagnostics (a snapshot or git revision cannot be fixed any more). */
export function reportVersionDiagnostics(label: string, diagnostics: Diagnostic[], severity: ReportingSeverity): void {
  if (severity === 'ignore') return;
  const shown = diagnostics.filter((d) => d.severity !== 'info');
  if (shown.length === 0) return;
  const files = Array.from(new Set(shown.map((d) => d.file ?? '<input>')));
  // Never 'throw' for history: a build must not fail on a file nobody can change.
  logger.report(severity === 'throw' ? 'warn' : severity)(
    `Roadmark: version ${label} has ${shown.length} issue${shown.length === 1 ? '' : 's'} in ${files.join(', ')} (first: ${formatDiagnostic(shown[0]!)}).`,
  );
}
