/** Summarize a V8 .cpuprofile (node --cpu-prof): self time per function and per package. */
import {readFileSync} from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: {functionName: string; url: string; lineNumber: number};
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
}

/** Which package a frame belongs to: "@roadmark/core", "micromark", "node:internal" … */
function owner(url: string): string {
  if (url === '') return '(native/gc)';
  if (url.startsWith('node:')) return 'node internals';
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm) return pnpm[1]!;
  const plain = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (plain) return plain[1]!;
  if (url.includes('/packages/core/')) return '@roadmark/core';
  if (url.includes('/packages/docusaurus-plugin/')) return 'docusaurus-plugin-roadmark';
  return url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

export function summarizeProfile(file: string, top = 12): {byFunction: SelfTime[]; byPackage: SelfTime[]; totalMs: number} {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, index) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    total += us;
    const pkg = owner(frame.url);
    const name = `${frame.functionName || '(anonymous)'} [${pkg}${frame.url ? `:${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : ''}]`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  }
  const sorted = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({name, ms: us / 1000}));
  return {byFunction: sorted(byFunction), byPackage: sorted(byPackage), totalMs: total / 1000};
}
