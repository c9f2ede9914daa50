/**
 * One visit of a timeline page in Chromium: load figures (first contentful
 * paint, hydration, longest task, total blocking time), then the same
 * figures for each interaction (zoom, typing into the text filter, a status
 * filter). Each visit uses a fresh browser context (no cache, no storage).
 */
import type {Browser, Page} from '@playwright/test';
import {PROBE, type ProbeData, type ProbeFrame, type ProbeTask} from './probe.js';

export interface LoadFigures {
  fcp: number;
  lcp: number;
  /** React has hydrated the page (Docusaurus's data-has-hydrated). */
  hydrated: number;
  /** The last long task or DOM change after hydration: the timeline is complete and idle. */
  settled: number;
  longestTask: number;
  /** Σ (task − 50 ms) over long tasks after first contentful paint. */
  tbt: number;
  tasks: number;
  /** Longest rendering step (style, layout) of a frame: a task of its own, which the Long Tasks API leaves out. */
  longestRender: number;
  /** Longest animation frame (its tasks and its rendering) and what it was made of. */
  longestFrame: number;
  worstFrame: ProbeFrame | null;
  domNodes: number;
  /** Item elements (cards and sub-items) in the DOM after settling, and how many of them are shown. */
  itemsInDom: number;
  itemsShown: number;
  htmlBytes: number;
}

export interface InteractionFigures {
  name: string;
  longestTask: number;
  tbt: number;
  longestRender: number;
  longestFrame: number;
  worstFrame: ProbeFrame | null;
  /** Longest event-timing entry: input delay + handlers + next paint (the INP of this interaction). */
  inputToPaint: number;
  /** Until the last long task or DOM change. */
  settled: number;
}

export interface Visit {
  load: LoadFigures;
  interactions: InteractionFigures[];
}

const QUIET_MS = 800;

function blocking(tasks: ProbeTask[]): number {
  return tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
}

function longest(tasks: ProbeTask[]): number {
  return tasks.reduce((max, task) => Math.max(max, task.duration), 0);
}

function longestRender(frames: ProbeFrame[]): number {
  return frames.reduce((max, frame) => Math.max(max, frame.render), 0);
}

function worst(frames: ProbeFrame[]): ProbeFrame | null {
  return frames.reduce<ProbeFrame | null>((max, frame) => (max === null || frame.duration > max.duration ? frame : max), null);
}

async function probe(page: Page): Promise<ProbeData & {lastChange: number}> {
  return page.evaluate('({...window.__bench, lastChange: window.__benchLastChange ?? 0})');
}

