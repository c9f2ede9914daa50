/**
 * Benchmark (not a test): how long `docusaurus start` takes to show an edit
 * of a roadmap file. A small generated site runs in dev mode with a timeline
 * page open in Chromium; a new item with a unique title is written into the
 * roadmap file, and we time until the plugin's data file holds it (server side)
 * and until the open page's DOM shows it (hot update or reload). 5 edits.
 * Budget: < 1.5 s from write to DOM (median).
 *   pnpm bench:reload [--edits 5] [--items 30]
 */
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Browser, Page} from '@playwright/test';
import {launchChromium} from './browser.js';
import {printHeader} from './machine.js';
import {ensureBuilt} from './prepare.js';
import {roadmapFiles} from './site/roadmap-files.js';
import {startDocusaurus, type RunningSite} from './site/serve.js';
import {writeSite} from './site/write-site.js';
import {elapsedMs, median, verdict} from './stats.js';
import {formatTable} from './table.js';
import {numberFlag} from './args.js';

const BUDGET_MS = 1500;
const TIMEOUT_MS = 60_000;
const SEED = 1618;

const edits = numberFlag('--edits', 5);
const items = numberFlag('--items', 30);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The markdown with one more item at the top of the first period section. */
function withNewItem(markdown: string, title: string): string {
  const lines = markdown.split('\n');
  const heading = lines.findIndex((line) => line.startsWith('### '));
  lines.splice(heading + 2, 0, `- [ ] ${title} @alice`);
  return lines.join('\n');
}

/** Does any file the plugin wrote with createData mention the title yet? */
function dataHas(siteDir: string, title: string): boolean {
  const dir = path.join(siteDir, '.docusaurus', 'docusaurus-plugin-roadmark');
  const walk = (at: string): boolean => {
    let entries;
    try {
      entries = readdirSync(at, {withFileTypes: true});
    } catch {
      return false;
    }
    return entries.some((entry) => {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) return walk(full);
      try {
        return readFileSync(full, 'utf8').includes(title);
      } catch {
        return false; // being rewritten
      }
    });
  };
  return walk(dir);
}

async function domHas(page: Page, title: string): Promise<boolean> {
  try {
    return await page.evaluate((t) => document.body?.textContent?.includes(t) ?? false, title);
  } catch {
    return false; // the page is navigating (full reload)
  }
}

interface Edit {
  dataMs: number | null;
  domMs: number | null;
  how: string;
}

async function measureEdit(page: Page, siteDir: string, file: string, markdown: string, title: string): Promise<Edit> {
  // A marker on window survives a hot update, not a full reload.
  await page.evaluate(() => ((window as unknown as {benchMarker: boolean}).benchMarker = true));
  const start = process.hrtime.bigint();
  writeFileSync(file, withNewItem(markdown, title));
  let dataMs: number | null = null;
  let domMs: number | null = null;
  while (elapsedMs(start) < TIMEOUT_MS && domMs === null) {
    if (dataMs === null && dataHas(siteDir, title)) dataMs = elapsedMs(start);
    if (await domHas(page, title)) domMs = elapsedMs(start);
    else await sleep(20);
  }
  if (dataMs === null && dataHas(siteDir, title)) dataMs = elapsedMs(start);
  const kept = await page
    .evaluate(() => (window as unknown as {benchMarker?: boolean}).benchMarker === true)
    .catch(() => false);
  return {dataMs, domMs, how: domMs === null ? 'timed out' : kept ? 'hot update' : 'full reload'};
}

async function main(): Promise<void> {
  printHeader('dev reload: roadmap edit → visible in `docusaurus start`', `median < ${BUDGET_MS} ms from write to DOM`);
  await ensureBuilt();
  const [roadmap] = roadmapFiles(1, items, SEED);
  const root = mkdtempSync(path.join(os.tmpdir(), 'roadmark-bench-reload-'));
  const siteDir = path.join(root, 'site');
  const file = path.join(siteDir, 'roadmap', `${roadmap!.name}.md`);
  let site: RunningSite | null = null;
  let browser: Browser | null = null;
  try {
    writeSite(siteDir, {roadmark: true, roadmaps: [roadmap!], docs: []});
    const pagePath = `/roadmap/${roadmap!.name}`;
    const started = process.hrtime.bigint();
    site = await startDocusaurus('start', siteDir, pagePath, 300_000);
    console.log(`dev server answered ${pagePath} after ${elapsedMs(started).toFixed(0)} ms`);
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(`${site.origin}${pagePath}`);
    await page.waitForSelector('[data-testid="roadmap-item"]', {timeout: TIMEOUT_MS});
    console.log(`timeline page rendered after ${elapsedMs(started).toFixed(0)} ms`);

    let markdown = roadmap!.markdown;
    const results: Edit[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      const title = `Reload probe ${edit} for the dev server`;
      const result = await measureEdit(page, siteDir, file, markdown, title);
      results.push(result);
      markdown = withNewItem(markdown, title);
      console.log(`  edit ${edit}: data ${result.dataMs?.toFixed(0) ?? '-'} ms, DOM ${result.domMs?.toFixed(0) ?? '-'} ms (${result.how})`);
      if (result.domMs === null) console.log(`    dev server output (tail):\n${site.server.output().slice(-1500).replace(/^/gm, '    | ')}`);
      // Let the server settle (watchers, a second compile) before the next edit.
      await sleep(2000);
    }
    const dom = results.map((r) => r.domMs).filter((ms): ms is number => ms !== null);
    const data = results.map((r) => r.dataMs).filter((ms): ms is number => ms !== null);
    console.log(
      `\n${formatTable(
        ['edit', 'data written ms', 'in DOM ms', 'how'],
        results.map((r, i) => [String(i + 1), r.dataMs?.toFixed(0) ?? '-', r.domMs?.toFixed(0) ?? 'timeout', r.how]),
      )}`,
    );
    console.log('data written = a createData file of the plugin holds the new title (server side: watcher + loadContent + contentLoaded); in DOM = the open page shows it.');
    const medianDom = dom.length === results.length ? median(dom) : Number.POSITIVE_INFINITY;
    console.log(`median: data ${median(data).toFixed(0)} ms, DOM ${Number.isFinite(medianDom) ? medianDom.toFixed(0) : 'timeout'} ms (budget < ${BUDGET_MS} ms): ${verdict(medianDom < BUDGET_MS)}`);
  } finally {
    await browser?.close();
    await site?.server.stop();
    rmSync(root, {recursive: true, force: true});
  }
}

await main();
