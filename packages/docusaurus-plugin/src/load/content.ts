/**
 * loadContent: for each version (working folder, snapshots or git
 * revisions), find its roadmap files, read them as bytes (read-files.ts),
 * parse each through @roadmark/core or take it from the parse cache, and
 * report the core's diagnostics.
 */
import path from 'node:path';
import loggerModule from '@docusaurus/logger';
import {parseRoadmap} from '@roadmark/core';
import type {Diagnostic, Roadmap} from '@roadmark/core';
import type {LoadContext} from '@docusaurus/types';
import type {PluginOptions} from '../options.js';
import type {LoadedContent, LoadedVersion, RoadmapFile} from './types.js';
import {CHANGES_SEGMENT, COMPARISON_SEGMENT, CURRENT_VERSION_NAME, PLUGIN_NAME} from '../constants.js';
import {displayTitle, roadmapSlug} from './slug.js';
import {failOnUnreadFiles, reportDiagnostics, reportVersionDiagnostics} from './report.js';
import {createParseCache, type ParseCache} from './parse-cache.js';
import {parseInWorkers, parseWorkerCount, type ParseJob} from './parse-pool.js';
import {createHistoryDiffer} from './history-diffs.js';
import {alignTranslation, partlyTranslatedSlugs} from './translated.js';
import {contentPath, readVersionFiles, type RawFile} from './read-files.js';
import {defaultLastVersion, resolveVersionSources, versionMetadata, versionSegment} from './versions/index.js';

const logger = loggerModule.default;

