/**
 * docusaurus-plugin-roadmark: timeline and feature-matrix pages from roadmap
 * markdown files, versioned like docs, with change logs, compare pages, item
 * histories and change feeds. One instance per folder of roadmaps (`id` for several).
 */
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {PluginOptions} from './options.js';
import type {LoadedContent} from './load/types.js';
import {PLUGIN_NAME} from './constants.js';
import {loadRoadmapFiles} from './load/content.js';
import {contentPath, localizedContentPath} from './load/read-files.js';
import {readVersionsFile, versionContentDir, versionsFilePath} from './load/versions/files.js';
import {runSnapshotCommand, snapshotCommandName} from './load/versions/snapshot.js';
import {planPages, type FeedPlan} from './pages/index.js';
import {getTranslationFiles, translateContent} from './pages/translations.js';
import {applyPlan, writeRegistries} from './routes.js';
import {feedHeadTags, writeFeeds} from './feeds/publish.js';

export default async function pluginRoadmark(
  context: LoadContext,
  options: PluginOptions,
): Promise<Plugin<LoadedContent>> {
  const baseDir = contentPath(context, options);
  const localizedDir = localizedContentPath(context, options);
  // Read once for the watcher; loadContent reads the file again so a new snapshot shows up on reload.
  const snapshotNames = options.gitVersions ? [] : ((await readVersionsFile(context.siteDir, options.id)) ?? []);
  let feeds: FeedPlan | null = null;

  return {
    name: PLUGIN_NAME,

    getThemePath() {
      return '../lib/theme';
    },
    getTypeScriptThemePath() {
      return '../src/theme';
    },

    // Page-wide contrast rules (links, primary buttons) that no single component owns.
    getClientModules() {
      return [fileURLToPath(new URL('./theme/roadmark.css', import.meta.url))];
    },

    getPathsToWatch() {
      const dirs = [baseDir, ...snapshotNames.map((name) => versionContentDir(context.siteDir, options.id, name)), localizedDir];
      return [
        versionsFilePath(context.siteDir, options.id),
        ...dirs.flatMap((dir) => options.include.map((pattern) => path.join(dir, pattern))),
      ];
    },

    async loadContent() {
      return loadRoadmapFiles(context, options);
    },

    getTranslationFiles({content}) {
      return getTranslationFiles(content);
    },

    translateContent({content, translationFiles}) {
      return translateContent(content, translationFiles);
    },

    async contentLoaded({content, actions}) {
      const plan = planPages(content, options, context.baseUrl);
      await applyPlan(plan, actions);
      feeds = plan.feeds;
    },

    async allContentLoaded({allContent}) {
      const instances = (allContent[PLUGIN_NAME] ?? {}) as Record<string, LoadedContent | undefined>;
      await writeRegistries(context.generatedFilesDir, instances);
    },

    injectHtmlTags() {
      return feeds ? {headTags: feedHeadTags(options, feeds)} : {};
    },

    async postBuild({outDir}) {
      if (feeds) await writeFeeds(context, options, feeds, outDir);
    },

    extendCli(cli) {
      cli
        .command(snapshotCommandName(options.id))
        .arguments('<version>')
        .description(`Freeze the roadmaps in "${options.path}" as a version (plugin instance "${options.id}"), with their translations.`)
        .action((version: string) => runSnapshotCommand(context, options, version));
    },
  };
}

export {validateOptions} from './options.js';
export {getSwizzleConfig} from './getSwizzleConfig.js';
export {snapshotVersion} from './load/versions/snapshot.js';
export type {PluginOptions, Options, EditUrlFunction, EditUrlParams, ReportingSeverity, Zoom, VersionOptions, GitVersionsOptions} from './options.js';
export type {LoadedContent, LoadedVersion, RoadmapFile} from './load/types.js';
export type * from './shared/types.js';
