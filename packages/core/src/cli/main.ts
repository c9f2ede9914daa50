/**
 * The `roadmark` command: parse, lint and diff roadmap files.
 * Errors the user can act on are one line on stderr; never a stack trace.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseRoadmap} from '../index.js';
import type {ParseOptions, Roadmap} from '../model.js';
import {formatDiagnostic} from '../rules.js';
import {ConfigError, readParseConfig} from '../config.js';

const USAGE = `Usage:
  roadmark parse FILE [--config FILE]        the model as JSON
  roadmark lint FILE... [--config FILE]      diagnostics, exit 1 on errors
  roadmark diff OLD NEW [--json] [--config FILE]
                                             what changed between two versions`;

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
        return 0;
      }
      case 'lint': {
        if (files.length === 0) throw new UsageError('lint takes at least one FILE');
        let errors = 0;
        for (const file of files) {
          const roadmap = await parseFile(file, options, io.cwd);
          errors += roadmap.diagnostics.filter((d) => d.severity === 'error').length;
          for (const diagnostic of roadmap.diagnostics) io.stdout(`${formatDiagnostic(diagnostic, file)}\n`);
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

function parseArgs(argv: string[]): {command: string | undefined; files: string[]; flags: {config?: string; json?: boolean}} {
  const [command, ...rest] = argv;
  const files: string[] = [];
  const flags: {config?: string; json?: boolean} = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--config') {
      const value = rest[++i];
      if (!value) throw new UsageError('--config needs a FILE');
      flags.config = value;
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
