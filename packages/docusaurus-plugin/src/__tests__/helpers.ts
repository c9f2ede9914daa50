/** A minimal LoadContext and collecting actions, as Docusaurus' own plugin tests use. */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {createRequire} from 'node:module';
import type {LoadContext, PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';
import {validateOptions, type Options, type PluginOptions} from '../options.js';
import pluginRoadmark from '../index.js';
import type {LoadedContent} from '../load/types.js';

const {normalizePluginOptions} = createRequire(import.meta.url)('@docusaurus/utils-validation') as typeof import('@docusaurus/utils-validation');

export const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');

/** Generated folders of the fake contexts, removed when the test process exits. */
const generatedDirs: string[] = [];
process.on('exit', () => {
  for (const dir of generatedDirs) rmSync(dir, {recursive: true, force: true});
});

/** `site`: a fixture's name, or the absolute path of a site folder (a fixture copied to edit it). */
export function fakeContext(site: string, locale = 'en'): LoadContext {
  const siteDir = path.isAbsolute(site) ? site : path.join(fixtures, site);
  const generatedFilesDir = mkdtempSync(path.join(tmpdir(), 'roadmark-generated-'));
  generatedDirs.push(generatedFilesDir);
  return {
    siteDir,
    siteVersion: undefined,
    generatedFilesDir,
    siteConfig: {url: 'https://example.org', baseUrl: '/', trailingSlash: undefined} as LoadContext['siteConfig'],
    siteConfigPath: path.join(siteDir, 'docusaurus.config.js'),
    outDir: path.join(siteDir, 'build'),
    baseUrl: locale === 'en' ? '/' : `/${locale}/`,
    i18n: {defaultLocale: 'en', locales: ['en', 'fr'], path: 'i18n', currentLocale: locale, localeConfigs: {}},
    localizationDir: path.join(siteDir, 'i18n', locale),
    codeTranslations: {},
    siteStorage: {type: 'localStorage', namespace: ''},
    currentBundler: {name: 'webpack'},
  } as unknown as LoadContext;
}

export function normalize(options: Options): PluginOptions {
  return validateOptions({validate: normalizePluginOptions as never, options});
}

export function createFakeActions(dataDir: string) {
  const routes: RouteConfig[] = [];
  const data: Record<string, string> = {};
  let globalData: unknown;
  const actions: PluginContentLoadedActions = {
    addRoute: (route) => void routes.push(route),
    createData: async (name, content) => {
      data[name] = typeof content === 'string' ? content : JSON.stringify(content);
      return path.join(dataDir, name);
    },
    setGlobalData: (value) => {
      globalData = value;
    },
  };
  return {actions, routes, data, getGlobalData: () => globalData};
}

/** The plugin on `context` as a build runs it: loadContent, then contentLoaded with collecting actions. */
export async function runPlugin(context: LoadContext, options: Options = {}) {
  // The fixture sites are in the source tree: their parse cache goes to the build's temporary folder.
  const normalized = normalize({cacheDir: path.join(context.generatedFilesDir, 'parse-cache'), ...options});
  const plugin = await pluginRoadmark(context, normalized);
  const content = (await plugin.loadContent!()) as LoadedContent;
  const fake = createFakeActions(path.join(context.generatedFilesDir, 'docusaurus-plugin-roadmark', normalized.id));
  await plugin.contentLoaded!({content, actions: fake.actions, allContent: {}} as never);
  return {plugin, options: normalized, content, ...fake};
}