function stringField(frontMatter: Record<string, unknown>, key: string): string | null {
  const value = frontMatter[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function describe(title: string, roadmap: Roadmap): string {
  const themes = roadmap.themes.length;
  const updated = roadmap.updated ? `, updated ${roadmap.updated}` : '';
  return `${title}: ${roadmap.stats.items} roadmap items in ${themes} theme${themes === 1 ? '' : 's'}${updated}.`;
}

/**
 * Where parsed roadmaps are kept between builds (see parse-cache.ts): `cacheDir`, by default beside
 * the bundler's persistent cache in `node_modules/.cache/`, which CI setups keep between runs and
 * `docusaurus clear` empties; `.docusaurus/` is rebuilt on every CI run.
 */
export function parseCacheDir(context: LoadContext, options: PluginOptions): string {
  const base = options.cacheDir ? path.resolve(context.siteDir, options.cacheDir) : path.join(context.siteDir, 'node_modules', '.cache', PLUGIN_NAME);
  return path.join(base, options.id);
}

/**
 * Cached models first (read in parallel, a bounded number at a time), then the parser for the rest:
 * in worker threads when there are enough of them (parse-pool.ts, the `parseWorkers` option), else here.
 */
async function parseFiles(
  options: PluginOptions,
  raws: readonly {siteSource: string; bytes: Uint8Array}[],
  cache: ParseCache,
  onRoadmap: (index: number, roadmap: Roadmap) => void,
): Promise<Roadmap[]> {
  const parseOptions = raws.map((raw) => ({
    file: raw.siteSource,
    fiscalYearStartMonth: options.fiscalYearStartMonth,
    themes: options.themes,
    themeOrder: options.themeOrder,
    maxBytes: options.maxFileSize,
  }));
  const keys = raws.map((raw, i) => cache.keyOf(raw.bytes, parseOptions[i]!));
  const roadmaps: (Roadmap | null)[] = [];
  for (let at = 0; at < keys.length; at += 32) roadmaps.push(...(await Promise.all(keys.slice(at, at + 32).map((key) => cache.get(key)))));

  roadmaps.forEach((roadmap, i) => roadmap && onRoadmap(i, roadmap));
  const missing = roadmaps.flatMap((roadmap, i) => (roadmap ? [] : [i]));
  const jobs: ParseJob[] = missing.map((i) => ({bytes: raws[i]!.bytes, options: parseOptions[i]!}));
  const workers = parseWorkerCount(options.parseWorkers, jobs.length, jobs.reduce((sum, job) => sum + job.bytes.byteLength, 0));
  if (workers > 0) {
    const parsed = await parseInWorkers(jobs, workers, {onResult: (n, roadmap) => onRoadmap(missing[n]!, roadmap)});
    missing.forEach((i, n) => {
      const {roadmap, json} = parsed[n]!;
      roadmaps[i] = roadmap;
      cache.set(keys[i]!, roadmap, json);
    });
  } else {
    for (const i of missing) {
      const roadmap = parseRoadmap(raws[i]!.bytes, parseOptions[i]);
      roadmaps[i] = roadmap;
      cache.set(keys[i]!, roadmap);
      onRoadmap(i, roadmap);
    }
  }
  return roadmaps as Roadmap[];
}

/**
 * A file of a partly translated roadmap (translated.ts): the translation shown with its source's
 * item ids, and the source for comparisons; a translation whose items no longer match its source
 * is not shown (a warning says so), the source is.
 */
function withSource(options: PluginOptions, raw: RawFile, translation: Roadmap, source: Roadmap, versionName: string): RoadmapFile {
  const aligned = alignTranslation(translation, source);
  if (aligned) return {...toRoadmapFile(options, raw, aligned), sourceRoadmap: source};
  const original = raw.original!;
  logger.warn`Roadmark shows the untranslated name=${original.siteSource} in version name=${versionName}: its translation path=${raw.siteSource} holds ${translation.stats.items} items where the file holds ${source.stats.items}, so the two cannot be compared item by item. Update the translation.`;
  return toRoadmapFile(options, {...raw, ...original, filePath: original.filePath}, source);
}

function toRoadmapFile(options: PluginOptions, raw: RawFile, roadmap: Roadmap): RoadmapFile {
  const title = displayTitle(roadmap.title, raw.source, options.title);
  return {
    slug: roadmapSlug(raw.source),
    source: raw.source,
    siteSource: raw.siteSource,
    filePath: raw.filePath,
    title,
    description: stringField(roadmap.frontMatter, 'description') ?? describe(title, roadmap),
    editUrl: raw.editUrl,
    roadmap,
  };
}

function sameBytes(a: RawFile[], b: {source: string; bytes: Uint8Array}[]): boolean {
  return a.length === b.length && a.every((f, i) => f.source === b[i]!.source && Buffer.compare(f.bytes, b[i]!.bytes) === 0);
}

function newestUpdated(files: RoadmapFile[]): string | null {
  let newest: string | null = null;
  for (const file of files) if (file.roadmap.updated && (!newest || file.roadmap.updated > newest)) newest = file.roadmap.updated;
  return newest;
}

export async function loadRoadmapFiles(context: LoadContext, options: PluginOptions): Promise<LoadedContent> {
  let sources = await resolveVersionSources(context, options, contentPath(context, options));
  const raws = await Promise.all(sources.map((source) => readVersionFiles(context, options, source)));
  // With git versions, a working folder that equals the newest revision is that revision, not another version.
  if (sources[0]?.name === CURRENT_VERSION_NAME && sources[1]?.gitFiles && sameBytes(raws[0]!, sources[1].gitFiles) && !options.lastVersion) {
    sources = sources.slice(1);
    raws.shift();
  }
  const lastVersion = options.lastVersion ?? defaultLastVersion(sources);

  const cache = createParseCache(parseCacheDir(context, options));
  const flat = raws.flat();
  const slugs = flat.map((raw) => roadmapSlug(raw.source));
  // A roadmap translated in some versions only is compared through its untranslated files: parse those too.
  const partly = partlyTranslatedSlugs(flat, slugs);
  const originals = flat.flatMap((raw, index) => (raw.original && partly.has(slugs[index]!) ? [{index, ...raw.original}] : []));
  const originalOf = new Map(originals.map(({index}, n) => [index, flat.length + n]));
  // Versions' histories diff adjacent versions: each pair as soon as both are parsed (history-diffs.ts).
  const differ = sources.length >= 2 ? createHistoryDiffer(raws.map((files) => files.map((raw) => roadmapSlug(raw.source)))) : null;
  const toDiffer = (index: number, roadmap: Roadmap): void => {
    if (index >= flat.length) differ?.add(originals[index - flat.length]!.index, roadmap);
    else if (!originalOf.has(index)) differ?.add(index, roadmap);
  };
  const roadmaps = await parseFiles(options, [...flat, ...originals], cache, toDiffer);
  const versionOf = raws.flatMap((files, v) => files.map(() => sources[v]!.name));
  const parsed = flat.map((raw, index) => {
    const original = originalOf.get(index);
    return original === undefined
      ? toRoadmapFile(options, raw, roadmaps[index]!)
      : withSource(options, raw, roadmaps[index]!, roadmaps[original]!, versionOf[index]!);
  });
  const versions: LoadedVersion[] = [];
  for (const [index, source] of sources.entries()) {
    const files = parsed.splice(0, raws[index]!.length);
    const metadata = versionMetadata(context, options, sources, index, lastVersion);
    versions.push({
      metadata: {...metadata, date: metadata.date ?? newestUpdated(files), roadmaps: files.map((f) => f.slug)},
      files,
    });
  }
  await cache.flush();

  for (const version of versions) {
    checkSlugs(version, reservedSegments(options, versions));
    const diagnostics: Diagnostic[] = version.files.flatMap((file) =>
      file.roadmap.diagnostics.map((d) => ({...d, file: d.file ?? file.siteSource})),
    );
    failOnUnreadFiles(diagnostics, options.id);
    // Frozen versions cannot be fixed any more: one line each instead of every message again.
    if (version.metadata.isLast || version.metadata.name === CURRENT_VERSION_NAME) reportDiagnostics(diagnostics, options.onLintIssue);
    else reportVersionDiagnostics(version.metadata.label, diagnostics, options.onLintIssue);
  }
  return differ ? {versions, historyDiffs: differ.diffs()} : {versions};
}

/** URL segments at the instance root that pages other than roadmaps use. */
export function reservedSegments(options: PluginOptions, versions: LoadedVersion[]): Map<string, string> {
  const reserved = new Map<string, string>([
    [COMPARISON_SEGMENT, 'the cross-roadmap matrix page'],
    [CHANGES_SEGMENT, 'the version change log'],
  ]);
  for (const v of versions) {
    if (!v.metadata.isLast) reserved.set(versionSegment(options, v.metadata.name), `the pages of version "${v.metadata.name}"`);
  }
  return reserved;
}

function checkSlugs(version: LoadedVersion, reserved: Map<string, string>): void {
  const seen = new Map<string, string>();
  for (const file of version.files) {
    const top = file.slug.split('/')[0]!;
    const use = reserved.get(top);
    if (use) {
      throw new Error(
        `Roadmap file "${file.siteSource}" gets the URL segment "${top}", which ${use} uses. Rename the file or its folder.`,
      );
    }
    const other = seen.get(file.slug);
    if (other) {
      throw new Error(`Roadmap files "${other}" and "${file.siteSource}" both get the slug "${file.slug}". Rename one of them.`);
    }
    seen.set(file.slug, file.siteSource);
  }
}
