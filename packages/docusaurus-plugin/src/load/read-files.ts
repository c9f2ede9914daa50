/**
 * Reading one version's roadmap files as bytes: the files under the version's
 * folder that `include`/`exclude` select, or the files of a git revision; a
 * translated copy for the current locale replaces a file when it exists.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {Globby, getPluginI18nPath, normalizeUrl, posixPath} from '@docusaurus/utils';
import type {LoadContext} from '@docusaurus/types';
import type {PluginOptions} from '../options.js';
import {CURRENT_VERSION_NAME, PLUGIN_NAME} from '../constants.js';
import {exists} from './fs.js';
import type {VersionSource} from './versions/index.js';

export function contentPath(context: LoadContext, options: PluginOptions): string {
  return path.resolve(context.siteDir, options.path);
}

/** Where translated files live: `i18n/<locale>/docusaurus-plugin-roadmark[-id]/` (versions in `current/`, `version-<name>/`). */
export function localizedContentPath(context: LoadContext, options: PluginOptions): string {
  return getPluginI18nPath({
    localizationDir: context.localizationDir,
    pluginName: PLUGIN_NAME,
    pluginId: options.id,
  });
}

function editUrlFor(context: LoadContext, options: PluginOptions, dir: string, source: string): string | null {
  const {editUrl} = options;
  if (!editUrl) return null;
  const roadmapDirPath = posixPath(path.relative(context.siteDir, dir));
  if (typeof editUrl === 'function') {
    return editUrl({roadmapPath: source, roadmapDirPath, locale: context.i18n.currentLocale}) ?? null;
  }
  return normalizeUrl([editUrl, roadmapDirPath, source]);
}

export interface RawFile {
  source: string;
  /** For messages and sitemap metadata. */
  siteSource: string;
  filePath: string | null;
  bytes: Uint8Array;
  editUrl: string | null;
  /**
   * Set when `bytes` are a translated copy: the untranslated file. A roadmap translated in some
   * versions only is compared through its untranslated files (content.ts), like with like.
   */
  original?: {siteSource: string; filePath: string | null; bytes: Uint8Array};
}

export async function readVersionFiles(context: LoadContext, options: PluginOptions, version: VersionSource): Promise<RawFile[]> {
  const localized = async (source: string) => {
    const file = path.join(version.localizedDir, source);
    return (await exists(file)) ? file : null;
  };
  if (version.gitFiles) {
    const dir = posixPath(path.relative(context.siteDir, contentPath(context, options)));
    return Promise.all(
      version.gitFiles.map(async ({source, bytes}) => {
        const translated = await localized(source);
        return {
          source,
          siteSource: translated ? posixPath(path.relative(context.siteDir, translated)) : `${dir}/${source}@${version.gitLabel ?? version.name}`,
          filePath: translated,
          bytes: translated ? new Uint8Array(await readFile(translated)) : bytes,
          editUrl: null,
          ...(translated ? {original: {siteSource: `${dir}/${source}@${version.gitLabel ?? version.name}`, filePath: null, bytes}} : {}),
        };
      }),
    );
  }
  const dir = version.contentDir!;
  if (!(await exists(dir))) {
    if (version.name === CURRENT_VERSION_NAME) return [];
    throw new Error(`Roadmark cannot find the folder of version "${version.name}": ${dir}`);
  }
  const sources = (await Globby(options.include, {cwd: dir, ignore: options.exclude, onlyFiles: true})).map(posixPath).sort();
  return Promise.all(
    sources.map(async (source) => {
      const untranslated = path.join(dir, source);
      const translated = await localized(source);
      const filePath = translated ?? untranslated;
      return {
        source,
        siteSource: posixPath(path.relative(context.siteDir, filePath)),
        filePath,
        bytes: new Uint8Array(await readFile(filePath)),
        editUrl: editUrlFor(context, options, dir, source),
        ...(translated
          ? {original: {siteSource: posixPath(path.relative(context.siteDir, untranslated)), filePath: untranslated, bytes: new Uint8Array(await readFile(untranslated))}}
          : {}),
      };
    }),
  );
}
