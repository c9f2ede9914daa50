/**
 * `docusaurus roadmap:snapshot <name>` (`roadmap:snapshot:<id>` for other
 * instances): freeze the working folder as a version, with its translations,
 * as `docs:version` does for docs.
 */
import {cp, mkdir, readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import loggerModule from '@docusaurus/logger';
import {DEFAULT_PLUGIN_ID} from '@docusaurus/utils';
import type {LoadContext} from '@docusaurus/types';
import type {PluginOptions} from '../../options.js';
import {exists} from '../fs.js';
import {CURRENT_VERSION_NAME} from '../../constants.js';
import {localizedVersionDir, readVersionsFile, versionContentDir, versionsFilePath} from './files.js';
import {versionNameProblem} from './names.js';

const logger = loggerModule.default;

/** A refusal the CLI prints as one line (no stack trace). */
export class SnapshotError extends Error {}

export function snapshotCommandName(pluginId: string): string {
  return pluginId === DEFAULT_PLUGIN_ID ? 'roadmap:snapshot' : `roadmap:snapshot:${pluginId}`;
}

async function nonEmpty(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length > 0;
  } catch {
    return false;
  }
}

export interface SnapshotResult {
  versionDir: string;
  /** Locales whose translations were copied. */
  locales: string[];
}

export async function snapshotVersion(
  context: Pick<LoadContext, 'siteDir' | 'i18n'>,
  options: PluginOptions,
  name: string,
): Promise<SnapshotResult> {
  const where = `[${options.id === DEFAULT_PLUGIN_ID ? 'roadmap' : options.id}]`;
  const problem = versionNameProblem(name);
  if (problem) throw new SnapshotError(`${where} Invalid version name: ${problem}. Try something like: 1.0.0`);
  if (options.gitVersions) {
    throw new SnapshotError(`${where} This instance takes its versions from git (option gitVersions): tag a release in git instead of taking a snapshot.`);
  }
  const versions = (await readVersionsFile(context.siteDir, options.id)) ?? [];
  if (versions.includes(name)) {
    throw new SnapshotError(`${where} Version "${name}" already exists in ${path.basename(versionsFilePath(context.siteDir, options.id))}. Use a name that does not exist yet.`);
  }
  const source = path.resolve(context.siteDir, options.path);
  if (!(await nonEmpty(source))) throw new SnapshotError(`${where} There is no roadmap to snapshot: ${source} is missing or empty.`);
  const target = versionContentDir(context.siteDir, options.id, name);
  if (await exists(target)) {
    throw new SnapshotError(`${where} ${path.relative(context.siteDir, target)} already exists although the versions file does not list "${name}". Remove the folder or pick another name.`);
  }

  await mkdir(path.dirname(target), {recursive: true});
  await cp(source, target, {recursive: true});
  const locales: string[] = [];
  for (const locale of context.i18n.locales) {
    if (locale === context.i18n.defaultLocale) continue;
    const localizationDir = path.resolve(context.siteDir, context.i18n.path, context.i18n.localeConfigs[locale]?.path ?? locale);
    const from = localizedVersionDir(localizationDir, options.id, CURRENT_VERSION_NAME);
    if (!(await nonEmpty(from))) continue;
    await cp(from, localizedVersionDir(localizationDir, options.id, name), {recursive: true});
    locales.push(locale);
  }
  await writeFile(versionsFilePath(context.siteDir, options.id), `${JSON.stringify([name, ...versions], null, 2)}\n`);
  return {versionDir: target, locales};
}

/** The CLI action: one success line, or one error line and exit code 1. */
export async function runSnapshotCommand(context: LoadContext, options: PluginOptions, name: string): Promise<void> {
  try {
    const {versionDir, locales} = await snapshotVersion(context, options, name);
    logger.success(
      `Roadmap version ${name} created in ${path.relative(context.siteDir, versionDir)}${locales.length ? `, with the translations of ${locales.join(', ')}` : ''}.`,
    );
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    logger.error(error.message);
    process.exitCode = 1;
  }
}
