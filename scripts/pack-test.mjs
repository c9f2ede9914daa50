#!/usr/bin/env node
// Pack test: what a new user gets from npm. Packs @roadmark/core and docusaurus-plugin-roadmark with
// `pnpm pack` (their prepack scripts build lib/), checks the tarballs, creates a brand-new Docusaurus
// site in a temp folder outside the workspace (classic preset, no `future` flags, no browserslist, no
// i18n), installs both tarballs there with npm, builds the site and looks for the roadmap pages.
//
//   node scripts/pack-test.mjs [--keep] [--verbose] [--tap FILE]
//
//   --keep      leave the temp folder (site, tarballs, logs) in place and print its path
//   --verbose   stream the output of every command
//   --tap FILE  also write the checks as TAP, for scripts/summarize-tests.mjs
//   --axe       run axe-core on every plugin page, not only on the sample (serious/critical violations fail)
//
// When Chromium is installed (Debian's `chromium`, or CHROMIUM=/path), the built pages are also loaded in
// it: they must hydrate without a console message, and a filter in the URL must filter the timeline
// (client code compiled by the site's own Babel, not the example site's SWC). Without it that check is
// skipped, and the summary says so.
//
// Corpus pages (scripts/pack-test/corpus.mjs, cdp.mjs): the site also has a second instance, id/path/routeBasePath
// "corpus" and default options otherwise, holding every file of packages/core/test/real/corpus and every seed
// (packages/core/test/real/seeds/*.txt, copied as .md), snapshotted with `docusaurus roadmap:snapshot:corpus 1.0`.
// Every HTML page under build/corpus and build/roadmap (read from the build output) is loaded in one Chromium tab
// driven over --remote-debugging-pipe; each page is its own check: hydrated, no console error/warning, no browser
// error (404…), no page error, no "This page crashed". Measured on 2 cores: +15 s build, +3 s snapshot, ~0.7 s a
// page (~200 pages, ~2.5 min). axe-core (resolved from the workspace, e2e's @axe-core/playwright) checks the
// plugin's content (`main`; the navbar and footer are the site's) on a sample: the first page of every page kind of
// each instance (~3.5 s a page, ~1 min); --axe checks every page (~12 min).
//
// Ends with one line, `pack: N passed, N failed, N skipped`; exits 1 when a check failed.
// No dependencies beyond Node 20, pnpm (corepack), npm and tar.
import {spawn} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync} from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Browser} from './pack-test/cdp.mjs';
import {axeSource, builtPages, checkPage, copyCorpus, CORPUS_INSTANCE, pageKind} from './pack-test/corpus.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtureDir = path.join(repoRoot, 'scripts/pack-fixture');
const PACKAGES = [
  {name: '@roadmark/core', dir: path.join(repoRoot, 'packages/core')},
  {name: 'docusaurus-plugin-roadmark', dir: path.join(repoRoot, 'packages/docusaurus-plugin')},
];
/** Item titles of scripts/pack-fixture/roadmap/ROADMAP.md that the built pages must show (no characters HTML escapes). */
const EXPECTED_ITEMS = ['Migrate platform pipeline from Drone to Tekton', 'Add support for ARM architecture', 'Enable user configurable storage classes'];
const MINUTE = 60_000;
const TIMEOUTS = {pack: 4 * MINUTE, tar: MINUTE, install: 12 * MINUTE, cli: MINUTE, build: 10 * MINUTE, browser: 1.5 * MINUTE};
// As in e2e/: flags that work as root, headless and offline (docs/toolchain.md).
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const withAxe = args.includes('--axe');
const verbose = args.includes('--verbose');
const tapIndex = args.indexOf('--tap');
const tapFile = tapIndex >= 0 ? args[tapIndex + 1] : null;
const unknownArgs = args.filter((arg, i) => !['--keep', '--verbose', '--tap', '--axe'].includes(arg) && !(tapIndex >= 0 && i === tapIndex + 1));
if (unknownArgs.length > 0 || (tapIndex >= 0 && !tapFile)) {
  console.error(`pack-test: usage: node scripts/pack-test.mjs [--keep] [--verbose] [--axe] [--tap FILE] (got ${args.join(' ') || 'nothing'})`);
  process.exit(2);
}

class SkipError extends Error {}

class StepError extends Error {
  constructor(message, output = '') {
    super(message);
    this.output = output;
  }
}

