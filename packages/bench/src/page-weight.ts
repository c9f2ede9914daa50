/**
 * Benchmark (not a test): JS + CSS a roadmap timeline page loads, against a
 * docs page carrying the same markdown, in one built site. Every JS and CSS
 * response is gzipped (zlib level 9) and summed per page.
 * Budget: the timeline page loads ≤ 20 KB gzip more than the docs page.
 * A second site without the plugin shows what the plugin adds to every page
 * (its share of the main bundle and the global stylesheet).
 *   pnpm bench:weight [--items 30]
 */
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Browser} from '@playwright/test';
import {launchChromium} from './browser.js';
import {printHeader} from './machine.js';
import {ensureBuilt} from './prepare.js';
import {buildSite} from './site/build-site.js';
import {roadmapFiles} from './site/roadmap-files.js';
import {startDocusaurus, type RunningSite} from './site/serve.js';
import {writeSite} from './site/write-site.js';
import {kb, verdict} from './stats.js';
import {formatTable} from './table.js';
import {numberFlag} from './args.js';

const BUDGET_KB = 20;
const GZIP_LEVEL = 9;
const SEED = 2718;
const items = numberFlag('--items', 30);

interface Asset {
  url: string;
  kind: 'js' | 'css';
  /** Playwright's resource type: "script"/"stylesheet" are executed; "other" is a <link rel=prefetch>. */
  resourceType: string;
  raw: number;
  gzip: number;
  body: Buffer;
}

function kindOf(url: string, contentType: string, resourceType: string): Asset['kind'] | null {
  const pathname = new URL(url).pathname;
  if (resourceType === 'script' || /javascript/.test(contentType) || pathname.endsWith('.js')) return 'js';
  if (resourceType === 'stylesheet' || /text\/css/.test(contentType) || pathname.endsWith('.css')) return 'css';
  return null;
}

async function loadPage(browser: Browser, url: string): Promise<Asset[]> {
  // A fresh context each time: nothing comes from the HTTP cache of the other page.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const pending: Promise<Asset | null>[] = [];
    page.on('response', (response) => {
      const request = response.request();
      const kind = kindOf(response.url(), response.headers()['content-type'] ?? '', request.resourceType());
      if (!kind || response.status() !== 200) return;
      pending.push(
        response.body().then(
          (body) => ({url: response.url(), kind, resourceType: request.resourceType(), raw: body.length, gzip: gzipSync(body, {level: GZIP_LEVEL}).length, body}),
          () => null,
        ),
      );
    });
    await page.goto(url, {waitUntil: 'networkidle'});
    // Let idle-time prefetches of in-viewport links finish too.
    await page.waitForTimeout(1000);
    const assets = (await Promise.all(pending)).filter((a): a is Asset => a !== null);
    // A route chunk is often fetched twice (run as a script, and prefetched for a link to the
    // same page): it counts once, as loaded, if any of its requests ran it.
    const byUrl = new Map<string, Asset>();
    for (const asset of assets) {
      const seen = byUrl.get(asset.url);
      if (!seen || (seen.resourceType === 'other' && asset.resourceType !== 'other')) byUrl.set(asset.url, asset);
    }
    return [...byUrl.values()];
  } finally {
    await context.close();
  }
}

