/**
 * Child processes: one-shot commands, and long-running servers that are always
 * killed (their whole process group) when the benchmark ends, fails or is interrupted.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import net from 'node:net';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Print the child's output live instead of collecting it. */
  inherit?: boolean;
}

const groups = new Set<ChildProcess>();

/** Signal the child's whole group; its leader may be gone while workers it started still run. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

let handlersInstalled = false;
/** Kill what is still running when this process exits for any reason. */
function installCleanup(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const child of groups) killGroup(child, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      for (const child of groups) killGroup(child, 'SIGKILL');
      process.exit(130);
    });
  }
}

/** Each child leads its own process group so that its own children (workers, bundlers) die with it. */
function start(command: string, args: readonly string[], options: RunOptions): ChildProcess {
  installCleanup();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env},
    stdio: options.inherit ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  groups.add(child);
  child.on('close', () => groups.delete(child));
  return child;
}

export function run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const began = process.hrtime.bigint();
  const child = start(command, args, options);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      // A finished command may leave grandchildren behind (e.g. worker pools): end them too.
      killGroup(child, 'SIGKILL');
      resolve({code, stdout, stderr, ms: Number(process.hrtime.bigint() - began) / 1e6});
    });
  });
}

export async function runOrThrow(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    const tail = (result.stderr || result.stdout).split('\n').slice(-30).join('\n');
    throw new Error(`${command} ${args.join(' ')} exited with ${result.code} in ${options.cwd}\n${tail}`);
  }
  return result;
}

export interface Server {
  readonly output: () => string;
  stop(): Promise<void>;
}

export function startServer(command: string, args: readonly string[], options: RunOptions): Server {
  const child = start(command, args, options);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    output: () => output,
    async stop() {
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      // Workers that ignored SIGTERM must not outlive the server.
      killGroup(child, 'SIGKILL');
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Poll until the URL answers 200 (the first dev compile can take a minute on 2 cores). */
export async function waitForUrl(url: string, timeoutMs: number, server?: Server): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${last})\n${server?.output().slice(-3000) ?? ''}`);
}
