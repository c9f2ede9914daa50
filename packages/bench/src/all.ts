/**
 * Every benchmark in order, each in its own process. A benchmark that crashes
 * is reported and the others still run; budgets never fail the run.
 *   pnpm bench
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import {machineLine} from './machine.js';
import {benchDir, tsxLoader} from './paths.js';
import {run} from './processes.js';
import {elapsedMs} from './stats.js';

const BENCHMARKS = [
  ['parse', 'src/parse.ts'],
  ['scale', 'src/scale.ts'],
  ['build cost per page', 'src/build-cost.ts'],
  ['page weight', 'src/page-weight.ts'],
  ['big page (2000 items in the browser)', 'src/big-page.ts'],
  ['dev reload', 'src/dev-reload.ts'],
] as const;

console.log(machineLine());
const crashed: string[] = [];
for (const [name, file] of BENCHMARKS) {
  console.log(`\n################ ${name}`);
  if (!existsSync(path.join(benchDir, file))) {
    console.log(`skipped: ${file} does not exist yet`);
    continue;
  }
  const start = process.hrtime.bigint();
  const result = await run(process.execPath, ['--import', tsxLoader, file], {cwd: benchDir, inherit: true});
  console.log(`(${name}: ${(elapsedMs(start) / 1000).toFixed(0)} s)`);
  if (result.code !== 0) crashed.push(`${name} (exit ${result.code})`);
}
if (crashed.length > 0) {
  console.log(`\nbenchmarks that crashed: ${crashed.join(', ')}`);
  process.exitCode = 1;
}
