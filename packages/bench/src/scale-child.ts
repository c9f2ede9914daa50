/**
 * One scale measurement in a fresh process (so JIT state and heap start equal
 * for every size): load the plugin on a site directory, time loadContent and
 * contentLoaded, and print one JSON line prefixed with SCALE_RESULT.
 *   node --expose-gc --import tsx src/scale-child.ts <siteDir> [generatedFilesDir]
 * With a generatedFilesDir it is kept (a warm build: the plugin's parse cache from an earlier run stays).
 */
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import type {LoadedContent} from 'docusaurus-plugin-roadmark';
import {pluginPackageDir} from './paths.js';
import {countRoutes, createContext, createWritingActions, dataGroups, normalizeOptions, routesByComponent} from './plugin-harness.js';
import {elapsedMs} from './stats.js';

export interface ScaleResult {
  loadMs: number;
  contentLoadedMs: number;
  /** CPU time (user + system, all threads) of loadContent + contentLoaded: less sensitive to a busy machine than wall time. */
  cpuMs: number;
  /** getTranslationFiles + translateContent + allContentLoaded: outside the budget, reported for completeness. */
  otherMs: number;
  routes: number;
  /** Roadmap models found in the loaded content (1 when versions are ignored). */
  roadmapsLoaded: number;
  itemsLoaded: number;
  dataFiles: number;
  dataBytes: number;
  propsBytes: number;
  peakRssBytes: number;
  heapAfterGcBytes: number | null;
  /** Where the data bytes are: createData files grouped by kind, biggest first. */
  dataGroups: {group: string; files: number; bytes: number; largest: number}[];
  routesByComponent: Record<string, number>;
}

/** Every Roadmap model in the content, wherever the plugin keeps it (current file, versions …). */
function findRoadmaps(value: unknown, seen = new Set<object>(), found: {items: number}[] = []): {items: number}[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return found;
  seen.add(value);
  const record = value as Record<string, unknown>;
  const stats = record.stats as {items?: unknown} | undefined;
  if (Array.isArray(record.items) && Array.isArray(record.themes) && typeof stats?.items === 'number') {
    found.push({items: stats.items});
    return found;
  }
  for (const child of Array.isArray(value) ? value : Object.values(record)) findRoadmaps(child, seen, found);
  return found;
}

let retained: unknown;
const cpuSince = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};
const {default: pluginRoadmark} = (await import(
  pathToFileURL(path.join(pluginPackageDir, 'lib/index.js')).href
)) as typeof import('docusaurus-plugin-roadmark');

async function measure(siteDir: string, keptGeneratedDir: string | undefined): Promise<ScaleResult> {
  const generatedFilesDir = keptGeneratedDir ?? mkdtempSync(path.join(os.tmpdir(), 'roadmark-bench-generated-'));
  try {
    const context = createContext(siteDir, generatedFilesDir);
    // The parse cache follows the generated folder: kept for a warm run, fresh (cold) otherwise.
    const workers = process.env.ROADMARK_BENCH_PARSE_WORKERS;
    const parseWorkers = workers === undefined ? {} : {parseWorkers: workers === 'auto' ? ('auto' as const) : Number(workers)};
    const options = await normalizeOptions({
      onLintIssue: 'ignore',
      cacheDir: path.join(generatedFilesDir, 'parse-cache'),
      ...parseWorkers,
    });
    const plugin = await pluginRoadmark(context, options);

    let start = process.hrtime.bigint();
    let cpu = process.cpuUsage();
    let content = (await plugin.loadContent!()) as LoadedContent;
    const loadMs = elapsedMs(start);
    let cpuMs = cpuSince(cpu);

    start = process.hrtime.bigint();
    if (plugin.getTranslationFiles && plugin.translateContent) {
      const translationFiles = await plugin.getTranslationFiles({content});
      content = plugin.translateContent({content, translationFiles}) as LoadedContent;
    }
    let otherMs = elapsedMs(start);

    const fake = createWritingActions(path.join(generatedFilesDir, 'docusaurus-plugin-roadmark', options.id));
    start = process.hrtime.bigint();
    cpu = process.cpuUsage();
    await plugin.contentLoaded!({content, actions: fake.actions, allContent: {}} as never);
    const contentLoadedMs = elapsedMs(start);
    cpuMs += cpuSince(cpu);

    start = process.hrtime.bigint();
    await plugin.allContentLoaded?.({
      allContent: {'docusaurus-plugin-roadmark': {[options.id]: content}},
      actions: fake.actions,
    } as never);
    otherMs += elapsedMs(start);

    const roadmaps = findRoadmaps(content);
    const propsBytes =
      fake.routes.reduce((sum, route) => sum + Buffer.byteLength(JSON.stringify(route.props ?? {})), 0) +
      Buffer.byteLength(JSON.stringify(fake.getGlobalData() ?? null));
    // The heap is measured with the content still referenced, as Docusaurus keeps it during a build.
    retained = content;
    const gc = (globalThis as {gc?: () => void}).gc;
    let heapAfterGcBytes: number | null = null;
    if (gc) {
      gc();
      heapAfterGcBytes = process.memoryUsage().heapUsed;
    }
    const result: ScaleResult = {
      loadMs,
      contentLoadedMs,
      cpuMs,
      otherMs,
      routes: countRoutes(fake.routes),
      roadmapsLoaded: roadmaps.length,
      itemsLoaded: roadmaps.reduce((sum, r) => sum + r.items, 0),
      dataFiles: fake.written.files,
      dataBytes: fake.written.bytes,
      propsBytes,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      heapAfterGcBytes,
      dataGroups: dataGroups(fake.written.byName),
      routesByComponent: Object.fromEntries(routesByComponent(fake.routes)),
    };
    return result;
  } finally {
    if (!keptGeneratedDir) rmSync(generatedFilesDir, {recursive: true, force: true});
  }
}

const siteDir = process.argv[2];
if (!siteDir) throw new Error('usage: scale-child.ts <siteDir> [generatedFilesDir]');
console.log(`SCALE_RESULT ${JSON.stringify(await measure(siteDir, process.argv[3]))}`);
retained = null;
