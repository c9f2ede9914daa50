/**
 * Which versions an instance builds, newest first, and their metadata: the
 * working folder (`current`), the snapshots the versions file lists, or
 * revisions from git. Options are checked against the versions that exist,
 * with messages that list them.
 */
import path from 'node:path';
import loggerModule from '@docusaurus/logger';
import {createMatcher, normalizeUrl} from '@docusaurus/utils';
import type {LoadContext} from '@docusaurus/types';
import type {PluginOptions} from '../../options.js';
import {exists} from '../fs.js';
import type {RoadmapVersionMetadata, VersionBanner} from '../../shared/types.js';
import {CURRENT_VERSION_NAME} from '../../constants.js';
import {localizedVersionDir, readVersionsFile, versionContentDir, versionedRoadmapDir, versionsFilePath} from './files.js';
import {GitUnavailableError, readGitVersions, type GitFile} from './git.js';

const logger = loggerModule.default;

/** Where one version's files come from. */
export interface VersionSource {
  name: string;
  source: RoadmapVersionMetadata['source'];
  /** The folder to read (working folder or snapshot); null for git versions. */
  contentDir: string | null;
  /** Translated copies for the current locale (may not exist). */
  localizedDir: string;
  /** Files of a git version, already read. */
  gitFiles: GitFile[] | null;
  gitLabel: string | null;
  /** Date of a git tag or commit. */
  date: string | null;
}

export function contentMatcher(options: PluginOptions): (source: string) => boolean {
  const included = createMatcher(options.include);
  const excluded = createMatcher(options.exclude);
  return (source) => included(source) && !excluded(source);
}

async function gitSources(context: LoadContext, options: PluginOptions, contentDir: string): Promise<VersionSource[]> {
  if (!options.gitVersions) return [];
  const where = `Roadmark (${options.id}): versions from git`;
  try {
    const {versions, warnings} = await readGitVersions(contentDir, options.gitVersions, contentMatcher(options));
    for (const warning of warnings) logger.warn(`${where}: ${warning}.`);
    return versions.map((version) => ({
      name: version.name,
      source: 'git',
      contentDir: null,
      localizedDir: localizedVersionDir(context.localizationDir, options.id, version.name),
      gitFiles: version.files,
      gitLabel: version.label,
      date: version.date,
    }));
  } catch (error) {
    if (error instanceof GitUnavailableError) {
      logger.warn(`${where} are skipped: ${error.message}. The site is built from the working folder only.`);
      return [];
    }
    throw error;
  }
}

async function snapshotSources(context: LoadContext, options: PluginOptions): Promise<VersionSource[]> {
  const names = (await readVersionsFile(context.siteDir, options.id)) ?? [];
  const sources: VersionSource[] = [];
  for (const name of names) {
    const dir = versionContentDir(context.siteDir, options.id, name);
    if (!(await exists(dir))) {
      throw new Error(
        `Roadmap version "${name}" is listed in ${path.relative(context.siteDir, versionsFilePath(context.siteDir, options.id))} but its folder ${path.relative(context.siteDir, dir)} does not exist. Restore the folder or remove the name from the versions file.`,
      );
    }
    sources.push({
      name,
      source: 'snapshot',
      contentDir: dir,
      localizedDir: localizedVersionDir(context.localizationDir, options.id, name),
      gitFiles: null,
      gitLabel: null,
      date: null,
    });
  }
  return sources;
}

function checkNames(kind: string, names: readonly string[], available: readonly string[]): void {
  const unknown = names.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `Roadmark option ${kind} names unknown version${unknown.length === 1 ? '' : 's'} ${unknown.map((n) => `"${n}"`).join(', ')}. Available versions: ${available.map((n) => `"${n}"`).join(', ')}.`,
    );
  }
}

