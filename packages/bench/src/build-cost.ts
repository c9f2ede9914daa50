/**
 * Benchmark (not a test): build time per page of roadmap pages vs docs pages.
 * Three generated sites (classic preset, docs on, blog off, future v4 + faster):
 * a baseline (home page + one doc), the baseline + N roadmap files for the
 * plugin (timeline + matrix page each, plus the plugin's home and comparison
 * pages), and the baseline + N docs pages with the same markdown.
 * Every site is built once to warm up the machine (discarded), then --rounds
 * interleaved rounds each build every site cold (bundler cache deleted) and
 * warm (cache from that cold build); medians are used.
 * Budget: roadmap ms/page ÷ docs ms/page ≤ 1.0.
 *   pnpm bench:build [--count 50] [--items 30] [--rounds 2] [--keep]
 */
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {printHeader} from './machine.js';
import {ensureBuilt} from './prepare.js';
import {buildSite, readBuildOutput, type BuildRun} from './site/build-site.js';
import {roadmapFiles} from './site/roadmap-files.js';
import {writeSite, type SiteSpec} from './site/write-site.js';
import {median, mb, verdict} from './stats.js';
import {formatTable} from './table.js';
import {numberFlag} from './args.js';

const SEED = 31_415;


const count = numberFlag('--count', 50);
const items = numberFlag('--items', 30);
const rounds = Math.max(1, numberFlag('--rounds', 2));
const keep = process.argv.includes('--keep');

type Mode = 'cold' | 'warm';
const MODES: Mode[] = ['cold', 'warm'];

interface Variant {
  id: 'base' | 'roadmap' | 'docs';
  label: string;
  spec: SiteSpec;
  siteDir: string;
  runs: Record<Mode, BuildRun[]>;
  pages: number;
  bytes: number;
}

const PHASES: [string, string][] = [
  ['Load site', 'load site'],
  ['Load site > Load plugins > Load plugins content > Load roadmark@default > loadContent()', '  roadmark loadContent'],
  ['Load site > Load plugins > Load plugins content > Load roadmark@default > contentLoaded()', '  roadmark contentLoaded'],
  ['Load site > Load plugins > Load plugins content > Load docs@default > loadContent()', '  docs loadContent'],
  ['Load site > Load plugins > Load plugins content > Load docs@default > contentLoaded()', '  docs contentLoaded'],
  ['Bundling with rspack', 'bundle (rspack)'],
  ['SSG', 'SSG (render HTML)'],
];

/** Cold: no bundler cache (as on a fresh CI checkout). Docusaurus keeps it in node_modules/.cache. */
function clearCaches(siteDir: string): void {
  rmSync(path.join(siteDir, 'node_modules/.cache'), {recursive: true, force: true});
  rmSync(path.join(siteDir, '.docusaurus'), {recursive: true, force: true});
}

function ratioLine(mode: Mode, roadmap: number, docs: number): string {
  if (docs <= 0 || roadmap <= 0) {
    return `${mode}: roadmap ${roadmap.toFixed(1)} ms/page, docs ${docs.toFixed(1)} ms/page: a non-positive cost is inside the noise; no ratio (raise --count or --rounds)`;
  }
  const ratio = roadmap / docs;
  return `${mode}: roadmap ${roadmap.toFixed(1)} ms/page vs docs ${docs.toFixed(1)} ms/page: ratio ${ratio.toFixed(2)} (budget ≤ 1.0): ${verdict(ratio <= 1.0)}`;
}

