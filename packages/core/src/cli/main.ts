/**
 * The `roadmark` command: parse, lint and diff roadmap files.
 * Errors the user can act on are one line on stderr; never a stack trace.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseRoadmap} from '../index.js';
import type {ParseOptions, Roadmap} from '../model.js';
import {formatDiagnostic, NOT_READ_RULES} from '../rules.js';
import {ConfigError, readParseConfig} from '../config.js';

const USAGE = `Usage:
  roadmark parse FILE [--config FILE]        the model as JSON
  roadmark lint FILE... [--config FILE] [--max-warnings N] [--format text|json]
                                             diagnostics; exit 1 on errors or more than N warnings
  roadmark diff OLD NEW [--json] [--config FILE]
                                             what changed between two versions
Exit codes: 0 fine, 1 lint found problems, 2 bad usage or a file that could not be read (missing,
binary, over maxFileSize), 3 an unexpected failure.`;

class UsageError extends Error {}

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    const {command, files, flags} = parseArgs(argv);
    const options = flags.config ? await loadConfig(path.resolve(io.cwd, flags.config)) : {};
    switch (command) {
      case 'parse': {
        if (files.length !== 1) throw new UsageError('parse takes exactly one FILE');
        const roadmap = await parseFile(files[0]!, options, io.cwd);
        io.stdout(`${JSON.stringify(roadmap, null, 2)}\n`);
        return notRead(roadmap, files[0]!, io) ? 2 : 0;
      }
      case 'lint': {
        if (files.length === 0) throw new UsageError('lint takes at least one FILE');
        let errors = 0;
        let warnings = 0;
        let unread = false;
        const results: LintResult[] = [];
        for (const file of files) {
          const roadmap = await parseFile(file, options, io.cwd);
          errors += roadmap.diagnostics.filter((d) => d.severity === 'error').length;
          warnings += roadmap.diagnostics.filter((d) => d.severity === 'warning').length;
          if (flags.format === 'json') results.push(lintResult(file, roadmap));
          else for (const diagnostic of roadmap.diagnostics) io.stdout(`${formatDiagnostic(diagnostic, file)}\n`);
          unread = notRead(roadmap, file, io) || unread;
        }
        if (flags.format === 'json') io.stdout(`${JSON.stringify(results, null, 2)}\n`);
        if (unread) return 2;
        if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) {
          io.stderr(`roadmark: ${warnings} warnings found (max-warnings ${flags.maxWarnings})\n`);
          return 1;
        }
        return errors > 0 ? 1 : 0;
      }
      case 'diff': {
        if (files.length !== 2) throw new UsageError('diff takes OLD and NEW');
        const {diffRoadmaps, formatDiff} = await import('../diff/index.js');
        const [before, after] = await Promise.all(files.map((file) => parseFile(file, options, io.cwd)));
        const diff = diffRoadmaps(before!, after!);
        if (flags.json) {
          const changes = diff.changes.map(({kind, id, before: b, after: a, ...rest}) => ({kind, id, before: b, after: a, ...rest}));
          io.stdout(`${JSON.stringify({summary: diff.summary, changes}, null, 2)}\n`);
        } else io.stdout(formatDiff(diff));
        return 0;
      }
      case 'help':
        io.stdout(`${USAGE}\n`);
        return 0;
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`roadmark: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`roadmark: ${error.message}\n`);
      return 2;
    }
    io.stderr(`roadmark: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    return 3;
  }
}

class InputError extends Error {}

/** A file the reader refused (binary, too large) says so on stderr; the command then exits 2. */
function notRead(roadmap: Roadmap, file: string, io: CliIO): boolean {
  const refusal = roadmap.diagnostics.find((d) => NOT_READ_RULES.has(d.rule));
  if (refusal) io.stderr(`roadmark: ${file}: ${refusal.message}\n`);
  return refusal !== undefined;
}

/** ESLint's JSON formatter shape, so CI tools that read it read this: severity 2 error, 1 warning, 0 info. */
interface LintResult {
  filePath: string;
  messages: {ruleId: string; severity: 0 | 1 | 2; message: string; line: number; column: number}[];
  errorCount: number;
  warningCount: number;
}

function lintResult(file: string, roadmap: Roadmap): LintResult {
  const level = {error: 2, warning: 1, info: 0} as const;
  const messages = roadmap.diagnostics.map((d) => ({ruleId: d.rule, severity: level[d.severity], message: d.message, line: d.line, column: d.column}));
  return {
    filePath: file,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
  };
}

interface Flags {
  config?: string;
  json?: boolean;
  maxWarnings?: number;
  format?: 'text' | 'json';
}

function parseArgs(argv: string[]): {command: string | undefined; files: string[]; flags: Flags} {
  const [command, ...rest] = argv;
  const files: string[] = [];
  const flags: Flags = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--config') {
      const value = rest[++i];
      if (!value) throw new UsageError('--config needs a FILE');
      flags.config = value;
    } else if (arg === '--max-warnings') {
      const value = rest[++i];
      if (!value || !/^\d+$/.test(value)) throw new UsageError('--max-warnings needs a whole number N');
      flags.maxWarnings = Number(value);
    } else if (arg === '--format') {
      const value = rest[++i];
      if (value !== 'text' && value !== 'json') throw new UsageError('--format takes "text" or "json"');
      flags.format = value;
    } else if (arg === '--json') flags.json = true;
    else if (arg === '--help' || arg === '-h') return {command: 'help', files: [], flags};
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  return {command: command === '--help' || command === '-h' ? 'help' : command, files, flags};
}

async function parseFile(file: string, options: ParseOptions, cwd: string): Promise<Roadmap> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.resolve(cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
    throw new InputError(`cannot read ${file}: ${reason}`);
  }
  return parseRoadmap(bytes, {...options, file});
}

async function loadConfig(file: string): Promise<ParseOptions> {
  let value: unknown;
  try {
    if (/\.(?:m?js|cjs)$/.test(file)) value = ((await import(pathToFileURL(file).href)) as {default: unknown}).default;
    else value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new InputError(`cannot read config ${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  try {
    const {maxFileSize, ...options} = readParseConfig(value);
    return maxFileSize === undefined ? options : {...options, maxBytes: maxFileSize};
  } catch (error) {
    if (error instanceof ConfigError) throw new InputError(`config ${file}: ${error.message}`);
    throw error;
  }
}
