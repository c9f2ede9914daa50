// The corpus part of scripts/pack-test.mjs: every vendored real roadmap (packages/core/test/real/corpus/*.md,
// added/*.md and the unseen holdout, unseen/*.md) and every seed (packages/core/test/real/seeds/*.txt, markdown under a .txt name) becomes its own roadmap of a
// second plugin instance with default options (id/path/routeBasePath "corpus"), snapshotted once so every page
// kind exists (current and version 1.0 timeline and matrix, cross-roadmap compare, change log, history, version
// compare). Then every page the plugin built is loaded in one Chromium tab over the DevTools protocol.
import {copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {evaluate, waitForEvent} from './cdp.mjs';

export const CORPUS_INSTANCE = {id: 'corpus', path: 'corpus', routeBasePath: 'corpus'};

/** The vendored files, in a stable order: [{from, name}] with `name` a safe, unique .md file name. */
export function corpusFiles(repoRoot) {
  const real = path.join(repoRoot, 'packages/core/test/real');
  const files = [];
  for (const [folder, ext] of [['corpus', '.md'], ['added', '.md'], ['unseen', '.md'], ['seeds', '.txt']]) {
    const dir = path.join(real, folder);
    if (!existsSync(dir)) throw new Error(`${dir} is missing (the vendored real files)`);
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith(ext) || /^(README|MANIFEST)/.test(file)) continue;
      files.push({from: path.join(dir, file), folder});
    }
  }
  return files.map(({from, folder}, index) => {
    const stem = path.basename(from).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    // The index keeps names unique; the stem is cut so that URLs stay readable (the hash suffix is kept).
    const short = stem.length > 48 ? `${stem.slice(0, 30)}-${stem.slice(-16)}`.replace(/--+/g, '-') : stem;
    return {from, name: `${String(index + 1).padStart(2, '0')}-${folder === 'seeds' ? 'seed-' : ''}${short}.md`};
  });
}

/** Copies the files into `<siteDir>/<instance path>/`; returns their count. */
export function copyCorpus(repoRoot, siteDir) {
  const files = corpusFiles(repoRoot);
  const into = path.join(siteDir, CORPUS_INSTANCE.path);
  mkdirSync(into, {recursive: true});
  for (const {from, name} of files) copyFileSync(from, path.join(into, name));
  return files.length;
}

/** Routes of every HTML page under build/<base>/ (the plugin's pages; feeds are .xml/.json). */
export function builtPages(buildDir, base) {
  const routes = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir).sort()) {
      const file = path.join(dir, entry);
      if (statSync(file).isDirectory()) walk(file);
      else if (entry.endsWith('.html')) {
        const route = `/${path.relative(buildDir, file).split(path.sep).join('/')}`.replace(/(\/index)?\.html$/, '');
        routes.push(route);
      }
    }
  };
  if (existsSync(path.join(buildDir, base))) walk(path.join(buildDir, base));
  return routes;
}

/** What a page is, from its route under the instance: for the summary and the axe selection. */
export function pageKind(route, base) {
  const rest = route.slice(base.length + 1).split('/').filter(Boolean);
  if (rest.length === 0) return 'home';
  const versioned = /^\d+(\.\d+)*$/.test(rest[0]);
  const parts = versioned ? rest.slice(1) : rest;
  const prefix = versioned ? 'version ' : '';
  if (parts.length === 0) return `${prefix}home`;
  if (parts[0] === 'changes') return parts.length > 1 ? 'version compare' : 'change log';
  if (parts[0] === 'compare') return `${prefix}compare`;
  const last = parts[parts.length - 1];
  if (last === 'matrix' || last === 'history') return `${prefix}${last}`;
  return `${prefix}timeline`;
}