// Children run without the npm_* / pnpm variables of a `pnpm run` around this script: the fresh site
// must install and build as it would for a user, not with the workspace's settings.
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(npm_|PNPM_|pnpm_)/i.test(key) && key !== 'INIT_CWD'),
);
Object.assign(childEnv, {NO_COLOR: '1', FORCE_COLOR: '0', COREPACK_ENABLE_DOWNLOAD_PROMPT: '0', NO_UPDATE_NOTIFIER: '1'});

const running = new Set();
function killTree(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  }, 5000).unref();
}

/** Runs a command in its own process group; resolves with {output, stdout, stderr}, rejects with the output on a non-zero exit or after the timeout. */
function run(cmd, cmdArgs, {cwd, timeout, log, env = childEnv}) {
  const shown = `${cmd} ${cmdArgs.join(' ')}`;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, {cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe']});
    running.add(child);
    let output = '';
    const streams = {stdout: '', stderr: ''};
    for (const name of ['stdout', 'stderr']) {
      child[name].on('data', (chunk) => {
        output += chunk;
        streams[name] += chunk;
        if (verbose) process.stdout.write(chunk);
      });
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child);
    }, timeout);
    const done = () => {
      clearTimeout(timer);
      running.delete(child);
      if (log) writeFileSync(log, output);
    };
    child.on('error', (error) => {
      done();
      const hint = cmd === 'pnpm' ? ' (run `corepack enable` first)' : '';
      reject(new StepError(error.code === 'ENOENT' ? `${cmd} is not on PATH${hint}` : `${shown}: ${error.message}`, output));
    });
    child.on('close', (code, signal) => {
      done();
      if (timedOut) reject(new StepError(`${shown} (in ${cwd}) timed out after ${timeout / 1000} s`, output));
      else if (code !== 0) reject(new StepError(`${shown} (in ${cwd}) exited with ${code ?? signal}`, output));
      else resolve({output, ...streams});
    });
  });
}

function tail(text, lines = 40) {
  const all = text.trimEnd().split('\n');
  return (all.length > lines ? [`… (${all.length - lines} earlier lines; --keep keeps the full log)`] : []).concat(all.slice(-lines)).join('\n');
}

function readJson(file, what) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new StepError(`cannot read ${what} (${file}): ${error.message}`);
  }
}

// ---------------------------------------------------------------------------------------------------
const started = Date.now();
const tmpRoot = realpathSync(os.tmpdir());
const work = mkdtempSync(path.join(tmpRoot, 'roadmark-pack-'));
const tarballDir = path.join(work, 'tarballs');
const unpackDir = path.join(work, 'unpacked');
const logDir = path.join(work, 'logs');
const siteDir = path.join(work, 'site');
for (const dir of [tarballDir, unpackDir, logDir, siteDir]) mkdirSync(dir, {recursive: true});

let cleanedUp = false;
function cleanUp() {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const child of running) killTree(child);
  if (keep) console.log(`pack-test: kept ${work}`);
  else rmSync(work, {recursive: true, force: true, maxRetries: 5, retryDelay: 200});
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`pack-test: ${signal}, stopping`);
    cleanUp();
    process.exit(130);
  });
}

const results = []; // {name, status: 'pass' | 'fail' | 'skip', detail, seconds}
const state = {};

