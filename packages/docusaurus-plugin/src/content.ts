/**
 * loadContent: find the instance's roadmap files, read them as bytes, parse
 * each through @roadmark/core, and report the core's diagnostics.
 */
import {readFile, access} from 'node:fs/promises';
import path from 'node:path';
import {Globby, getPluginI18nPath, normalizeUrl, posixPath} from '@docusaurus/utils';
import {parseRoadmap} from '@roadmark/core';
import type {Diagnostic, Roadmap} from '@roadmark/core';
import type {LoadContext} from '@docusaurus/types';
import type {PluginOptions} from './options.js';
import type {LoadedContent, RoadmapFile} from './types.js';
import {displayTitle, roadmapSlug} from './slug.js';
import {reportDiagnostics} from './report.js';

export const PLUGIN_NAME = 'docusaurus-plugin-roadmark';
/** Route segment of the cross-roadmap matrix; no roadmap may use it as its slug. */
export const COMPARISON_SEGMENT = 'compare';

export function contentPath(context: LoadContext, options: PluginOptions): string {
  return path.resolve(context.siteDir, options.path);
}

/** Where translated roadmap files live: `i18n/<locale>/docusaurus-plugin-roadmark[-id]/`. */
export function localizedContentPath(context: LoadContext, options: PluginOptions): string {
  return getPluginI18nPath({
    localizationDir: context.localizationDir,
    pluginName: PLUGIN_NAME,
    pluginId: options.id,
  });
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

function editUrlFor(
  context: LoadContext,
  options: PluginOptions,
  source: string,
): string | null {
  const {editUrl} = options;
  if (!editUrl) return null;
  const roadmapDirPath = posixPath(path.relative(context.siteDir, contentPath(context, options)));
  if (typeof editUrl === 'function') {
    return editUrl({roadmapPath: source, roadmapDirPath, locale: context.i18n.currentLocale}) ?? null;
  }
  return normalizeUrl([editUrl, roadmapDirPath, source]);
}

function stringField(frontMatter: Record<string, unknown>, key: string): string | null {
  const value = frontMatter[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function describe(title: string, roadmap: Roadmap): string {
  const themes = roadmap.themes.length;
  const updated = roadmap.updated ? `, updated ${roadmap.updated}` : '';
  return `${title}: ${roadmap.stats.items} roadmap items in ${themes} theme${themes === 1 ? '' : 's'}${updated}.`;
}

export async function loadRoadmapFiles(
  context: LoadContext,
  options: PluginOptions,
): Promise<LoadedContent> {
  const baseDir = contentPath(context, options);
  const localizedDir = localizedContentPath(context, options);
  const sources = (
    await Globby(options.include, {cwd: baseDir, ignore: options.exclude, onlyFiles: true})
  )
    .map(posixPath)
    .sort();

  const files: RoadmapFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const source of sources) {
    const localized = path.join(localizedDir, source);
    const filePath = (await exists(localized)) ? localized : path.join(baseDir, source);
    const siteSource = posixPath(path.relative(context.siteDir, filePath));
    const bytes = new Uint8Array(await readFile(filePath));
    const roadmap = parseRoadmap(bytes, {
      file: siteSource,
      fiscalYearStartMonth: options.fiscalYearStartMonth,
      themes: options.themes,
      themeOrder: options.themeOrder,
    });
    diagnostics.push(...roadmap.diagnostics.map((d) => ({...d, file: d.file ?? siteSource})));
    const title = displayTitle(roadmap.title, source);
    files.push({
      slug: roadmapSlug(source),
      source,
      siteSource,
      filePath,
      title,
      description: stringField(roadmap.frontMatter, 'description') ?? describe(title, roadmap),
      editUrl: editUrlFor(context, options, source),
      roadmap,
    });
  }
  checkSlugs(files);
  reportDiagnostics(diagnostics, options.onLintIssue);
  return {files};
}

function checkSlugs(files: RoadmapFile[]): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    if (file.slug === COMPARISON_SEGMENT) {
      throw new Error(
        `Roadmap file "${file.siteSource}" has the slug "${COMPARISON_SEGMENT}", which the cross-roadmap matrix page uses. Rename the file or set another "slug" in its front matter.`,
      );
    }
    const other = seen.get(file.slug);
    if (other) {
      throw new Error(
        `Roadmap files "${other}" and "${file.siteSource}" both get the slug "${file.slug}". Rename one or set "slug" in its front matter.`,
      );
    }
    seen.set(file.slug, file.siteSource);
  }
}
