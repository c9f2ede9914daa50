/**
 * docusaurus-plugin-roadmark: timeline and feature-matrix pages from roadmap
 * markdown files. One instance per folder of roadmaps (`id` for several).
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {PluginOptions} from './options.js';
import type {LoadedContent} from './types.js';
import {contentPath, loadRoadmapFiles, localizedContentPath, PLUGIN_NAME} from './content.js';
import {createAllRoutes} from './routes.js';
import {getTranslationFiles, translateContent} from './translations.js';
import {writeRegistry} from './embed.js';

export default async function pluginRoadmark(
  context: LoadContext,
  options: PluginOptions,
): Promise<Plugin<LoadedContent>> {
  const baseDir = contentPath(context, options);
  const localizedDir = localizedContentPath(context, options);

  return {
    name: PLUGIN_NAME,

    getThemePath() {
      return '../lib/theme';
    },
    getTypeScriptThemePath() {
      return '../src/theme';
    },

    getPathsToWatch() {
      return [baseDir, localizedDir].flatMap((dir) =>
        options.include.map((pattern) => path.join(dir, pattern)),
      );
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
      await createAllRoutes({content, options, context, actions});
    },

    async allContentLoaded({allContent}) {
      const instances = (allContent[PLUGIN_NAME] ?? {}) as Record<string, LoadedContent | undefined>;
      await writeRegistry(context.generatedFilesDir, instances);
    },
  };
}

export {validateOptions} from './options.js';
export {getSwizzleConfig} from './getSwizzleConfig.js';
export type {PluginOptions, Options, EditUrlFunction, EditUrlParams, ReportingSeverity, Zoom} from './options.js';
export type {LoadedContent, RoadmapFile} from './types.js';
export type * from './client/types.js';
