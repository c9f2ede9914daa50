/**
 * contentLoaded: per version, a home page, a timeline and a matrix page per
 * roadmap and a cross-roadmap matrix; with two or more versions also the
 * change log, compare pages (adjacent pairs and each version against the last)
 * and one history page per roadmap. Large data goes through createData; routes
 * carry only module paths and small props.
 */
import {docuHash, normalizeUrl} from '@docusaurus/utils';
import type {LoadContext, PluginContentLoadedActions} from '@docusaurus/types';
import type {PluginOptions} from './options.js';
import type {LoadedContent, LoadedVersion, RoadmapFile} from './types.js';
import type {RoadmapDocumentData, RoadmapPermalinks} from './shared/types.js';
import {CHANGES_SEGMENT, COMPARISON_SEGMENT} from './content.js';
import {toComparisonData, toDocumentData, toHomeData, toSummary} from './props.js';
import {toGlobalData} from './globalData.js';
import {planVersionPages, type VersionPages} from './versions/pages.js';

export function instanceBasePath(context: LoadContext, options: PluginOptions): string {
  return normalizeUrl([context.baseUrl, options.routeBasePath]);
}

export function hasComparison(options: PluginOptions, version: LoadedVersion): boolean {
  return options.comparison && version.files.length >= 2;
}

export function permalinksFor(
  version: LoadedVersion,
  file: RoadmapFile,
  comparison: boolean,
  instance: {basePath: string; versioned: boolean},
): RoadmapPermalinks {
  const home = version.metadata.path;
  const timeline = normalizeUrl([home, file.slug]);
  return {
    home,
    timeline,
    matrix: normalizeUrl([timeline, 'matrix']),
    comparison: comparison ? normalizeUrl([home, COMPARISON_SEGMENT]) : null,
    history: instance.versioned ? historyPermalink(instance.basePath, file.slug) : null,
    changes: instance.versioned ? normalizeUrl([instance.basePath, CHANGES_SEGMENT]) : null,
  };
}

export function historyPermalink(basePath: string, slug: string): string {
  return normalizeUrl([basePath, slug, 'history']);
}

/** The createData file of one roadmap in one version; the last version's is also imported by the MDX embed registry. */
export function documentDataName(versionName: string, file: Pick<RoadmapFile, 'source'>): string {
  return `roadmap-${docuHash(`${versionName}/${file.source}`)}.json`;
}

export interface VersionDocuments {
  version: LoadedVersion;
  documents: {file: RoadmapFile; data: RoadmapDocumentData; dataPath: string}[];
}

async function addVersionRoutes(
  version: LoadedVersion,
  pages: VersionPages | null,
  options: PluginOptions,
  basePath: string,
  actions: PluginContentLoadedActions,
): Promise<VersionDocuments> {
  const comparison = hasComparison(options, version);
  const instance = {basePath, versioned: pages !== null};
  const entries = version.files.map((file) => ({file, permalinks: permalinksFor(version, file, comparison, instance)}));
  const comparisonPermalink = comparison ? normalizeUrl([version.metadata.path, COMPARISON_SEGMENT]) : null;
  const versionContext = pages?.contextOf(version) ?? undefined;

  actions.addRoute({
    path: version.metadata.path,
    component: options.homeComponent,
    exact: true,
    props: {
      home: {
        ...toHomeData(options, entries.map(({file, permalinks}) => toSummary(file, permalinks)), comparisonPermalink),
        ...(versionContext ? {versionContext, changesPermalink: pages!.changesPermalink} : {}),
      },
    },
  });

  const documents: VersionDocuments['documents'] = [];
  for (const {file, permalinks} of entries) {
    const data: RoadmapDocumentData = {
      ...toDocumentData(file, options, permalinks),
      ...(versionContext ? {versionContext: pages!.contextOf(version, file.slug)} : {}),
    };
    const historyKeys = pages?.historyKeysOf(version, file.slug);
    if (historyKeys && Object.keys(historyKeys).length > 0) data.historyKeys = historyKeys;
    const dataPath = await actions.createData(documentDataName(version.metadata.name, file), JSON.stringify(data));
    documents.push({file, data, dataPath});
    const metadata = {sourceFilePath: file.siteSource, ...(version.metadata.noIndex ? {noIndex: true} : {})};
    actions.addRoute({path: permalinks.timeline, component: options.timelineComponent, exact: true, modules: {document: dataPath}, metadata});
    actions.addRoute({path: permalinks.matrix, component: options.matrixComponent, exact: true, modules: {document: dataPath}, metadata});
  }

  if (comparisonPermalink) {
    const dataPath = await actions.createData(
      `comparison-${docuHash(version.metadata.name)}.json`,
      JSON.stringify(toComparisonData(options, entries, version.metadata.path)),
    );
    actions.addRoute({path: comparisonPermalink, component: options.comparisonComponent, exact: true, modules: {comparison: dataPath}});
  }
  return {version, documents};
}

export async function createAllRoutes({
  content,
  options,
  context,
  actions,
}: {
  content: LoadedContent;
  options: PluginOptions;
  context: LoadContext;
  actions: PluginContentLoadedActions;
}): Promise<{all: VersionDocuments[]; pages: VersionPages | null}> {
  const basePath = instanceBasePath(context, options);
  const pages = content.versions.length >= 2 ? planVersionPages(content, options, basePath) : null;
  const all: VersionDocuments[] = [];
  for (const version of content.versions) all.push(await addVersionRoutes(version, pages, options, basePath, actions));
  if (pages) await pages.addRoutes(all, actions);
  actions.setGlobalData(toGlobalData(content, all, pages?.changesPermalink ?? null));
  return {all, pages};
}
