/**
 * Where versions live on disk, named as plugin-content-docs names them:
 * `versioned_roadmap/version-<name>/` and `roadmap_versions.json` for the
 * default instance, `<id>_versioned_roadmap/…` and `<id>_roadmap_versions.json`
 * for the others; translations in `i18n/<locale>/<plugin>[-<id>]/<current|version-<name>>/`.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {DEFAULT_PLUGIN_ID, getPluginI18nPath} from '@docusaurus/utils';
import {CURRENT_VERSION_NAME, PLUGIN_NAME} from '../../constants.js';
import {validateVersionNames} from './names.js';

const prefixed = (pluginId: string, name: string) => (pluginId === DEFAULT_PLUGIN_ID ? name : `${pluginId}_${name}`);

export function versionsFilePath(siteDir: string, pluginId: string): string {
  return path.join(siteDir, prefixed(pluginId, 'roadmap_versions.json'));
}

export function versionedRoadmapDir(siteDir: string, pluginId: string): string {
  return path.join(siteDir, prefixed(pluginId, 'versioned_roadmap'));
}

export function versionDirName(versionName: string): string {
  return versionName === CURRENT_VERSION_NAME ? CURRENT_VERSION_NAME : `version-${versionName}`;
}

export function versionContentDir(siteDir: string, pluginId: string, versionName: string): string {
  return path.join(versionedRoadmapDir(siteDir, pluginId), versionDirName(versionName));
}

/** `i18n/<locale>/docusaurus-plugin-roadmark[-id]/<current|version-x>`. */
export function localizedVersionDir(localizationDir: string, pluginId: string, versionName: string): string {
  return path.join(
    getPluginI18nPath({localizationDir, pluginName: PLUGIN_NAME, pluginId}),
    versionDirName(versionName),
  );
}

/** The names in the versions file, newest first; null when there is no such file. */
export async function readVersionsFile(siteDir: string, pluginId: string): Promise<string[] | null> {
  const file = versionsFilePath(siteDir, pluginId);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`Roadmark cannot read the versions file ${file}: ${(error as Error).message}`);
  }
  let names: unknown;
  try {
    names = JSON.parse(text);
  } catch (error) {
    throw new Error(`The versions file ${file} is not valid JSON (${(error as Error).message}). It should hold an array of version names, newest first, e.g. ["2.0", "1.0"].`);
  }
  validateVersionNames(names, file);
  return names;
}
