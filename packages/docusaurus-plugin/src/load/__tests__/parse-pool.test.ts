/**
 * Parsing in worker threads (parse-pool.ts): the same bytes as in the build's own thread, in input
 * order, on the vendored real corpus; a worker that cannot start, dies or throws falls back to this
 * thread; `auto` starts no worker for small sites or on one core.
 */
import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {parseRoadmap} from '@roadmark/core';
import {AUTO_MAX_WORKERS, AUTO_MIN_BYTES, parseInWorkers, parseWorkerCount, type ParseJob} from '../parse-pool.js';
import {fakeContext, fixtures, runPlugin} from '../../__tests__/helpers.js';

const real = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../core/test/real');

/** Every vendored real file (corpus, seeds, unseen), with the options the plugin passes. */
function corpusJobs(): ParseJob[] {
  const jobs: ParseJob[] = [];
  for (const folder of ['corpus', 'seeds', 'unseen']) {
    for (const name of readdirSync(path.join(real, folder)).sort()) {
      if (!/\.(md|txt)$/.test(name) || /^(README|MANIFEST)/.test(name)) continue;
      const options = {file: `roadmap/${folder}/${name}`, fiscalYearStartMonth: 1, themes: {}, themeOrder: [], maxBytes: 4 * 1024 * 1024};
      jobs.push({bytes: new Uint8Array(readFileSync(path.join(real, folder, name))), options});
    }
  }
  return jobs;
}

const serialize = (roadmaps: unknown[]) => roadmaps.map((roadmap) => JSON.stringify(roadmap)).join('\n');
const inThisThread = (jobs: ParseJob[]) => serialize(jobs.map((job) => parseRoadmap(job.bytes, job.options)));

describe('parse workers', () => {
  const jobs = corpusJobs();
  const expected = inThisThread(jobs);

  test('the real corpus parses to the same bytes in workers as in this thread, in input order', async () => {
    assert.ok(jobs.length >= 40, `found the corpus (${jobs.length} files)`);
    for (const workers of [2, 3]) {
      const parsed = await parseInWorkers(jobs, workers);
      assert.equal(parsed.length, jobs.length);
      assert.equal(serialize(parsed.map((p) => p.roadmap)), expected, `${workers} workers`);
      // The cache gets the worker's own serialization: the same text.
      for (const [i, p] of parsed.entries()) assert.equal(p.json, JSON.stringify(p.roadmap), `json of file ${i}`);
    }
  });

  test('diagnostics keep their file, line and column across the worker boundary', async () => {
    const parsed = await parseInWorkers(jobs, 2);
    const diagnostics = parsed.flatMap((p) => p.roadmap.diagnostics);
    assert.ok(diagnostics.length > 0, 'the corpus has diagnostics');
    assert.ok(diagnostics.every((d) => typeof d.line === 'number' && typeof d.column === 'number'), 'every diagnostic has a position');
    const here = jobs.flatMap((job) => parseRoadmap(job.bytes, job.options).diagnostics);
    assert.deepEqual(diagnostics, here);
  });

  test('a worker that cannot be created: every file is parsed in this thread', async () => {
    const parsed = await parseInWorkers(jobs, 2, {
      createWorker: () => {
        throw new Error('no threads here');
      },
    });
    assert.equal(serialize(parsed.map((p) => p.roadmap)), expected);
  });

  test('a worker that fails while starting, or exits while parsing: the rest is parsed in this thread', async () => {
    const failing = () => new Worker('throw new Error("cannot start")', {eval: true});
    assert.equal(serialize((await parseInWorkers(jobs, 2, {createWorker: failing})).map((p) => p.roadmap)), expected);

    // One worker that cannot start and one that exits on the first file it gets.
    let made = 0;
    const mixed = () => {
      made += 1;
      if (made === 1) return failing();
      return new Worker(`require('node:worker_threads').parentPort.on('message', () => process.exit(3));`, {eval: true});
    };
    assert.equal(serialize((await parseInWorkers(jobs, 2, {createWorker: mixed})).map((p) => p.roadmap)), expected);
  });

  test('a worker that replies with an error: that file is parsed in this thread', async () => {
    const erring = () =>
      new Worker(`const {parentPort} = require('node:worker_threads'); parentPort.on('message', ({index}) => parentPort.postMessage({index, error: 'boom'}));`, {
        eval: true,
      });
    assert.equal(serialize((await parseInWorkers(jobs.slice(0, 5), 2, {createWorker: erring})).map((p) => p.roadmap)), inThisThread(jobs.slice(0, 5)));
  });

  test('a worker that hangs on a file is stopped: that file and the rest are parsed in this thread', {timeout: 30_000}, async () => {
    // One worker replies normally; the other never answers (as a parser stuck in a loop would).
    let made = 0;
    const hanging = () => {
      made += 1;
      if (made === 1) return new Worker(`require('node:worker_threads').parentPort.on('message', () => {});`, {eval: true});
      return new Worker(`const {parentPort} = require('node:worker_threads'); parentPort.on('message', ({index}) => parentPort.postMessage({index, error: 'not here'}));`, {eval: true});
    };
    const started = Date.now();
    const parsed = await parseInWorkers(jobs.slice(0, 6), 2, {createWorker: hanging, jobTimeoutMs: 300});
    assert.equal(serialize(parsed.map((p) => p.roadmap)), inThisThread(jobs.slice(0, 6)));
    assert.ok(Date.now() - started < 20_000, 'the hung worker did not hold the build');
  });

  test('git blobs (views into one bigger buffer) are sent as their own bytes', async () => {
    const whole = new Uint8Array(Buffer.concat(jobs.slice(0, 3).map((job) => Buffer.from(job.bytes))));
    let at = 0;
    const views = jobs.slice(0, 3).map((job) => {
      const bytes = whole.subarray(at, at + job.bytes.byteLength);
      at += job.bytes.byteLength;
      return {bytes, options: job.options};
    });
    assert.equal(serialize((await parseInWorkers(views, 2)).map((p) => p.roadmap)), inThisThread(jobs.slice(0, 3)));
  });
});

