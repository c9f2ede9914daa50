/**
 * Parsing roadmap files in worker threads: on a cold build with many versions the parser is most of
 * loadContent, and each file parses on its own, so the files are shared among a few workers, each of
 * which runs @roadmark/core's own `parseRoadmap` (core stays pure: the threads live here).
 *
 * Results come back by index, so the roadmaps are in input order whichever worker finished first, and
 * as JSON text: the model is plain JSON data (no class, no function, the same text the parse cache
 * keeps), so a roadmap from a worker equals one parsed here, diagnostics and positions included, and
 * JSON.parse here costs less than structured clone of the same object graph. A worker that cannot start, dies, or reports an error never fails the build: what it had
 * not returned is parsed in this thread (a real parser error then surfaces here, as it would without
 * workers), and `NODE_DEBUG=roadmark` says why. So does a worker that hangs: one that has not replied
 * JOB_TIMEOUT_MS after it got a file is stopped, and that file and the rest go to this thread.
 *
 * The worker's code is a small CommonJS script passed with `eval: true` that imports core's built entry
 * by its file URL: it needs no file of its own next to this module, so it starts the same from `lib/`
 * (an installed tarball) and from the TypeScript sources under tsx (tests), where a `.ts` worker file
 * could not be loaded (workers do not inherit tsx's hooks).
 */
import {createRequire} from 'node:module';
import os from 'node:os';
import {pathToFileURL} from 'node:url';
import {debuglog} from 'node:util';
import {Worker} from 'node:worker_threads';
import {parseRoadmap, type ParseOptions, type Roadmap} from '@roadmark/core';

const debug = debuglog('roadmark');

export interface ParseJob {
  bytes: Uint8Array;
  options: ParseOptions;
}

export interface ParsedJob {
  roadmap: Roadmap;
  /** `JSON.stringify(roadmap)` when a worker made it (for the parse cache), so this thread need not. */
  json?: string;
}

/** What `auto` needs before it starts workers: below this, starting them costs more than they save (see README of bench). */
export const AUTO_MIN_FILES = 4;
export const AUTO_MIN_BYTES = 256 * 1024;
/** Uncached bytes each `auto` worker should get at least, so that its start-up (~370 ms on 2 cores) pays. */
export const AUTO_BYTES_PER_WORKER = 128 * 1024;
/** `auto` never starts more workers than this, however many cores (each holds its own parser and heap). */
export const AUTO_MAX_WORKERS = 8;

export function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * How many workers to parse these files with; 0 means in this thread. `auto`: only on a machine with
 * more than one core and with enough uncached work (AUTO_MIN_FILES files and AUTO_MIN_BYTES bytes),
 * one worker per core up to AUTO_MAX_WORKERS and one per AUTO_BYTES_PER_WORKER bytes. A number: that
 * many workers at most (0 or 1: in this thread), never more than there are files.
 */
export function parseWorkerCount(setting: number | 'auto', files: number, bytes: number, cores = availableCores()): number {
  if (files < 2) return 0;
  if (setting !== 'auto') return setting <= 1 ? 0 : Math.min(setting, files);
  if (cores <= 1 || files < AUTO_MIN_FILES || bytes < AUTO_MIN_BYTES) return 0;
  const count = Math.min(cores, AUTO_MAX_WORKERS, files, Math.floor(bytes / AUTO_BYTES_PER_WORKER));
  return count >= 2 ? count : 0;
}

/** The worker: imports core, then parses each job it is sent and replies with the roadmap and its JSON. */
const WORKER_SOURCE = `'use strict';
const {parentPort, workerData} = require('node:worker_threads');
import(workerData.core).then(({parseRoadmap}) => {
  parentPort.on('message', ({index, bytes, options}) => {
    let reply;
    try {
      reply = {index, json: JSON.stringify(parseRoadmap(bytes, options))};
    } catch (error) {
      reply = {index, error: String((error && error.stack) || error)};
    }
    parentPort.postMessage(reply);
  });
  parentPort.postMessage({ready: true});
});
`;

type Reply = {ready: true} | {index: number; json: string} | {index: number; error: string};

/**
 * The parser allocates many short-lived objects: with V8's default young generation most of a worker's
 * time went to scavenges and promotions (on 2 cores, 2 workers parsed 100 files of 20 KB in 6.8–7.8 s
 * with the default, 5.5–5.9 s with 128 MB). A limit, not a reservation: a small parse never fills it.
 */
const WORKER_RESOURCE_LIMITS = {maxYoungGenerationSizeMb: 128};

let coreUrl: string | null = null;
/** The file URL of core's built entry, as this module resolves `@roadmark/core` (the same parser as in this thread). */
function coreEntryUrl(): string {
  return (coreUrl ??= pathToFileURL(createRequire(import.meta.url).resolve('@roadmark/core')).href);
}

