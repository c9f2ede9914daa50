/**
 * Benchmark (not a test): Roadmark's parse+normalize on every corpus file
 * beside bare remark-parse + remark-gfm on the same text, in one process.
 * Prints both throughputs and their ratio (budget: ratio <= 1.2).
 *   pnpm bench [--rounds N]
 *
 * Each round runs the whole corpus once on each side, back to back, in
 * alternating order (so neither side always runs on a warmer cache or
 * inherits the other's garbage). A shared machine slows both sides of a round
 * alike, so the ratio is taken per round and its median reported; the spread
 * of the per-round ratios, the ratio of the fastest rounds, and the same
 * figures on process CPU time (which does not count time spent waiting for a
 * core) show how much load there was.
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
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 61;

const files = [
  ...readdirSync(path.join(shared, 'corpus')).filter((f) => f.endsWith('.md')).map((f) => path.join(shared, 'corpus', f)),
  ...readdirSync(path.join(shared, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => path.join(shared, 'seeds', f)),
];
const texts = files.map((file) => readFileSync(file, 'utf8'));
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
const bare = unified().use(remarkParse).use(remarkGfm).freeze();

interface Sample {
  wall: number;
  cpu: number;
}

function time(work: () => void): Sample {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  work();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  return {wall, cpu: (cpu.user + cpu.system) / 1e3};
}
const runBare = () => { for (const text of texts) bare.parse(text); };
const runCore = () => { for (const text of texts) parseRoadmap(text); };

// Warm up both paths so the JIT has seen them before anything is measured.
for (let i = 0; i < 5; i++) { runBare(); runCore(); }
const bareTimes: Sample[] = [];
const coreTimes: Sample[] = [];
for (let i = 0; i < rounds; i++) {
  if (i % 2 === 0) { bareTimes.push(time(runBare)); coreTimes.push(time(runCore)); }
  else { coreTimes.push(time(runCore)); bareTimes.push(time(runBare)); }
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const quantile = (values: number[], q: number) => sorted(values)[Math.min(values.length - 1, Math.floor(q * values.length))]!;
const median = (values: number[]) => quantile(values, 0.5);
const min = (values: number[]) => Math.min(...values);
const of = (samples: Sample[], key: keyof Sample) => samples.map((sample) => sample[key]);
const ratios = (key: keyof Sample) => coreTimes.map((core, i) => core[key] / bareTimes[i]![key]);

const mbps = (ms: number) => (bytes / 1024 / 1024 / (ms / 1000)).toFixed(2);
const ms = (value: number) => value.toFixed(1).padStart(8);
const row = (label: string, samples: Sample[]) => {
  const wall = of(samples, 'wall');
  const cpu = of(samples, 'cpu');
  return `${label.padEnd(25)}${ms(median(wall))} ms ${mbps(median(wall)).padStart(6)} MiB/s   min ${ms(min(wall))} ms   cpu median ${ms(median(cpu))} ms`;
};
const wallRatios = ratios('wall');
const cpuRatios = ratios('cpu');
const fixed = (value: number) => value.toFixed(3);
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown'} x${os.cpus().length}, node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`corpus: ${files.length} files, ${(bytes / 1024).toFixed(1)} KiB, ${rounds} rounds (alternating order; medians)`);
console.log(row('bare remark-parse+gfm', bareTimes));
console.log(row('roadmark parse+normalize', coreTimes));
console.log(`per-round ratio, wall: median ${fixed(median(wallRatios))} (quartiles ${fixed(quantile(wallRatios, 0.25))}–${fixed(quantile(wallRatios, 0.75))}); fastest rounds ${fixed(min(of(coreTimes, 'wall')) / min(of(bareTimes, 'wall')))}`);
console.log(`per-round ratio, cpu:  median ${fixed(median(cpuRatios))} (quartiles ${fixed(quantile(cpuRatios, 0.25))}–${fixed(quantile(cpuRatios, 0.75))}); fastest rounds ${fixed(min(of(coreTimes, 'cpu')) / min(of(bareTimes, 'cpu')))}`);
console.log(`ratio ${fixed(median(wallRatios))} (budget <= 1.2)`);
