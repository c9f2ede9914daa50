/**
 * Where parseRoadmap spends its time (not a test): CPU-profiles parseRoadmap over every corpus and seed
 * file and prints the share of the markdown parse, of Roadmark's own work after it, and the top functions
 * by self time.
 *   node --import tsx bench/profile.ts [--rounds N] [--top N]
 */
import {readdirSync, readFileSync} from 'node:fs';
import {Session} from 'node:inspector/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseRoadmap} from '../lib/index.js';

interface ProfileNode {
  id: number;
  callFrame: {functionName: string; url: string; lineNumber: number};
  children?: number[];
}

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared');
const texts = [
  ...readdirSync(path.join(shared, 'corpus')).filter((f) => f.endsWith('.md')).map((f) => path.join(shared, 'corpus', f)),
  ...readdirSync(path.join(shared, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => path.join(shared, 'seeds', f)),
].map((file) => readFileSync(file, 'utf8'));

for (let i = 0; i < 5; i++) for (const text of texts) parseRoadmap(text);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', {interval: 100});
await session.post('Profiler.start');
for (let i = 0; i < arg('--rounds', 30); i++) for (const text of texts) parseRoadmap(text);
const {profile} = (await session.post('Profiler.stop')) as {profile: {nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]}};
session.disconnect();

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
/** Short name of where a function lives: a package of node_modules, or a path under packages/core. */
const where = (url: string) =>
  /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? url.replace(/^.*\/packages\/core\//, '');

let total = 0;
const inside = {parseRoadmap: 0, parseMarkdown: 0, gc: 0};
const self = new Map<string, number>();
profile.samples.forEach((id, index) => {
  const us = profile.timeDeltas[index] ?? 0;
  const frame = nodes.get(id)!.callFrame;
  if (frame.functionName === '(idle)' || frame.functionName === '(program)') return;
  total += us;
  if (frame.functionName === '(garbage collector)') inside.gc += us;
  const name = `${frame.functionName || '(anonymous)'} ${frame.url ? `${where(frame.url)}:${frame.lineNumber + 1}` : ''}`;
  self.set(name, (self.get(name) ?? 0) + us);
  const stack = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) stack.add(nodes.get(at)!.callFrame.functionName);
  if (stack.has('parseRoadmap')) inside.parseRoadmap += us;
  if (stack.has('parseMarkdown')) inside.parseMarkdown += us;
});

const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
console.log(`${texts.length} files, ${(total / 1000).toFixed(0)} ms sampled`);
console.log(`${pct(inside.parseMarkdown)}  markdown parse (remark-parse + gfm + frontmatter)`);
console.log(`${pct(inside.parseRoadmap - inside.parseMarkdown)}  Roadmark's own work (front matter, extraction, themes, ids, diagnostics)`);
console.log(`${pct(inside.gc)}  garbage collection (both)`);
console.log('top functions by self time:');
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, arg('--top', 25))) console.log(`${pct(us)}  ${name}`);