async function main(): Promise<void> {
  printHeader('build cost per page: roadmap pages vs docs pages', 'roadmap ms/page ÷ docs ms/page ≤ 1.0');
  await ensureBuilt();
  const files = roadmapFiles(count, items, SEED);
  const root = mkdtempSync(path.join(os.tmpdir(), 'roadmark-bench-build-'));
  const variants: Variant[] = (
    [
      {id: 'base', label: 'baseline (home + 1 doc)', spec: {roadmark: false, roadmaps: [], docs: []}},
      {id: 'roadmap', label: `+ ${count} roadmaps (plugin)`, spec: {roadmark: true, roadmaps: files, docs: []}},
      {id: 'docs', label: `+ ${count} docs pages`, spec: {roadmark: false, roadmaps: [], docs: files}},
    ] as const
  ).map((v) => ({...v, siteDir: path.join(root, v.id), runs: {cold: [], warm: []}, pages: 0, bytes: 0}));
  try {
    for (const variant of variants) writeSite(variant.siteDir, variant.spec);
    console.log(`sites in ${root}; ${count} files of ~${items} items (seed ${SEED})`);
    for (const variant of variants) {
      const run = await buildSite(variant.siteDir);
      console.log(`  warm-up build (discarded) ${variant.label}: ${run.ms.toFixed(0)} ms`);
    }
    for (let round = 0; round < rounds; round++) {
      // Alternate the order so no variant always follows the same one.
      const order = round % 2 === 0 ? variants : [...variants].reverse();
      for (const variant of order) {
        clearCaches(variant.siteDir);
        const cold = await buildSite(variant.siteDir);
        const warm = await buildSite(variant.siteDir);
        variant.runs.cold.push(cold);
        variant.runs.warm.push(warm);
        console.log(`  round ${round + 1} ${variant.label}: cold ${cold.ms.toFixed(0)} ms, warm ${warm.ms.toFixed(0)} ms`);
      }
    }
    for (const variant of variants) Object.assign(variant, readBuildOutput(path.join(variant.siteDir, 'build')));

    const base = variants[0]!;
    const medianMs = (variant: Variant, mode: Mode) => median(variant.runs[mode].map((r) => r.ms));
    const perPage = (variant: Variant, mode: Mode) =>
      (medianMs(variant, mode) - medianMs(base, mode)) / (variant.pages - base.pages);
    console.log(`\nwall time of \`docusaurus build\`, median of ${rounds} round(s); cold = bundler cache deleted, warm = cache of the previous build`);
    console.log(
      formatTable(
        ['site', 'pages', 'extra pages', 'cold ms', 'cold ms/page', 'warm ms', 'warm ms/page', 'build MB', 'KB/extra page'],
        variants.map((v) => {
          const isBase = v === base;
          return [
            v.label, String(v.pages), isBase ? '-' : String(v.pages - base.pages),
            medianMs(v, 'cold').toFixed(0), isBase ? '-' : perPage(v, 'cold').toFixed(1),
            medianMs(v, 'warm').toFixed(0), isBase ? '-' : perPage(v, 'warm').toFixed(1),
            mb(v.bytes).toFixed(2), isBase ? '-' : ((v.bytes - base.bytes) / 1024 / (v.pages - base.pages)).toFixed(1),
          ];
        }),
      ),
    );
    console.log('pages = HTML files written (one per route): a timeline and a matrix page per roadmap file, plus the plugin home and comparison pages.');
    console.log("ms/page = (site ms − baseline ms) ÷ extra pages. The baseline already has the docs plugin (docs/intro.md), so the docs figure excludes its fixed cost; the roadmap figure includes the roadmark plugin's.");

    console.log('\nwhere the time goes (median ms per phase, from DOCUSAURUS_PERF_LOGGER; plugins load concurrently):');
    const columns = variants.flatMap((v) => MODES.map((mode) => ({v, mode})));
    console.log(
      formatTable(
        ['phase', ...columns.map(({v, mode}) => `${v.id} ${mode}`)],
        PHASES.map(([key, label]) => [
          label,
          ...columns.map(({v, mode}) => {
            const values = v.runs[mode].map((r) => r.phases.get(key)).filter((x): x is number => x !== undefined);
            return values.length ? median(values).toFixed(0) : '-';
          }),
        ]),
      ),
    );

    const roadmap = variants.find((v) => v.id === 'roadmap')!;
    const docs = variants.find((v) => v.id === 'docs')!;
    console.log('');
    for (const mode of MODES) console.log(ratioLine(mode, perPage(roadmap, mode), perPage(docs, mode)));
  } finally {
    if (keep) console.log(`kept ${root}`);
    else rmSync(root, {recursive: true, force: true});
  }
}

await main();
