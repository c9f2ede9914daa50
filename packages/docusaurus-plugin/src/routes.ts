/**
 * The one place where the plugin's pages reach Docusaurus: a plan from
 * pages/ becomes createData files, routes and global data, and the embed
 * registries are written to the generated files folder.
 */
import path from 'node:path';
import {generate} from '@docusaurus/utils';
import type {PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';
import {PLUGIN_NAME} from './constants.js';
import type {LoadedContent} from './load/types.js';
import type {PagesPlan} from './pages/index.js';
import {HISTORIES_REGISTRY_FILE, historiesRegistrySource, REGISTRY_FILE, registrySource, VERSIONS_REGISTRY_FILE, versionsRegistrySource} from './pages/embeds.js';

export async function applyPlan(plan: PagesPlan, actions: PluginContentLoadedActions): Promise<void> {
  const paths = new Map<string, string>();
  for (const file of plan.dataFiles) paths.set(file.name, await actions.createData(file.name, file.contents));
  const pathOf = (name: string): string => {
    const found = paths.get(name);
    if (found === undefined) throw new Error(`Roadmark: a route uses the data file "${name}", which the plan does not create.`);
    return found;
  };
  for (const route of plan.routes) {
    const {modules} = route;
    const config: RouteConfig = modules ? {...route, modules: Object.fromEntries(Object.entries(modules).map(([key, name]) => [key, pathOf(name)]))} : {...route};
    actions.addRoute(config);
  }
  actions.setGlobalData(plan.globalData);
}

/** `@generated/docusaurus-plugin-roadmark/`: where the embed registries go. */
export function registryDir(generatedFilesDir: string): string {
  return path.join(generatedFilesDir, PLUGIN_NAME);
}

/** `generate` skips a write when the content is unchanged, so no needless reload. */
export async function writeRegistries(generatedFilesDir: string, instances: Record<string, LoadedContent | undefined>): Promise<void> {
  await generate(registryDir(generatedFilesDir), REGISTRY_FILE, registrySource(instances));
  await generate(registryDir(generatedFilesDir), VERSIONS_REGISTRY_FILE, versionsRegistrySource(instances));
  await generate(registryDir(generatedFilesDir), HISTORIES_REGISTRY_FILE, historiesRegistrySource(instances));
}
