/**
 * Benchmark (not a test): Roadmark's parse+normalize on every corpus file
 * beside bare remark-parse + remark-gfm on the same text, in one process.
 * Prints both throughputs and their ratio (budget: ratio <= 1.2).
 *   pnpm bench [--rounds N]
 */
import {readdirSync, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {parseRoadmap} from '../lib/index.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const shared = path.resolve(repo, '../shared');
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 15;

const files = [
  ...readdirSync(path.join(shared, 'corpus')).filter((f) => f.endsWith('.md')).map((f) => path.join(shared, 'corpus', f)),
  ...readdirSync(path.join(shared, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => path.join(shared, 'seeds', f)),
];
const texts = files.map((file) => readFileSync(file, 'utf8'));
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
const bare = unified().use(remarkParse).use(remarkGfm).freeze();

function time(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const runBare = () => { for (const text of texts) bare.parse(text); };
const runCore = () => { for (const text of texts) parseRoadmap(text); };

// Warm up both paths so the JIT has seen them before anything is measured.
for (let i = 0; i < 5; i++) { runBare(); runCore(); }
const bareTimes: number[] = [];
const coreTimes: number[] = [];
for (let i = 0; i < rounds; i++) {
  // Alternate the order so neither side always runs on a warmer cache.
  if (i % 2 === 0) { bareTimes.push(time(runBare)); coreTimes.push(time(runCore)); }
  else { coreTimes.push(time(runCore)); bareTimes.push(time(runBare)); }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const bareMs = median(bareTimes);
const coreMs = median(coreTimes);
const mbps = (ms: number) => (bytes / 1024 / 1024 / (ms / 1000)).toFixed(2);
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown'} x${os.cpus().length}, node ${process.version}`);
console.log(`corpus: ${files.length} files, ${(bytes / 1024).toFixed(1)} KiB, ${rounds} rounds (median)`);
console.log(`bare remark-parse+gfm   ${bareMs.toFixed(1).padStart(8)} ms   ${mbps(bareMs)} MiB/s`);
console.log(`roadmark parse+normalize ${coreMs.toFixed(1).padStart(7)} ms   ${mbps(coreMs)} MiB/s`);
console.log(`ratio ${(coreMs / bareMs).toFixed(3)} (budget <= 1.2)`);
