/** Diagnostics → Docusaurus logger, at the severity the site chose (`onLintIssue`). */
import loggerModule from '@docusaurus/logger';
import type {Diagnostic} from '@roadmark/core';
import type {ReportingSeverity} from './options.js';

// A CommonJS module with `exports.default`: under Node ESM the default import is module.exports.
const logger = loggerModule.default;

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file ?? '<input>'}:${d.line}:${d.column} ${d.message} [${d.rule}]`;
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
      `Roadmark found ${shown.length} issue${shown.length === 1 ? '' : 's'} in roadmap files:\n${shown.map(formatDiagnostic).join('\n')}`,
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
  const files = [...new Set(shown.map((d) => d.file ?? '<input>'))];
  // Never 'throw' for history: a build must not fail on a file nobody can change.
  logger.report(severity === 'throw' ? 'warn' : severity)(
    `Roadmark: version ${label} has ${shown.length} issue${shown.length === 1 ? '' : 's'} in ${files.join(', ')} (first: ${formatDiagnostic(shown[0]!)}).`,
  );
}