/** What an extra chunk holds, guessed from its text: roadmap data or which theme components. */
function describe(asset: Asset): string {
  const text = asset.body.toString('utf8');
  const hints: string[] = [];
  if (text.includes('"pluginId"') && text.includes('"permalinks"')) hints.push('roadmap data (createData JSON)');
  const testIds = [...new Set(text.match(/roadmap-[a-z]+(?:-[a-z]+)*(?=["'])/g) ?? [])].slice(0, 4);
  if (testIds.length) hints.push(`components: ${testIds.join(', ')}`);
  if (asset.kind === 'css') hints.push('stylesheet');
  return hints.join('; ') || text.slice(0, 60).replace(/\s+/g, ' ');
}

const shortName = (url: string) => new URL(url).pathname;
const sum = (assets: Asset[], pick: (a: Asset) => number) => assets.reduce((total, a) => total + pick(a), 0);

function printPage(name: string, assets: Asset[]): void {
  const loaded = assets.filter((a) => a.resourceType !== 'other');
  const prefetched = assets.filter((a) => a.resourceType === 'other');
  console.log(
    `${name}: ${loaded.length} files loaded, JS ${kb(sum(loaded.filter((a) => a.kind === 'js'), (a) => a.gzip)).toFixed(1)} KB + CSS ${kb(sum(loaded.filter((a) => a.kind === 'css'), (a) => a.gzip)).toFixed(1)} KB gzip = ${kb(sum(loaded, (a) => a.gzip)).toFixed(1)} KB gzip (${kb(sum(loaded, (a) => a.raw)).toFixed(1)} KB raw); prefetched for links, not run: ${prefetched.length} files, ${kb(sum(prefetched, (a) => a.gzip)).toFixed(1)} KB gzip`,
  );
}

async function main(): Promise<void> {
  printHeader('page weight: roadmap timeline page vs docs page', `timeline page loads ≤ ${BUDGET_KB} KB gzip of JS+CSS more than a docs page (gzip level ${GZIP_LEVEL})`);
  await ensureBuilt();
  const files = roadmapFiles(3, items, SEED);
  const root = mkdtempSync(path.join(os.tmpdir(), 'roadmark-bench-weight-'));
  const siteDir = path.join(root, 'site');
  const plainDir = path.join(root, 'site-without-plugin');
  let site: RunningSite | null = null;
  let browser: Browser | null = null;
  try {
    // One site with the same markdown as roadmaps and as docs: both pages share one build's runtime chunks.
    writeSite(siteDir, {roadmark: true, roadmaps: files, docs: files});
    writeSite(plainDir, {roadmark: false, roadmaps: [], docs: files});
    for (const dir of [siteDir, plainDir]) {
      const build = await buildSite(dir);
      console.log(`built ${dir} in ${build.ms.toFixed(0)} ms`);
    }
    browser = await launchChromium();
    const slug = files[0]!.name;
    site = await startDocusaurus('serve', siteDir, '/', 60_000);
    const timelineUrl = `${site.origin}/roadmap/${slug}`;
    const docsUrl = `${site.origin}/docs/${slug}`;
    const timeline = await loadPage(browser, timelineUrl);
    const docs = await loadPage(browser, docsUrl);
    await site.server.stop();
    site = await startDocusaurus('serve', plainDir, '/', 60_000);
    const plainDocs = await loadPage(browser, `${site.origin}/docs/${slug}`);

    console.log(`\nsame ${items}-item markdown as a roadmap (${shortName(timelineUrl)}) and as a docs page (${shortName(docsUrl)}); sizes are gzip level ${GZIP_LEVEL}:`);
    printPage('timeline page', timeline);
    printPage('docs page    ', docs);
    printPage('docs page of the same site without the plugin', plainDocs);
    const loaded = (assets: Asset[]) => assets.filter((a) => a.resourceType !== 'other');
    const difference = sum(loaded(timeline), (a) => a.gzip) - sum(loaded(docs), (a) => a.gzip);
    const docsUrls = new Set(loaded(docs).map((a) => a.url));
    const timelineUrls = new Set(loaded(timeline).map((a) => a.url));
    const extra = loaded(timeline).filter((a) => !docsUrls.has(a.url)).sort((a, b) => b.gzip - a.gzip);
    const docsOnly = loaded(docs).filter((a) => !timelineUrls.has(a.url)).sort((a, b) => b.gzip - a.gzip);

    console.log(`\nchunks only the timeline page loads (${extra.length}, ${kb(sum(extra, (a) => a.gzip)).toFixed(1)} KB gzip), biggest first:`);
    console.log(formatTable(['file', 'gzip KB', 'raw KB', 'holds'], extra.slice(0, 10).map((a) => [shortName(a.url), kb(a.gzip).toFixed(1), kb(a.raw).toFixed(1), describe(a)])));
    console.log(`chunks only the docs page loads (${docsOnly.length}, ${kb(sum(docsOnly, (a) => a.gzip)).toFixed(1)} KB gzip): ${docsOnly.slice(0, 5).map((a) => `${shortName(a.url)} ${kb(a.gzip).toFixed(1)} KB`).join(', ')}`);
    const tax = sum(loaded(docs), (a) => a.gzip) - sum(loaded(plainDocs), (a) => a.gzip);
    console.log(`\nthe plugin adds ${kb(tax).toFixed(1)} KB gzip to every page of a site (docs page with − without the plugin: its share of main.js and the global CSS)`);
    console.log(`timeline − docs: ${kb(difference).toFixed(1)} KB gzip (budget ≤ ${BUDGET_KB} KB): ${verdict(kb(difference) <= BUDGET_KB)}`);
  } finally {
    await browser?.close();
    await site?.server.stop();
    rmSync(root, {recursive: true, force: true});
  }
}

await main();
