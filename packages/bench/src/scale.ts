/**
 * Benchmark (not a test): the plugin's loadContent + contentLoaded on one
 * roadmap with 10, 30 and 100 versions of ~300 items (plus one unversioned
 * roadmap as a baseline), each size in a fresh child process.
 * Budget: 100 versions × 300 items under 3 s, and linear growth.
 *   pnpm bench:scale [--sizes 10,30,100] [--items 300] [--runs 3] [--profile] [--parse-workers 0|N|auto]
 * Each size runs --runs times (a fresh process each); the run with the median total is reported.
 * Each versioned size is measured twice: cold (an empty generated folder, as a first build or a
 * CI machine without a cache) and warm (the plugin's parse cache left by one earlier build, as
 * every later build and the dev server).
 * --profile writes a CPU profile of the largest size and prints where its time goes.
 */
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {summarizeProfile} from './cpu-profile.js';
import {printHeader} from './machine.js';
import {benchDir, tsxLoader} from './paths.js';
import {ensureBuilt} from './prepare.js';
import {runOrThrow} from './processes.js';
import type {ScaleResult} from './scale-child.js';
import {mb, verdict} from './stats.js';
import {roadmapHistory, writeVersionedSite} from './synth/versioned-site.js';
import {formatTable} from './table.js';
import {flagValue} from './args.js';

const BUDGET_MS = 3000;
const SEED = 20_251;

const sizes = (flagValue('--sizes') ?? '10,30,100').split(',').map(Number).filter((n) => n >= 1);
const items = Number(flagValue('--items') ?? 300);
const runs = Math.max(1, Number(flagValue('--runs') ?? 3));
const profile = process.argv.includes('--profile');
// The plugin's parseWorkers option for every measured build: 0 parses on the main thread, as before
// worker threads; unset keeps the plugin's default ('auto').
const parseWorkers = flagValue('--parse-workers');

interface Row {
  label: string;
  versions: number;
  files: number;
  sourceBytes: number;
  result: ScaleResult;
}

