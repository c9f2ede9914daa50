/**
 * Benchmark (not a test): runs packages/core/bench/parse.ts (Roadmark's
 * parse + normalize vs bare remark-parse + remark-gfm on the corpus) in its own process.
 * Budget (printed by that script): ratio ≤ 1.2.
 *   pnpm bench:parse [--rounds N]
 */
import path from 'node:path';
import {printHeader} from './machine.js';
import {coreDir, tsxLoader} from './paths.js';
import {ensureBuilt} from './prepare.js';
import {run} from './processes.js';

printHeader('parse: roadmark parse + normalize vs bare remark-parse + remark-gfm', 'ratio ≤ 1.2 (judged by packages/core/bench/parse.ts)');
await ensureBuilt();
const result = await run(
  process.execPath,
  ['--import', tsxLoader, path.join(coreDir, 'bench/parse.ts'), ...process.argv.slice(2)],
  {cwd: coreDir, inherit: true},
);
if (result.code !== 0) {
  console.log(`packages/core/bench/parse.ts exited with ${result.code}`);
  process.exitCode = 1;
}
