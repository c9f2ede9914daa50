/**
 * Drive docusaurus-plugin-roadmark the way Docusaurus does, without a bundler:
 * a minimal LoadContext, options normalized by the plugin's validateOptions,
 * and actions whose createData really writes files (their bytes are counted).
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {LoadContext, PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';
import {pathToFileURL} from 'node:url';
import type {Options, PluginOptions} from 'docusaurus-plugin-roadmark';
import {pluginPackageDir} from './paths.js';

const {normalizePluginOptions} = createRequire(import.meta.url)(
  '@docusaurus/utils-validation',
) as typeof import('@docusaurus/utils-validation');

export function createContext(siteDir: string, generatedFilesDir: string): LoadContext {
  return {
    siteDir,
    siteVersion: undefined,
    generatedFilesDir,
    siteConfig: {baseUrl: '/', trailingSlash: undefined} as LoadContext['siteConfig'],
    siteConfigPath: path.join(siteDir, 'docusaurus.config.js'),
    outDir: path.join(siteDir, 'build'),
    baseUrl: '/',
    i18n: {defaultLocale: 'en', locales: ['en'], path: 'i18n', currentLocale: 'en', localeConfigs: {}},
    localizationDir: path.join(siteDir, 'i18n', 'en'),
    codeTranslations: {},
    siteStorage: {type: 'localStorage', namespace: ''},
    currentBundler: {name: 'webpack'},
  } as unknown as LoadContext;
}

/** Options as Docusaurus hands them to the plugin: through the plugin's own validateOptions. */
export async function normalizeOptions(options: Options): Promise<PluginOptions> {
  const {validateOptions} = (await import(
    pathToFileURL(path.join(pluginPackageDir, 'lib/index.js')).href
  )) as typeof import('docusaurus-plugin-roadmark');
  return validateOptions({validate: normalizePluginOptions as never, options});
}

/** Routes including nested ones (a versioned plugin may nest pages under a parent route). */
export function countRoutes(routes: readonly RouteConfig[]): number {
  return routes.reduce((sum, route) => sum + 1 + countRoutes(route.routes ?? []), 0);
}

export function createWritingActions(dataDir: string) {
  const routes: RouteConfig[] = [];
  const written = {files: 0, bytes: 0, byName: new Map<string, number>()};
  let globalData: unknown;
  mkdirSync(dataDir, {recursive: true});
  const actions: PluginContentLoadedActions = {
    addRoute: (route) => void routes.push(route),
    createData: async (name, content) => {
      const text = typeof content === 'string' ? content : JSON.stringify(content);
      const file = path.join(dataDir, name);
      mkdirSync(path.dirname(file), {recursive: true});
      writeFileSync(file, text);
      written.files += 1;
      written.bytes += Buffer.byteLength(text);
      written.byName.set(name, Buffer.byteLength(text));
      return file;
    },
    setGlobalData: (value) => {
      globalData = value;
    },
  };
  return {actions, routes, written, getGlobalData: () => globalData};
}

/** createData names grouped by kind: their leading word ("compare-1-0-1-1-abc.json" → "compare-*"). */
export function dataGroups(byName: ReadonlyMap<string, number>): {group: string; files: number; bytes: number; largest: number}[] {
  const groups = new Map<string, {group: string; files: number; bytes: number; largest: number}>();
  for (const [name, bytes] of byName) {
    const group = `${/^[a-z]+/i.exec(name)?.[0] ?? name}-*`;
    const entry = groups.get(group) ?? {group, files: 0, bytes: 0, largest: 0};
    entry.files += 1;
    entry.bytes += bytes;
    entry.largest = Math.max(entry.largest, bytes);
    groups.set(group, entry);
  }
  return [...groups.values()].sort((a, b) => b.bytes - a.bytes);
}

/** Routes per page component, e.g. "@theme/RoadmapVersionComparePage": 197. */
export function routesByComponent(routes: readonly RouteConfig[], counts = new Map<string, number>()): Map<string, number> {
  for (const route of routes) {
    counts.set(route.component, (counts.get(route.component) ?? 0) + 1);
    routesByComponent(route.routes ?? [], counts);
  }
  return counts;
}