async function check(name, needs, fn) {
  const missing = needs.filter((need) => results.find((r) => r.name === need)?.status !== 'pass');
  if (missing.length > 0) {
    results.push({name, status: 'skip', detail: `needs "${missing.join('", "')}"`, seconds: 0});
    console.log(`-- skipped: ${name} (needs "${missing.join('", "')}")`);
    return;
  }
  console.log(`== ${name}`);
  const t0 = Date.now();
  try {
    const detail = await fn();
    const seconds = (Date.now() - t0) / 1000;
    results.push({name, status: 'pass', detail: detail ?? '', seconds});
    console.log(`ok ${name} (${seconds.toFixed(1)} s)${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    const seconds = (Date.now() - t0) / 1000;
    if (error instanceof SkipError) {
      results.push({name, status: 'skip', detail: error.message, seconds});
      console.log(`-- skipped: ${name} (${error.message})`);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    results.push({name, status: 'fail', detail: message, seconds});
    console.error(`FAILED ${name} (${seconds.toFixed(1)} s): ${message}`);
    if (error instanceof StepError && error.output) console.error(tail(error.output));
    else if (!(error instanceof StepError) && error instanceof Error && error.stack) console.error(error.stack);
  }
}

function versionsFromExampleSite() {
  const site = readJson(path.join(repoRoot, 'example-site/package.json'), 'the example site package.json');
  const deps = {...site.dependencies, ...site.devDependencies};
  const docusaurus = deps['@docusaurus/core'];
  if (!docusaurus || !/^\d+\.\d+\.\d+$/.test(docusaurus)) {
    throw new StepError(`example-site/package.json should pin @docusaurus/core to an exact version (found ${docusaurus ?? 'none'})`);
  }
  return {docusaurus, react: deps.react ?? '^19.0.0', reactDom: deps['react-dom'] ?? deps.react ?? '^19.0.0'};
}

/** Every file a package.json points at: main, types, bin, and the targets of exports. */
function entryPoints(pkg) {
  const targets = new Set();
  for (const key of ['main', 'types', 'typings', 'module']) if (typeof pkg[key] === 'string') targets.add(pkg[key]);
  if (typeof pkg.bin === 'string') targets.add(pkg.bin);
  else for (const value of Object.values(pkg.bin ?? {})) targets.add(value);
  const walk = (value) => {
    if (typeof value === 'string') targets.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(pkg.exports);
  return [...targets].filter((target) => !target.includes('*')).map((target) => path.posix.normalize(target));
}

function findStrings(value, test, where = '') {
  if (typeof value === 'string') return test(value) ? [`${where}: ${value}`] : [];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => findStrings(inner, test, where ? `${where}.${key}` : key));
  return [];
}

function checkTarball(spec) {
  const {files, pkg} = spec;
  const problems = [];
  const has = (file) => files.has(file);
  for (const file of ['package.json', 'README.md', 'LICENSE']) if (!has(file)) problems.push(`${file} is missing`);
  const tests = [...files].filter((file) => /(^|\/)(__tests__|__fixtures__)\//.test(file) || /\.test\.[cm]?[jt]sx?$/.test(file));
  if (tests.length > 0) problems.push(`test files are packed: ${tests.slice(0, 5).join(', ')}${tests.length > 5 ? ` and ${tests.length - 5} more` : ''}`);
  for (const target of entryPoints(pkg)) {
    const file = target.replace(/^\.\//, '');
    if (file !== 'package.json' && !has(file)) problems.push(`package.json points at ${target}, which is not in the tarball`);
  }
  const workspaceRanges = findStrings(pkg, (value) => value.startsWith('workspace:'));
  if (workspaceRanges.length > 0) problems.push(`workspace: ranges left in package.json: ${workspaceRanges.join(', ')}`);
  if (pkg.license !== 'MIT') problems.push(`license is ${JSON.stringify(pkg.license)}, expected "MIT"`);
  if (!pkg.repository) problems.push('repository is missing');
  if (![...files].some((file) => file.startsWith('lib/') && file.endsWith('.js'))) problems.push('lib/ has no .js files (was it built?)');
  return problems;
}

function pagePath(route) {
  const dir = path.join(siteDir, 'build', route, 'index.html');
  const flat = path.join(siteDir, 'build', `${route}.html`);
  return existsSync(dir) ? dir : existsSync(flat) ? flat : null;
}

function findChromium() {
  if (process.env.CHROMIUM) return existsSync(process.env.CHROMIUM) ? process.env.CHROMIUM : null;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) if (dir && existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.xml': 'application/xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain', '.woff2': 'font/woff2',
};

/** A static server of the build folder as `docusaurus serve` answers it: /a/b → a/b/index.html or a/b.html. */
function serveBuild(root) {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    for (const candidate of [pathname, path.posix.join(pathname, 'index.html'), `${pathname}.html`]) {
      const file = path.join(root, path.normalize(candidate));
      if (file !== root && !file.startsWith(root + path.sep)) break;
      if (existsSync(file) && statSync(file).isFile()) {
        response.writeHead(200, {'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream'});
        response.end(readFileSync(file));
        return;
      }
    }
    response.writeHead(404, {'content-type': 'text/html; charset=utf-8'});
    response.end(existsSync(path.join(root, '404.html')) ? readFileSync(path.join(root, '404.html')) : 'not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function writeSite(versions) {
  const tarballOf = (name) => `file:${state.tarballs[name].file}`;
  const pkg = {
    name: 'roadmark-pack-test-site',
    version: '0.0.0',
    private: true,
    scripts: {build: 'docusaurus build'},
    dependencies: {
      '@docusaurus/core': versions.docusaurus,
      '@docusaurus/preset-classic': versions.docusaurus,
      '@mdx-js/react': '^3.0.0',
      '@roadmark/core': tarballOf('@roadmark/core'),
      clsx: '^2.0.0',
      'docusaurus-plugin-roadmark': tarballOf('docusaurus-plugin-roadmark'),
      'prism-react-renderer': '^2.3.0',
      react: versions.react,
      'react-dom': versions.reactDom,
    },
    overrides: {
      // The plugin's tarball asks for @roadmark/core at its version, which the registry does not have: use the tarball.
      '@roadmark/core': '$@roadmark/core',
      // As in pnpm-workspace.yaml: preset-classic would pull @docsearch/core@4.7.1, which the registry here lacks.
      '@docsearch/react': '4.7.0',
    },
    engines: {node: '>=20.0'},
  };
  writeFileSync(path.join(siteDir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  writeFileSync(
    path.join(siteDir, 'docusaurus.config.js'),
    `// @ts-check
// A minimal site as a new user has it: classic preset, no future flags, no browserslist, no i18n.

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Roadmark pack test',
  tagline: 'docusaurus-plugin-roadmark installed from its tarball',
  favicon: 'img/favicon.svg',
  url: 'https://pack-test.example.org',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {routeBasePath: 'docs', sidebarPath: './sidebars.js'},
        blog: false,
      }),
    ],
  ],
  plugins: [
    ['docusaurus-plugin-roadmark', {path: 'roadmap', routeBasePath: 'roadmap'}],
    // Every vendored real file and seed, default options otherwise (scripts/pack-test/corpus.mjs).
    ['docusaurus-plugin-roadmark', ${JSON.stringify(CORPUS_INSTANCE).replace(/"(\w+)":/g, '$1:').replace(/"/g, "'")}],
  ],
  themeConfig: {
    navbar: {
      title: 'Pack test',
      items: [
        {type: 'docSidebar', sidebarId: 'tutorialSidebar', label: 'Docs', position: 'left'},
        {to: '/roadmap', label: 'Roadmap', position: 'left'},
      ],
    },
  },
};

export default config;
`,
  );
  writeFileSync(
    path.join(siteDir, 'sidebars.js'),
    `// @ts-check\n/** @type {import('@docusaurus/plugin-content-docs').SidebarsConfig} */\nexport default {tutorialSidebar: [{type: 'autogenerated', dirName: '.'}]};\n`,
  );
  mkdirSync(path.join(siteDir, 'docs'), {recursive: true});
  writeFileSync(
    path.join(siteDir, 'docs/intro.md'),
    `---\nsidebar_position: 1\n---\n\n# Intro\n\nThis site is built by \`scripts/pack-test.mjs\`. See the [roadmap](/roadmap).\n`,
  );
  mkdirSync(path.join(siteDir, 'src/pages'), {recursive: true});
  writeFileSync(path.join(siteDir, 'src/pages/index.md'), `# Roadmark pack test\n\nRead the [intro](/docs/intro) or the [roadmap](/roadmap).\n`);
  mkdirSync(path.join(siteDir, 'static/img'), {recursive: true});
  writeFileSync(
    path.join(siteDir, 'static/img/favicon.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#2e8555"/></svg>\n',
  );
  cpSync(path.join(fixtureDir, 'roadmap'), path.join(siteDir, 'roadmap'), {recursive: true});
  state.corpusFiles = copyCorpus(repoRoot, siteDir);
}

async function main() {
  // Node resolves packages by walking up from the site: a node_modules above it would leak into the test.
  const relative = path.relative(repoRoot, work);
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) throw new StepError(`temp folder ${work} is inside the repository; set TMPDIR elsewhere`);
  for (let dir = path.dirname(work); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'node_modules')) || existsSync(path.join(dir, 'package.json'))) {
      throw new StepError(`${dir} (above the temp folder) has a node_modules or package.json that the test site would see; set TMPDIR elsewhere`);
    }
    if (path.dirname(dir) === dir) break;
  }
  if (!existsSync(path.join(fixtureDir, 'roadmap/ROADMAP.md'))) throw new StepError(`fixture missing: ${path.join(fixtureDir, 'roadmap/ROADMAP.md')}`);
  const versions = versionsFromExampleSite();
  console.log(`pack-test: ${work} (Node ${process.version}, @docusaurus/* ${versions.docusaurus}, react ${versions.react})`);
  state.tarballs = {};

  for (const spec of PACKAGES) {
    await check(`pnpm pack ${spec.name}`, [], async () => {
      const before = new Set(readdirSync(tarballDir));
      await run('pnpm', ['pack', '--pack-destination', tarballDir], {cwd: spec.dir, timeout: TIMEOUTS.pack, log: path.join(logDir, `pack-${path.basename(spec.dir)}.log`)});
      const created = readdirSync(tarballDir).filter((name) => name.endsWith('.tgz') && !before.has(name));
      if (created.length !== 1) throw new StepError(`expected one new .tgz in ${tarballDir}, found ${created.length ? created.join(', ') : 'none'}`);
      const file = path.join(tarballDir, created[0]);
      const {stdout: listing} = await run('tar', ['-tzf', file], {cwd: work, timeout: TIMEOUTS.tar});
      const files = new Set(listing.split('\n').filter(Boolean).map((entry) => entry.replace(/^package\//, '')));
      const into = path.join(unpackDir, path.basename(spec.dir));
      mkdirSync(into, {recursive: true});
      await run('tar', ['-xzf', file, '-C', into], {cwd: work, timeout: TIMEOUTS.tar});
      const pkg = readJson(path.join(into, 'package/package.json'), `package.json in ${created[0]}`);
      if (pkg.name !== spec.name) throw new StepError(`${created[0]} holds ${pkg.name}, expected ${spec.name}`);
      state.tarballs[spec.name] = {file, files, pkg, dir: path.join(into, 'package')};
      return `${created[0]}, ${files.size} files, ${(statSync(file).size / 1024).toFixed(0)} KiB`;
    });
  }

  await check('tarball contents of @roadmark/core', ['pnpm pack @roadmark/core'], async () => {
    const spec = state.tarballs['@roadmark/core'];
    const problems = checkTarball(spec);
    if (!spec.files.has('bin/roadmark.js')) problems.push('bin/roadmark.js is missing');
    if (problems.length > 0) throw new StepError(problems.join('; '));
    return 'lib, bin, types, README, LICENSE; no tests, no workspace: ranges';
  });

  await check('tarball contents of docusaurus-plugin-roadmark', ['pnpm pack @roadmark/core', 'pnpm pack docusaurus-plugin-roadmark'], async () => {
    const spec = state.tarballs['docusaurus-plugin-roadmark'];
    const core = state.tarballs['@roadmark/core'].pkg;
    const problems = checkTarball(spec);
    const range = spec.pkg.dependencies?.['@roadmark/core'];
    if (range !== core.version && range !== `^${core.version}`) problems.push(`dependency @roadmark/core is ${JSON.stringify(range)}, expected ${core.version}`);
    const peers = spec.pkg.peerDependencies ?? {};
    for (const [name, pattern] of [['@docusaurus/core', /^\^3\.\d+\.\d+$/], ['react', /^\^18\.0\.0 \|\| \^19\.0\.0$/], ['react-dom', /^\^18\.0\.0 \|\| \^19\.0\.0$/]]) {
      if (!pattern.test(peers[name] ?? '')) problems.push(`peerDependencies.${name} is ${JSON.stringify(peers[name])}`);
    }
    // getThemePath is lib/theme (compiled, with the CSS modules copied), getTypeScriptThemePath src/theme (for swizzling).
    const themeFiles = [...spec.files].filter((file) => file.startsWith('lib/theme/'));
    if (!themeFiles.some((file) => file.endsWith('.jsx') || file.endsWith('.js'))) problems.push('lib/theme has no components');
    if (!themeFiles.some((file) => file.endsWith('.module.css'))) problems.push('lib/theme has no CSS modules (copy-theme-assets did not run?)');
    if (![...spec.files].some((file) => file.startsWith('src/theme/') && file.endsWith('.tsx'))) problems.push('src/theme (the TypeScript theme path) is missing');
    if (problems.length > 0) throw new StepError(problems.join('; '));
    return `depends on @roadmark/core ${range}; peers ${Object.entries(peers).map(([n, r]) => `${n} ${r}`).join(', ')}`;
  });

  await check('npm install in a new Docusaurus site', ['pnpm pack @roadmark/core', 'pnpm pack docusaurus-plugin-roadmark'], async () => {
    writeSite(versions);
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
      cwd: siteDir,
      timeout: TIMEOUTS.install,
      log: path.join(logDir, 'npm-install.log'),
    });
    const problems = [];
    for (const name of ['@roadmark/core', 'docusaurus-plugin-roadmark']) {
      const dir = path.join(siteDir, 'node_modules', name);
      if (!existsSync(path.join(dir, 'package.json'))) problems.push(`node_modules/${name} is missing`);
      else if (!realpathSync(dir).startsWith(siteDir)) problems.push(`node_modules/${name} links out of the site (${realpathSync(dir)})`);
    }
    for (const nested of ['@roadmark/core', 'react', 'react-dom', '@docusaurus/core']) {
      const dir = path.join(siteDir, 'node_modules/docusaurus-plugin-roadmark/node_modules', nested);
      if (existsSync(dir)) problems.push(`a second copy of ${nested} is installed under the plugin (${dir})`);
    }
    if (problems.length > 0) throw new StepError(problems.join('; '));
    const installed = readJson(path.join(siteDir, 'node_modules/@docusaurus/core/package.json'), '@docusaurus/core').version;
    const react = readJson(path.join(siteDir, 'node_modules/react/package.json'), 'react').version;
    return `@docusaurus/core ${installed}, react ${react}, one copy of @roadmark/core`;
  });

  await check('roadmark CLI from the tarball', ['npm install in a new Docusaurus site'], async () => {
    const {stdout: out} = await run('npx', ['--no', 'roadmark', 'parse', 'roadmap/ROADMAP.md'], {cwd: siteDir, timeout: TIMEOUTS.cli, log: path.join(logDir, 'cli.log')});
    let model;
    try {
      model = JSON.parse(out);
    } catch {
      throw new StepError('`roadmark parse` did not print JSON', out);
    }
    const titles = JSON.stringify(model.items ?? []);
    const missing = EXPECTED_ITEMS.filter((title) => !titles.includes(title));
    if (missing.length > 0) throw new StepError(`\`roadmark parse\` output lacks items: ${missing.join('; ')}`);
    return `roadmark parse: ${model.stats?.items ?? model.items.length} items`;
  });

  await check('snapshot of the corpus roadmaps', ['npm install in a new Docusaurus site'], async () => {
    const command = `roadmap:snapshot:${CORPUS_INSTANCE.id}`;
    await run('npx', ['--no', 'docusaurus', command, '1.0'], {cwd: siteDir, timeout: TIMEOUTS.cli, log: path.join(logDir, 'snapshot.log')});
    const copied = path.join(siteDir, `${CORPUS_INSTANCE.id}_versioned_roadmap`, 'version-1.0');
    const count = existsSync(copied) ? readdirSync(copied).filter((name) => name.endsWith('.md')).length : 0;
    if (count !== state.corpusFiles) throw new StepError(`docusaurus ${command} 1.0 froze ${count} files in ${copied}, expected ${state.corpusFiles}`);
    return `docusaurus ${command} 1.0: ${count} roadmaps (${state.corpusFiles} vendored corpus files and seeds)`;
  });

  await check('docusaurus build', ['npm install in a new Docusaurus site', 'snapshot of the corpus roadmaps'], async () => {
    // NODE_DEBUG=roadmark: the plugin says how it parsed (worker threads or not), for the check after this one.
    const env = {...childEnv, NODE_DEBUG: 'roadmark'};
    const {output: out} = await run('npx', ['--no', 'docusaurus', 'build'], {cwd: siteDir, timeout: TIMEOUTS.build, log: path.join(logDir, 'build.log'), env});
    state.buildOutput = out;
    const warnings = out.split('\n').filter((line) => /\[WARNING\]|\[ERROR\]/.test(line));
    if (warnings.length > 0) console.log(`   build printed ${warnings.length} warning line(s):\n${warnings.slice(0, 10).map((l) => `   ${l}`).join('\n')}`);
    return `${warnings.length} warning line(s)`;
  });

  // The corpus instance (76 uncached files on a cold build) is big enough for parseWorkers 'auto': on a
  // machine with more than one core its files are parsed in worker threads started from the installed tarball's lib/.
  await check('corpus parsed in worker threads from the installed package', ['docusaurus build'], async () => {
    if (os.availableParallelism() < 2) throw new SkipError('one core: parseWorkers auto parses in the build thread');
    const lines = state.buildOutput.split('\n').filter((line) => /^ROADMARK \d+: /.test(line));
    const used = lines.find((line) => /parsed \d+ files in \d+ worker threads/.test(line));
    if (!used) throw new StepError(`the build did not parse in worker threads; its roadmark debug lines: ${lines.slice(0, 5).join(' | ') || 'none'}`);
    const fallback = lines.filter((line) => /main thread/.test(line) && !/, 0 in the main thread/.test(line));
    if (fallback.length > 0) throw new StepError(`a worker fell back to the main thread: ${fallback.slice(0, 3).join(' | ')}`);
    return used.replace(/^ROADMARK \d+: /, '');
  });

  await check('roadmap pages in the build output', ['docusaurus build'], async () => {
    const problems = [];
    const read = (route) => {
      const file = pagePath(route);
      if (!file) {
        problems.push(`build/${route}/index.html is missing`);
        return '';
      }
      return readFileSync(file, 'utf8');
    };
    const home = read('roadmap');
    // The home page links to each roadmap of the instance: roadmap/ROADMAP.md gets the slug "roadmap".
    if (home && !home.includes('href="/roadmap/roadmap"')) problems.push('build/roadmap/index.html does not link to the timeline /roadmap/roadmap');
    const pages = {timeline: read('roadmap/roadmap'), matrix: read('roadmap/roadmap/matrix')};
    for (const [kind, html] of Object.entries(pages)) {
      if (!html) continue;
      const missing = EXPECTED_ITEMS.filter((title) => !html.includes(title));
      if (missing.length > 0) problems.push(`the ${kind} page lacks items: ${missing.join('; ')}`);
    }
    if (!read('docs/intro')) problems.push('(the docs page is missing too: the site itself did not build right)');
    if (problems.length > 0) throw new StepError(problems.join('; '));
    return `/roadmap, /roadmap/roadmap and /roadmap/roadmap/matrix show ${EXPECTED_ITEMS.length} fixture items`;
  });

  await check('roadmap pages run in Chromium', ['roadmap pages in the build output'], async () => {
    const chromium = findChromium();
    if (!chromium) throw new SkipError('Chromium is not installed (apt-get install -y chromium, or set CHROMIUM)');
    const [wanted, other] = EXPECTED_ITEMS;
    const query = wanted.split(' ').pop();
    const pages = [
      {route: '/roadmap'},
      // The text filter runs in the browser only: the server HTML holds every item.
      {route: `/roadmap/roadmap?q=${encodeURIComponent(query)}`, shows: wanted, hides: other},
      {route: '/roadmap/roadmap/matrix', shows: wanted},
    ];
    const server = await serveBuild(path.join(siteDir, 'build'));
    const problems = [];
    try {
      const base = `http://127.0.0.1:${server.address().port}`;
      for (const [index, page] of pages.entries()) {
        const {stdout: dom, stderr} = await run(
          chromium,
          [...CHROMIUM_FLAGS, `--user-data-dir=${path.join(work, 'chromium-profile')}`, '--enable-logging=stderr', '--v=0', '--virtual-time-budget=10000', '--dump-dom', `${base}${page.route}`],
          {cwd: work, timeout: TIMEOUTS.browser, log: path.join(logDir, `chromium-${index}.log`)},
        );
        const messages = stderr.split('\n').filter((line) => /:CONSOLE[:(]/.test(line)).map((line) => line.replace(/^.*?:CONSOLE[^\]]*\]\s*/, ''));
        if (messages.length > 0) problems.push(`${page.route} logged to the console: ${messages.slice(0, 3).join(' | ')}`);
        if (!/<html[^>]*data-has-hydrated="true"/.test(dom)) problems.push(`${page.route} did not hydrate (no data-has-hydrated on <html>: the client bundle failed)`);
        if (page.shows && !dom.includes(page.shows)) problems.push(`${page.route} does not show "${page.shows}"`);
        if (page.hides && dom.includes(page.hides)) problems.push(`${page.route} still shows "${page.hides}": the filter in the URL was not applied`);
      }
    } finally {
      server.close();
    }
    if (problems.length > 0) throw new StepError(problems.join('; '));
    return `${pages.length} pages hydrate without console messages; ?q= filters the timeline`;
  });
  await check('corpus pages listed in the build output', ['docusaurus build'], async () => {
    const buildDir = path.join(siteDir, 'build');
    state.pluginPages = [...builtPages(buildDir, CORPUS_INSTANCE.routeBasePath), ...builtPages(buildDir, 'roadmap')];
    const corpusPages = state.pluginPages.filter((route) => route.startsWith(`/${CORPUS_INSTANCE.routeBasePath}/`));
    // Per roadmap: current timeline, matrix and history, and the 1.0 timeline and matrix.
    const minimum = state.corpusFiles * 5;
    if (corpusPages.length < minimum) throw new StepError(`build/${CORPUS_INSTANCE.routeBasePath} has ${corpusPages.length} pages, expected at least ${minimum} for ${state.corpusFiles} roadmaps`);
    const kinds = {};
    for (const route of state.pluginPages) {
      const kind = pageKind(route, `/${route.split('/')[1]}`);
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    }
    return `${state.pluginPages.length} plugin pages: ${Object.entries(kinds).map(([kind, n]) => `${n} ${kind}`).join(', ')}`;
  });

  // One result per page, so that each failing page is its own check (with its URL and messages) in the TAP output.
  const pagesCheck = 'every plugin page hydrates in Chromium without console messages';
  await check(pagesCheck, ['corpus pages listed in the build output'], async () => {
    const chromium = findChromium();
    if (!chromium) throw new SkipError('Chromium is not installed (apt-get install -y chromium, or set CHROMIUM)');
    const axe = axeSource(repoRoot).source;
    const server = await serveBuild(path.join(siteDir, 'build'));
    const browser = await Browser.launch(chromium, [...CHROMIUM_FLAGS, `--user-data-dir=${path.join(work, 'chromium-profile-corpus')}`, '--window-size=1280,900']);
    let failedPages = 0;
    const sample = axeSample(state.pluginPages);
    try {
      const page = await browser.newPage();
      for (const method of ['Page.enable', 'Runtime.enable', 'Log.enable']) await page.send(method);
      const base = `http://127.0.0.1:${server.address().port}`;
      for (const route of state.pluginPages) {
        const t0 = Date.now();
        const problems = await checkPage(page, `${base}${route}`, {axe: withAxe || sample.has(route) ? axe : null});
        const name = `page ${route}`;
        const seconds = (Date.now() - t0) / 1000;
        if (problems.length === 0) results.push({name, status: 'pass', detail: '', seconds: 0});
        else {
          failedPages += 1;
          results.push({name, status: 'fail', detail: `${base}${route}: ${problems.join(' | ')}`, seconds: 0});
          console.error(`FAILED ${name} (${seconds.toFixed(1)} s):\n${problems.map((p) => `   ${p}`).join('\n')}`);
        }
      }
    } finally {
      await browser.close();
      server.close();
    }
    if (failedPages > 0) throw new StepError(`${failedPages} of ${state.pluginPages.length} pages failed (each listed above as "page …")`);
    const axed = withAxe ? state.pluginPages.length : sample.size;
    return `${state.pluginPages.length} pages: hydrated, no console error or warning, no page error, no crash; no serious or critical axe violation in main on ${axed} of them${withAxe ? '' : ' (one per page kind and instance; all: --axe)'}`;
  });
}