async function measureSite(siteDir: string, profileDir: string | null, generatedDir?: string): Promise<ScaleResult> {
  const args = ['--expose-gc', '--import', tsxLoader];
  if (profileDir) args.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`);
  const child = [path.join(benchDir, 'src/scale-child.ts'), siteDir, ...(generatedDir ? [generatedDir] : [])];
  const env = parseWorkers === undefined ? {} : {ROADMARK_BENCH_PARSE_WORKERS: parseWorkers};
  const {stdout} = await runOrThrow(process.execPath, [...args, ...child], {cwd: benchDir, env});
  const line = stdout.split('\n').find((l) => l.startsWith('SCALE_RESULT '));
  if (!line) throw new Error(`scale-child printed no result:\n${stdout}`);
  return JSON.parse(line.slice('SCALE_RESULT '.length)) as ScaleResult;
}

function printGrowth(all: Row[]): void {
  for (const kind of ['cold', 'warm']) {
    const rows = all.filter((row) => row.label.endsWith(kind));
    console.log(`\ngrowth, ${kind} (loadContent + contentLoaded):`);
    printGrowthOf(rows);
  }
}

function printGrowthOf(rows: Row[]): void {
  const versioned = rows.filter((row) => row.versions > 1);
  if (versioned.length < 2) return;
  let linear = true;
  for (let i = 1; i < versioned.length; i++) {
    const a = versioned[i - 1]!;
    const b = versioned[i]!;
    const size = b.versions / a.versions;
    const factor = (b.result.loadMs + b.result.contentLoadedMs) / (a.result.loadMs + a.result.contentLoadedMs);
    const cpuFactor = b.result.cpuMs / a.result.cpuMs;
    // Judged on CPU time, which waiting for a core on a shared machine does not inflate; per-version
    // cost may rise 25% between sizes before we call it superlinear.
    const perVersion = cpuFactor / size;
    if (perVersion > 1.25) linear = false;
    console.log(
      `  ${a.versions} → ${b.versions} versions (×${size.toFixed(2)}): wall time ×${factor.toFixed(2)}, CPU time ×${cpuFactor.toFixed(2)}, routes ×${(b.result.routes / a.result.routes).toFixed(2)}, data ×${(b.result.dataBytes / a.result.dataBytes).toFixed(2)}, per-version CPU cost ×${perVersion.toFixed(2)}`,
    );
  }
  const routesGrow = versioned[versioned.length - 1]!.result.routes > versioned[0]!.result.routes;
  const loadsVersions = versioned[versioned.length - 1]!.result.roadmapsLoaded > 1;
  if (!loadsVersions && !routesGrow) {
    console.log('growth: the plugin loaded 1 roadmap and added the same routes at every size: it ignores the versioned folders, so this run says nothing about growth yet.');
  } else {
    console.log(`growth: ${linear ? 'linear (per-version CPU cost within +25% across sizes)' : 'SUPERLINEAR (per-version CPU cost rises with the number of versions)'}`);
  }
}

async function main(): Promise<void> {
  printHeader('scale: plugin loadContent + contentLoaded with versions', `${BUDGET_MS} ms for 100 versions × ${items} items; linear growth`);
  await ensureBuilt();
  const largest = Math.max(...sizes);
  const texts = roadmapHistory(largest, items, SEED);
  const root = mkdtempSync(path.join(os.tmpdir(), 'roadmark-bench-scale-'));
  const rows: Row[] = [];
  try {
    const plan = [
      {label: 'baseline (no versions)', versions: 1, warm: false},
      ...sizes.flatMap((versions) => [
        {label: `${versions} versions, cold`, versions, warm: false},
        {label: `${versions} versions, warm`, versions, warm: true},
      ]),
    ];
    for (const {label, versions, warm} of plan) {
      const siteDir = path.join(root, `site-${versions}-${rows.length}`);
      const site = writeVersionedSite(siteDir, texts.slice(0, versions));
      const profileDir = profile && versions === largest && label !== plan[0]!.label && !warm ? path.join(root, 'profile') : null;
      // Warm: one untimed build fills the generated folder that the timed runs then share.
      const generatedDir = warm ? path.join(root, `generated-${versions}`) : undefined;
      if (generatedDir) await measureSite(siteDir, null, generatedDir);
      const results: ScaleResult[] = [];
      for (let run = 0; run < runs; run++) results.push(await measureSite(siteDir, run === 0 ? profileDir : null, generatedDir));
      const total = (r: ScaleResult) => r.loadMs + r.contentLoadedMs;
      const result = [...results].sort((a, b) => total(a) - total(b))[Math.floor(results.length / 2)]!;
      rows.push({label, versions, files: site.files, sourceBytes: site.bytes, result});
      console.log(`  measured ${label}: total ms per run ${results.map((r) => total(r).toFixed(0)).join(', ')}`);
    }
    console.log(`\n${items} items per version (seed ${SEED}); "versions" counts roadmap files: the current one + released ones; median of ${runs} run(s).`);
    console.log(
      formatTable(
        ['size', 'versions', 'items', 'files', 'source MB', 'roadmaps loaded', 'items loaded', 'load ms', 'contentLoaded ms', 'total ms', 'CPU ms', 'other ms', 'routes', 'data files', 'data MB', 'props KB', 'peak RSS MB', 'heap MB', 'ms/version'],
        rows.map(({label, versions, files, sourceBytes, result: r}) => {
          const total = r.loadMs + r.contentLoadedMs;
          return [
            label, String(versions), String(items), String(files), mb(sourceBytes).toFixed(2), String(r.roadmapsLoaded), String(r.itemsLoaded),
            r.loadMs.toFixed(0), r.contentLoadedMs.toFixed(0), total.toFixed(0), r.cpuMs.toFixed(0), r.otherMs.toFixed(0), String(r.routes),
            String(r.dataFiles), mb(r.dataBytes).toFixed(2), (r.propsBytes / 1024).toFixed(1), mb(r.peakRssBytes).toFixed(0),
            r.heapAfterGcBytes === null ? '-' : mb(r.heapAfterGcBytes).toFixed(1), (total / versions).toFixed(1),
          ];
        }),
      ),
    );
    console.log('total ms = loadContent + contentLoaded, wall time (the budget); CPU ms = the same on CPU time (all threads); other ms = translations + allContentLoaded (outside the budget); heap MB = heap used after a forced GC with the content alive.');
    printGrowth(rows);
    const biggest = rows[rows.length - 1]!;
    console.log(`\nroutes of the ${biggest.label} run by page component: ${Object.entries(biggest.result.routesByComponent).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c.replace('@theme/', '')} ${n}`).join(', ')}`);
    console.log(`data of the ${biggest.label} run by createData file kind:`);
    console.log(
      formatTable(
        ['kind', 'files', 'MB', 'largest KB'],
        biggest.result.dataGroups.slice(0, 8).map((g) => [g.group, String(g.files), mb(g.bytes).toFixed(2), (g.largest / 1024).toFixed(0)]),
      ),
    );
    for (const hundred of rows.filter((row) => row.versions === 100)) {
      const total = hundred.result.loadMs + hundred.result.contentLoadedMs;
      console.log(`${hundred.label}: ${total.toFixed(0)} ms (budget ${BUDGET_MS} ms): ${verdict(total < BUDGET_MS)}`);
      if (total >= BUDGET_MS && !profile) console.log('(run with --profile to see which functions the time goes to)');
    }
    if (profile) {
      const profileDir = path.join(root, 'profile');
      const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
      if (file) {
        const summary = summarizeProfile(path.join(profileDir, file));
        console.log(`\nCPU profile of the ${largest}-version run (${summary.totalMs.toFixed(0)} ms sampled, whole child process):`);
        console.log('  by package:');
        for (const entry of summary.byPackage) console.log(`    ${entry.ms.toFixed(0).padStart(7)} ms  ${entry.name}`);
        console.log('  by function (self time):');
        for (const entry of summary.byFunction) console.log(`    ${entry.ms.toFixed(0).padStart(7)} ms  ${entry.name}`);
      }
    }
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
}

await main();
