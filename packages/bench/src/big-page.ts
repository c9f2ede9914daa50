/**
 * Benchmark (not a test): a roadmap timeline with 2000 items (and one with
 * 500) in a real Docusaurus build, opened in Chromium. Prints first paint,
 * time to the hydrated timeline, the longest task and the total blocking
 * time of the load, and the longest task of each interaction (zoom, typing
 * into the text filter, a status filter, scrolling), and of reaching the
 * timeline by a link (client-side navigation, no server HTML). The Long Tasks
 * API leaves out style and layout, so the longest rendering step (from long
 * animation frames) is printed beside it. A small page of the same site is
 * measured first: the framework's own floor. Budget: no task over 100 ms;
 * figures above it are printed as "over budget", never failed.
 *
 *   node --import tsx packages/bench/src/big-page.ts [--items 2000,500] [--rounds 3] [--port P] [--keep]
 *     [--plugin DIR]   another build of docusaurus-plugin-roadmark (e.g. an older commit's, for before/after)
 *     [--site DIR]     measure a site an earlier run kept (--keep) instead of generating and building one
 *
 * Needs the workspace built (`pnpm build`: the plugin's lib/ is what the site
 * uses) and Chromium at /usr/bin/chromium (or CHROMIUM=path).
 */
import path from 'node:path';
import {chromium} from '@playwright/test';
import {generateRoadmap} from './big-page/roadmap.js';
import {buildSite, createSite, existingSite, freePort, removeSite, serveSite, type Server} from './big-page/site.js';
import {navigateFromHome, visit, type Visit} from './big-page/measure.js';
import {machine, printInteractions, printVisits} from './big-page/report.js';
import {flagValue} from './args.js';

function option(name: string, fallback: string): string {
  return flagValue(`--${name}`) || fallback;
}

const sizes = option('items', '2000,500').split(',').map(Number).filter((n) => n > 0);
const rounds = Math.max(1, Number(option('rounds', '3')));
const port = Number(option('port', '0'));
const keep = process.argv.includes('--keep');
const plugin = option('plugin', '');
const reuse = option('site', '');
/** A word the generated titles use ("incremental snapshots"): typing it narrows the timeline to a few percent. */
const FILTER_WORD = 'snapshot';

const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

console.log(machine());
const roadmaps = Object.fromEntries(sizes.map((size) => [`platform-${size}`, generateRoadmap(size, size).markdown]));
const site = reuse ? existingSite(path.resolve(reuse)) : createSite(roadmaps, plugin ? path.resolve(plugin) : undefined);
let server: Server | null = null;
let cleaned = false;
async function cleanUp(): Promise<void> {
  if (cleaned) return;
  cleaned = true;
  await server?.stop();
  if (keep || reuse) console.log(`kept ${site.dir}`);
  else removeSite(site);
}
// Interrupted: still stop the server and delete the site.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
try {
  if (reuse) console.log(`site: ${site.dir} (kept by an earlier run; roadmaps: ${Object.keys(site.timelines).join(', ')})`);
  else {
    console.log(`site: ${site.dir} (${sizes.join(', ')} items), plugin ${plugin ? path.resolve(plugin) : 'from the workspace'}`);
    const buildMs = await buildSite(site);
    console.log(`build: ${(buildMs / 1000).toFixed(1)} s`);
  }
  server = await serveSite(site, port || (await freePort()));
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: LAUNCH_ARGS});
  try {
    console.log(`browser: Chromium ${browser.version()}, viewport 1280×900, ${rounds} visit(s) per page, fresh context each`);
    const measure = async (title: string, path: string, word: string | null) => {
      const visits: Visit[] = [];
      // One unmeasured visit first, so the server's and the OS's file caches are warm for every measured one.
      await visit(browser, `${server!.url}${path}`, word);
      for (let round = 0; round < rounds; round++) visits.push(await visit(browser, `${server!.url}${path}`, word));
      printVisits(title, visits);
    };
    // The framework's own cost on a small page of the same site (same main bundle, no timeline): the floor.
    await measure(`baseline: the roadmap home page (${site.home}), no timeline`, site.home, null);
    for (const [slug, path] of Object.entries(site.timelines)) {
      await measure(`${slug} (${path})`, path, FILTER_WORD);
      // Without server HTML: React renders the whole timeline in the browser.
      const runs = [];
      for (let round = 0; round < rounds; round++) runs.push([await navigateFromHome(browser, `${server.url}${site.home}`, path)]);
      console.log(`${slug}, reached by a link on ${site.home} (client-side navigation): ${rounds} visit(s)`);
      printInteractions(runs);
    }
  } finally {
    await browser.close();
  }
} finally {
  await cleanUp();
}