/** The pages axe checks by default: the first built page of every page kind of each instance. */
function axeSample(routes) {
  const first = new Map();
  for (const route of routes) {
    const base = `/${route.split('/')[1]}`;
    const key = `${base} ${pageKind(route, base)}`;
    if (!first.has(key)) first.set(key, route);
  }
  return new Set(first.values());
}

let fatal = null;
try {
  await main();
} catch (error) {
  fatal = error;
  results.push({name: 'pack test setup', status: 'fail', detail: error instanceof Error ? error.message : String(error), seconds: 0});
  console.error(`FAILED pack test setup: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof StepError) && error instanceof Error) console.error(error.stack);
} finally {
  cleanUp();
}

const count = (status) => results.filter((r) => r.status === status).length;
const [passed, failed, skipped] = [count('pass'), count('fail'), count('skip')];
if (tapFile) {
  const lines = ['TAP version 13'];
  results.forEach((r, i) => {
    const name = `pack: ${r.name}`.replace(/#/g, '');
    if (r.status === 'pass') lines.push(`ok ${i + 1} - ${name}`);
    else if (r.status === 'skip') lines.push(`ok ${i + 1} - ${name} # SKIP ${r.detail}`);
    else lines.push(`not ok ${i + 1} - ${name}`, '  ---', `  message: ${JSON.stringify(r.detail)}`, '  ...');
  });
  lines.push(`1..${results.length}`, `# tests ${results.length}`, `# pass ${passed}`, `# fail ${failed}`, `# skipped ${skipped}`, `# duration_ms ${Date.now() - started}`);
  writeFileSync(tapFile, `${lines.join('\n')}\n`);
}
const timing = results.filter((r) => r.seconds > 0).map((r) => `${r.name} ${r.seconds.toFixed(1)} s`).join(', ');
console.log(`pack: took ${((Date.now() - started) / 1000).toFixed(1)} s${timing ? ` (${timing})` : ''}`);
if (failed > 0) console.log(`pack failed: ${results.filter((r) => r.status === 'fail').map((r) => r.name).join(', ')}`);
console.log(`pack: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || fatal || passed === 0 ? 1 : 0);
