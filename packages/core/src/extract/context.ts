/** Shared state of one document read: options, definitions, diagnostics. */
import type {Diagnostic, Severity} from '../model.js';
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
}

export function report(ctx: ReadContext, line: number, column: number, severity: Severity, message: string, rule: string): void {
  ctx.diagnostics.push({line: Math.max(1, line), column: Math.max(1, column), severity, message, rule});
}