/** Every version the instance builds, newest first, checked against the options. */
export async function resolveVersionSources(context: LoadContext, options: PluginOptions, contentDir: string): Promise<VersionSource[]> {
  const released = options.gitVersions
    ? await gitSources(context, options, contentDir)
    : await snapshotSources(context, options);
  if (options.gitVersions && (await exists(versionedRoadmapDir(context.siteDir, options.id)))) {
    logger.warn(`Roadmark (${options.id}): gitVersions is set, so ${path.relative(context.siteDir, versionedRoadmapDir(context.siteDir, options.id))} is not read.`);
  }
  // As plugin-content-docs does: a missing folder is a configuration mistake, not an empty roadmap
  // (which would publish a comparison saying every item was dropped).
  if (options.includeCurrentVersion && !(await exists(contentDir))) {
    throw new Error(
      `Roadmark (${options.id}): the roadmap folder "${path.relative(context.siteDir, contentDir) || '.'}" does not exist (${contentDir}). ` +
        `Create it, or set the plugin's "path" option to the folder that holds your roadmap files (default "roadmap"); with only snapshots, set includeCurrentVersion: false.`,
    );
  }
  const current: VersionSource = {
    name: CURRENT_VERSION_NAME,
    source: 'working',
    contentDir,
    localizedDir: localizedVersionDir(context.localizationDir, options.id, CURRENT_VERSION_NAME),
    gitFiles: null,
    gitLabel: null,
    date: null,
  };
  const all = [current, ...released];
  const available = all.map((v) => v.name);
  checkNames('"versions"', Object.keys(options.versions), available);
  if (options.lastVersion) checkNames('"lastVersion"', [options.lastVersion], available);
  if (options.onlyIncludeVersions) {
    checkNames('"onlyIncludeVersions"', options.onlyIncludeVersions, available);
    if (options.lastVersion && !options.onlyIncludeVersions.includes(options.lastVersion)) {
      throw new Error(`Roadmark option "onlyIncludeVersions" must include the lastVersion "${options.lastVersion}".`);
    }
  }
  const included = all.filter(
    (v) =>
      (v.name !== CURRENT_VERSION_NAME || options.includeCurrentVersion) &&
      (!options.onlyIncludeVersions || options.onlyIncludeVersions.includes(v.name)),
  );
  if (included.length === 0) {
    throw new Error(`Roadmark (${options.id}): no version to build. includeCurrentVersion is false and there are no other versions${options.onlyIncludeVersions ? ' in onlyIncludeVersions' : ''}.`);
  }
  return included;
}

/**
 * The default last version: the working file, which is what visitors of a roadmap want to read (unlike
 * docs, where the newest release is); the newest snapshot only when the working file is not built.
 */
export function defaultLastVersion(sources: readonly VersionSource[]): string {
  return (sources.find((v) => v.name === CURRENT_VERSION_NAME) ?? sources[0]!).name;
}

/** Where the instance's pages go: the site's baseUrl (with its locale) and routeBasePath. */
export function instanceBasePath(baseUrl: string, options: PluginOptions): string {
  return normalizeUrl([baseUrl, options.routeBasePath]);
}

/** URL segment of a version: configured, `next` for the working folder, else the name. */
export function versionSegment(options: PluginOptions, name: string): string {
  return options.versions[name]?.path ?? (name === CURRENT_VERSION_NAME ? 'next' : name);
}

export function versionMetadata(
  context: LoadContext,
  options: PluginOptions,
  sources: readonly VersionSource[],
  index: number,
  lastVersion: string,
): Omit<RoadmapVersionMetadata, 'roadmaps' | 'date'> & {date: string | null} {
  const source = sources[index]!;
  const configured = options.versions[source.name] ?? {};
  const lastIndex = sources.findIndex((v) => v.name === lastVersion);
  const isLast = source.name === lastVersion;
  const basePath = instanceBasePath(context.baseUrl, options);
  const defaultBanner: VersionBanner = isLast ? 'none' : index < lastIndex ? 'unreleased' : 'unmaintained';
  return {
    name: source.name,
    label: configured.label ?? source.gitLabel ?? (source.name === CURRENT_VERSION_NAME ? (isLast ? 'Current' : 'Next') : source.name),
    path: isLast ? basePath : normalizeUrl([basePath, versionSegment(options, source.name)]),
    isLast,
    banner: configured.banner ?? defaultBanner,
    noIndex: configured.noIndex ?? false,
    date: source.date,
    source: source.source,
  };
}