/** Records the time of the latest DOM change, from now on. */
async function watchChanges(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    if (window.__benchWatching) return;
    window.__benchWatching = true;
    window.__benchLastChange = performance.now();
    new MutationObserver(() => { window.__benchLastChange = performance.now(); })
      .observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
  })()`);
}

/** Waits until neither a long task nor a DOM change happened for QUIET_MS since `mark`. */
async function quiet(page: Page, mark: number): Promise<void> {
  await page.waitForFunction(
    `(() => {
      const tasks = window.__bench.tasks;
      const lastTask = tasks.reduce((m, t) => Math.max(m, t.start + t.duration), 0);
      return performance.now() - Math.max(${mark}, lastTask, window.__benchLastChange ?? 0) > ${QUIET_MS};
    })()`,
    undefined,
    {timeout: 120_000, polling: 100},
  );
}

async function measureLoad(page: Page, url: string): Promise<LoadFigures> {
  const response = await page.goto(url, {waitUntil: 'load', timeout: 120_000});
  const htmlBytes = (await response?.body())?.byteLength ?? 0;
  await page.waitForFunction('window.__bench.hydrated !== null', undefined, {timeout: 120_000, polling: 50});
  await watchChanges(page);
  const hydratedAt = (await probe(page)).hydrated!;
  await quiet(page, hydratedAt);
  const data = await probe(page);
  const fcp = data.fcp ?? 0;
  const lastTask = data.tasks.reduce((m, t) => Math.max(m, t.start + t.duration), 0);
  const counts: {nodes: number; items: number; shown: number} = await page.evaluate(`(() => {
    const items = [...document.querySelectorAll('[data-testid="roadmap-item"]')];
    return {nodes: document.getElementsByTagName('*').length, items: items.length, shown: items.filter((n) => n.getClientRects().length > 0).length};
  })()`);
  return {
    fcp,
    lcp: data.lcp ?? fcp,
    hydrated: data.hydrated!,
    settled: Math.max(data.hydrated!, lastTask, data.lastChange),
    longestTask: longest(data.tasks),
    tbt: blocking(data.tasks.filter((t) => t.start >= fcp)),
    tasks: data.tasks.length,
    longestRender: longestRender(data.frames),
    longestFrame: longest(data.frames),
    worstFrame: worst(data.frames),
    domNodes: counts.nodes,
    itemsInDom: counts.items,
    itemsShown: counts.shown,
    htmlBytes,
  };
}

async function measureInteraction(page: Page, name: string, act: () => Promise<void>): Promise<InteractionFigures> {
  const mark: number = await page.evaluate('performance.now()');
  await act();
  await quiet(page, mark);
  const data = await probe(page);
  const tasks = data.tasks.filter((t) => t.start + t.duration > mark);
  const events = data.events.filter((e) => e.start >= mark);
  const frames = data.frames.filter((f) => f.start + f.duration > mark);
  const lastTask = tasks.reduce((m, t) => Math.max(m, t.start + t.duration), mark);
  return {
    name,
    longestTask: longest(tasks),
    tbt: blocking(tasks),
    longestRender: longestRender(frames),
    longestFrame: longest(frames),
    worstFrame: worst(frames),
    inputToPaint: events.reduce((max, e) => Math.max(max, e.duration), 0),
    settled: Math.max(lastTask, data.lastChange) - mark,
  };
}

/** The interactions, in order; each leaves the page as the next one expects. */
function interactions(page: Page, word: string): [string, () => Promise<void>][] {
  const zoom = async (to: string) => {
    await page.getByTestId(`roadmap-zoom-${to}`).click();
    await page.waitForSelector(`[data-testid="roadmap-timeline"][data-zoom="${to}"]`);
  };
  const filter = page.getByTestId('roadmap-filter-text');
  return [
    ['zoom quarter → month', () => zoom('month')],
    ['zoom month → quarter', () => zoom('quarter')],
    [`type "${word}" into the filter`, async () => {
      await filter.click();
      await page.keyboard.type(word, {delay: 60});
    }],
    ['clear the text filter', async () => {
      await filter.fill('');
    }],
    ['check status "done"', () => page.getByTestId('roadmap-filter-status-done').check()],
    ['uncheck status "done"', () => page.getByTestId('roadmap-filter-status-done').uncheck()],
    ['scroll to the end of the page', async () => {
      await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    }],
  ];
}

/**
 * Client-side navigation: the home page loads, then a click on the roadmap's
 * link renders the timeline in the browser, with no server HTML to hydrate.
 */
export async function navigateFromHome(browser: Browser, homeUrl: string, timelinePath: string): Promise<InteractionFigures> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  try {
    await context.addInitScript({content: PROBE});
    const page = await context.newPage();
    page.on('pageerror', (error) => console.warn(`page error: ${error.message}`));
    await page.goto(homeUrl, {waitUntil: 'load', timeout: 120_000});
    await page.waitForFunction('window.__bench.hydrated !== null', undefined, {timeout: 120_000, polling: 50});
    await watchChanges(page);
    await quiet(page, (await probe(page)).hydrated!);
    return await measureInteraction(page, 'client-side navigation from the home page', async () => {
      await page.locator(`a[href="${timelinePath}"]`).first().click();
      await page.waitForSelector('[data-testid="roadmap-timeline"]', {timeout: 120_000});
    });
  } finally {
    await context.close();
  }
}

/** `word`: what to type into the text filter; null measures the load alone (pages without a timeline). */
export async function visit(browser: Browser, url: string, word: string | null): Promise<Visit> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  try {
    await context.addInitScript({content: PROBE});
    const page = await context.newPage();
    page.on('pageerror', (error) => console.warn(`page error: ${error.message}`));
    const load = await measureLoad(page, url);
    const figures: InteractionFigures[] = [];
    if (word !== null) for (const [name, act] of interactions(page, word)) figures.push(await measureInteraction(page, name, act));
    return {load, interactions: figures};
  } finally {
    await context.close();
  }
}