describe('how many workers', () => {
  const big = AUTO_MIN_BYTES * 8;
  test('one file, or 0 / 1: no worker', () => {
    assert.equal(parseWorkerCount('auto', 1, big, 16), 0);
    assert.equal(parseWorkerCount(4, 1, big, 16), 0);
    assert.equal(parseWorkerCount(0, 100, big, 16), 0);
    assert.equal(parseWorkerCount(1, 100, big, 16), 0);
  });
  test('auto: none on one core or for a small site; one per core, capped, on a big one', () => {
    assert.equal(parseWorkerCount('auto', 100, big, 1), 0);
    assert.equal(parseWorkerCount('auto', 3, big, 4), 0);
    assert.equal(parseWorkerCount('auto', 100, AUTO_MIN_BYTES - 1, 4), 0);
    assert.equal(parseWorkerCount('auto', 100, big, 2), 2);
    assert.equal(parseWorkerCount('auto', 100, big * 100, 64), AUTO_MAX_WORKERS);
  });
  test('a number: that many at most, never more than the files', () => {
    assert.equal(parseWorkerCount(3, 100, 10, 1), 3);
    assert.equal(parseWorkerCount(8, 5, 10, 2), 5);
  });
});

test('the plugin writes the same data with parseWorkers 2 as with 0 (versioned fixture)', async () => {
  const inProcess = await runPlugin(fakeContext(path.join(fixtures, 'versioned-site')), {parseWorkers: 0});
  const inWorkers = await runPlugin(fakeContext(path.join(fixtures, 'versioned-site')), {parseWorkers: 2});
  assert.deepEqual(inWorkers.data, inProcess.data);
  assert.equal(JSON.stringify(inWorkers.content), JSON.stringify(inProcess.content));
});