/** axe-core's browser bundle, resolved from the workspace (e2e/ depends on @axe-core/playwright, which depends on axe-core). */
export function axeSource(repoRoot) {
  const candidates = [path.join(repoRoot, 'e2e/node_modules/@axe-core/playwright/package.json'), path.join(repoRoot, 'package.json')];
  for (const from of candidates) {
    if (!existsSync(from)) continue;
    try {
      const file = createRequire(realpathSync(from)).resolve('axe-core/axe.min.js');
      return {file, source: readFileSync(file, 'utf8')};
    } catch {}
  }
  throw new Error('axe-core is not installed in the workspace (pnpm install; e2e/ depends on @axe-core/playwright)');
}

const HYDRATED = `new Promise((resolve) => {
  const t0 = performance.now();
  (function poll() {
    const done = document.documentElement.dataset.hasHydrated === 'true';
    if (done || performance.now() - t0 > 10000) requestAnimationFrame(() => setTimeout(() => resolve(done), 100));
    else setTimeout(poll, 50);
  })();
})`;

const CRASHED = `(() => {
  const text = document.body ? document.body.innerText : '';
  return /This page crashed/.test(text) ? text.slice(text.indexOf('This page crashed'), text.indexOf('This page crashed') + 300) : null;
})()`;

// The plugin's content only: the navbar and footer are the site's (Docusaurus' own active-link colour).
const AXE_RUN = `axe.run(document.querySelector('main') || document, {resultTypes: ['violations']}).then((results) => results.violations
  .filter((v) => v.impact === 'serious' || v.impact === 'critical')
  .map((v) => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
    first: v.nodes[0] ? v.nodes[0].target.join(' ') + ': ' + (v.nodes[0].failureSummary || '').replace(/\\s+/g, ' ').slice(0, 200) : ''})))`;

function describeArgs(args = []) {
  return args.map((arg) => (arg.value !== undefined ? String(arg.value) : arg.description ?? arg.type)).join(' ').slice(0, 300);
}

/**
 * Loads `url` in `page` (a tab of cdp.mjs, with Page/Runtime/Log enabled) and returns its problems:
 * console errors and warnings (the page's and the browser's, e.g. a 404), uncaught exceptions, no hydration,
 * Docusaurus' "This page crashed", and with `axe` the serious and critical axe-core violations.
 */
export async function checkPage(page, url, {axe = null, timeout = 30_000} = {}) {
  const problems = [];
  const off = page.on(({method, params}) => {
    if (method === 'Runtime.consoleAPICalled' && ['error', 'warning', 'assert'].includes(params.type)) {
      problems.push(`console ${params.type}: ${describeArgs(params.args)}`);
    } else if (method === 'Runtime.exceptionThrown') {
      const details = params.exceptionDetails;
      problems.push(`page error: ${(details.exception?.description ?? details.text).split('\n')[0].slice(0, 300)}`);
    } else if (method === 'Log.entryAdded' && ['error', 'warning'].includes(params.entry.level)) {
      problems.push(`browser ${params.entry.level}: ${params.entry.text.slice(0, 300)}${params.entry.url ? ` (${params.entry.url})` : ''}`);
    }
  });
  try {
    const loaded = waitForEvent(page, 'Page.loadEventFired', timeout);
    const navigation = await page.send('Page.navigate', {url});
    if (navigation.errorText) {
      loaded.catch(() => {});
      problems.push(`navigation failed: ${navigation.errorText}`);
      return problems;
    }
    await loaded;
    if (!(await evaluate(page, HYDRATED))) problems.push('did not hydrate (no data-has-hydrated on <html> within 10 s)');
    const crashed = await evaluate(page, CRASHED);
    if (crashed) problems.push(`crashed: ${crashed.replace(/\s+/g, ' ')}`);
    if (axe) {
      await evaluate(page, `${axe};void 0`);
      for (const v of await evaluate(page, AXE_RUN)) problems.push(`axe ${v.impact} ${v.id} (${v.help}) on ${v.nodes} node(s), first ${v.first}`);
    }
  } catch (error) {
    problems.push(`check failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    off();
  }
  return problems;
}
