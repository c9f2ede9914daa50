/** Median and spread of the repeated visits, printed as a plain table. */
import os from 'node:os';
import type {InteractionFigures, LoadFigures, Visit} from './measure.js';
import type {ProbeFrame} from './probe.js';

/** The budget: no task over 100 ms. */
export const TASK_BUDGET_MS = 100;

export function machine(): string {
  const cpus = os.cpus();
  const ram = (os.totalmem() / 1024 ** 3).toFixed(1);
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  return `machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length} cores, ${ram} GiB RAM, node ${process.version}, ${os.platform()} ${os.release()}, load ${load}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** "412 (380–455)": median and range over the visits. */
function spread(values: number[]): string {
  if (values.length === 1) return Math.round(values[0]!).toString();
  return `${Math.round(median(values))} (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;
}

function row(label: string, value: string, verdict = ''): string {
  return `  ${label.padEnd(38)} ${value.padStart(20)}${verdict ? `  ${verdict}` : ''}`;
}

function verdict(longestTasks: number[]): string {
  const worst = Math.max(...longestTasks);
  return worst > TASK_BUDGET_MS ? `over budget (> ${TASK_BUDGET_MS} ms)` : 'within budget';
}

/** "312 ms: scripts 280 (/assets/js/main.js 270), style+layout 20, other 12" */
function describeFrame(frame: ProbeFrame | null): string {
  if (!frame) return 'none over 50 ms';
  const scripts = frame.scripts.length ? ` (${frame.scripts.slice(0, 3).map((s) => `${s.source || 'inline'} ${s.duration}`).join(', ')})` : '';
  const other = Math.max(0, frame.duration - frame.script - frame.render);
  return `${Math.round(frame.duration)} ms: scripts ${Math.round(frame.script)}${scripts}, rendering ${Math.round(frame.render)} (style+layout ${Math.round(frame.layout)}), parsing/other tasks ${Math.round(other)}`;
}

function worstOf(frames: (ProbeFrame | null)[]): ProbeFrame | null {
  return frames.reduce<ProbeFrame | null>((max, f) => (f && (!max || f.duration > max.duration) ? f : max), null);
}

export function printVisits(title: string, visits: Visit[]): void {
  const load = (key: Exclude<keyof LoadFigures, 'worstFrame'>) => visits.map((v) => v.load[key]);
  console.log(`\n${title}: ${visits.length} visit(s); ms, median (min–max)`);
  console.log(row('HTML bytes', spread(load('htmlBytes'))));
  console.log(row('DOM elements after settling', spread(load('domNodes'))));
  console.log(row('item elements in DOM / shown', `${spread(load('itemsInDom'))} / ${spread(load('itemsShown'))}`));
  console.log(row('first contentful paint', spread(load('fcp'))));
  console.log(row('largest contentful paint', spread(load('lcp'))));
  console.log(row('hydrated (interactive timeline)', spread(load('hydrated'))));
  console.log(row('settled (last task / DOM change)', spread(load('settled'))));
  console.log(row('long tasks during load', spread(load('tasks'))));
  console.log(row('total blocking time', spread(load('tbt'))));
  console.log(row('longest task during load', spread(load('longestTask')), verdict(load('longestTask'))));
  console.log(row('longest rendering step during load', spread(load('longestRender')), verdict(load('longestRender'))));
  console.log(row('longest animation frame during load', spread(load('longestFrame'))));
  console.log(`    worst frame: ${describeFrame(worstOf(visits.map((v) => v.load.worstFrame)))}`);
  printInteractions(visits.map((v) => v.interactions));
}

/** Each interaction's figures over the visits (`runs[visit][interaction]`). */
export function printInteractions(runs: InteractionFigures[][]): void {
  const names = runs[0]?.map((i) => i.name) ?? [];
  for (const name of names) {
    const figures = runs.map((run) => run.find((i) => i.name === name)!);
    const of = (key: 'longestTask' | 'tbt' | 'inputToPaint' | 'settled' | 'longestRender' | 'longestFrame') => figures.map((f) => f[key]);
    console.log(`  ${name}`);
    console.log(row('  longest task', spread(of('longestTask')), verdict(of('longestTask'))));
    console.log(row('  total blocking time', spread(of('tbt'))));
    console.log(row('  longest rendering step', spread(of('longestRender')), verdict(of('longestRender'))));
    console.log(row('  longest animation frame', spread(of('longestFrame'))));
    if (Math.max(...of('longestFrame')) > TASK_BUDGET_MS) console.log(`      worst frame: ${describeFrame(worstOf(figures.map((f) => f.worstFrame)))}`);
    console.log(row('  input → next paint (event timing)', spread(of('inputToPaint'))));
    console.log(row('  settled after', spread(of('settled'))));
  }
}
