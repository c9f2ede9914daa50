import type {Diagnostic} from '../model.js';

/** `path:line:column  severity  message  rule`, one line per diagnostic. */
export function formatLint(file: string, diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  ${d.rule}\n`).join('');
}