/**
 * Structured clone copies a typed array's whole buffer: a file that is a view into a bigger one
 * (git blobs are slices of one `git cat-file --batch` output) is copied out first.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

/**
 * How long a worker may take over one file before it counts as hung. The largest file the parser takes
 * (maxFileSize, 4 MiB by default) parses in a few seconds on a slow machine; a minute is far past that.
 */
export const JOB_TIMEOUT_MS = 60_000;

export interface PoolHooks {
  /** Makes a worker; tests replace it to simulate a worker that cannot start. */
  createWorker?: () => Worker;
  /** JOB_TIMEOUT_MS unless set; tests shorten it to simulate a hung worker. */
  jobTimeoutMs?: number;
  /** Called with each roadmap as it is ready (after the worker got its next file), in no fixed order. */
  onResult?: (index: number, roadmap: Roadmap) => void;
}

/**
 * Parses every job, in `workers` threads; the result at index i is job i's. Whatever a worker does not
 * return (it could not start, crashed or threw) is parsed in this thread, so the results are always
 * complete and the same as `jobs.map((job) => parseRoadmap(job.bytes, job.options))`.
 */
export async function parseInWorkers(jobs: ParseJob[], workers: number, hooks: PoolHooks = {}): Promise<ParsedJob[]> {
  const results: (ParsedJob | undefined)[] = new Array(jobs.length);
  const leftOver: number[] = [];
  let next = 0;
  const started: Worker[] = [];
  const create = hooks.createWorker ?? (() => new Worker(WORKER_SOURCE, {eval: true, workerData: {core: coreEntryUrl()}, resourceLimits: WORKER_RESOURCE_LIMITS}));

  const jobTimeoutMs = hooks.jobTimeoutMs ?? JOB_TIMEOUT_MS;
  const runWorker = (worker: Worker, number: number) =>
    new Promise<void>((resolve) => {
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      const finish = (why: string | null) => {
        clearTimeout(timer);
        if (why !== null) {
          debug('parse worker %d: %s; parsing its files in the main thread', number, why);
          if (current >= 0) leftOver.push(current);
        }
        current = -1;
        worker.removeAllListeners();
        // An error after the last reply (or during exit) must not become an unhandled 'error' event.
        worker.on('error', () => undefined);
        resolve();
      };
      const send = () => {
        if (next >= jobs.length) return finish(null);
        current = next++;
        const {bytes, options} = jobs[current]!;
        worker.postMessage({index: current, bytes: ownBuffer(bytes), options});
        clearTimeout(timer);
        timer = setTimeout(() => {
          finish(`did not reply within ${jobTimeoutMs / 1000} s`);
          void worker.terminate().catch(() => undefined);
        }, jobTimeoutMs);
      };
      worker.on('message', (reply: Reply) => {
        if ('ready' in reply) return;
        if ('error' in reply) {
          debug('parse worker %d could not parse file %d: %s', number, reply.index, reply.error);
          leftOver.push(reply.index);
        } else {
          results[reply.index] = {roadmap: JSON.parse(reply.json) as Roadmap, json: reply.json};
        }
        current = -1;
        send();
        // After send(): the worker parses its next file meanwhile.
        if (!('error' in reply)) hooks.onResult?.(reply.index, results[reply.index]!.roadmap);
      });
      worker.on('error', (error) => finish(`failed (${error.message})`));
      worker.on('exit', (code) => finish(`exited with code ${code}`));
      worker.on('messageerror', (error) => finish(`sent a message that could not be read (${error.message})`));
      send();
    });

  const running: Promise<void>[] = [];
  for (let number = 0; number < workers; number++) {
    let worker: Worker;
    try {
      worker = create();
    } catch (error) {
      debug('parse worker %d could not start: %s; parsing in the main thread', number, error instanceof Error ? error.message : String(error));
      break;
    }
    started.push(worker);
    running.push(runWorker(worker, number));
  }
  await Promise.all(running);
  await Promise.all(started.map((worker) => worker.terminate().catch(() => undefined)));

  // Files no worker took (none could start) or returned, in input order.
  for (let index = next; index < jobs.length; index++) leftOver.push(index);
  leftOver.sort((a, b) => a - b);
  debug('parsed %d files in %d worker threads, %d in the main thread', jobs.length, started.length, leftOver.length);
  for (const index of leftOver) {
    const {bytes, options} = jobs[index]!;
    results[index] = {roadmap: parseRoadmap(bytes, options)};
    hooks.onResult?.(index, results[index]!.roadmap);
  }
  return results as ParsedJob[];
}
