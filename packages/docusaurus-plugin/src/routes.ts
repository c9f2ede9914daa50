/**
 * contentLoaded: one home page per instance, a timeline and a matrix page per
 * roadmap, and a cross-roadmap matrix. Large data goes through createData;
 * routes carry only module paths and small props.
 */
import {docuHash, normalizeUrl} from '@docusaurus/utils';
import type {LoadContext, PluginContentLoadedActions} from '@docusaurus/types';
import type {PluginOptions} from './options.js';
import type {LoadedContent, RoadmapFile} from './types.js';
import type {RoadmapPermalinks} from './client/types.js';
import {COMPARISON_SEGMENT} from './content.js';
import {toComparisonData, toDocumentData, toHomeData, toSummary} from './props.js';
import {toGlobalData} from './globalData.js';

export function instanceBasePath(context: LoadContext, options: PluginOptions): string {
  return normalizeUrl([context.baseUrl, options.routeBasePath]);
}

export function hasComparison(options: PluginOptions, content: LoadedContent): boolean {
  return options.comparison && content.files.length >= 2;
}

export function permalinksFor(
  basePath: string,
  file: RoadmapFile,
  comparison: boolean,
): RoadmapPermalinks {
  const timeline = normalizeUrl([basePath, file.slug]);
  return {
    home: basePath,
    timeline,
    matrix: normalizeUrl([timeline, 'matrix']),
    comparison: comparison ? normalizeUrl([basePath, COMPARISON_SEGMENT]) : null,
  };
}

/** The createData file of one roadmap; also imported by the MDX embed registry. */
export function documentDataName(file: RoadmapFile): string {
  return `roadmap-${docuHash(file.source)}.json`;
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
}): Promise<void> {
  const basePath = instanceBasePath(context, options);
  const comparison = hasComparison(options, content);
  const entries = content.files.map((file) => ({file, permalinks: permalinksFor(basePath, file, comparison)}));
  const comparisonPermalink = comparison ? normalizeUrl([basePath, COMPARISON_SEGMENT]) : null;

  actions.addRoute({
    path: basePath,
    component: options.homeComponent,
    exact: true,
    props: {
      home: toHomeData(
        options,
        entries.map(({file, permalinks}) => toSummary(file, permalinks)),
        comparisonPermalink,
      ),
    },
  });

  for (const {file, permalinks} of entries) {
    const dataPath = await actions.createData(
      documentDataName(file),
      JSON.stringify(toDocumentData(file, options, permalinks)),
    );
    const metadata = {sourceFilePath: file.siteSource};
    actions.addRoute({
      path: permalinks.timeline,
      component: options.timelineComponent,
      exact: true,
      modules: {document: dataPath},
      metadata,
    });
    actions.addRoute({
      path: permalinks.matrix,
      component: options.matrixComponent,
      exact: true,
      modules: {document: dataPath},
      metadata,
    });
  }

  if (comparisonPermalink) {
    const dataPath = await actions.createData(
      'comparison.json',
      JSON.stringify(toComparisonData(options, entries, basePath)),
    );
    actions.addRoute({
      path: comparisonPermalink,
      component: options.comparisonComponent,
      exact: true,
      modules: {comparison: dataPath},
    });
  }

  actions.setGlobalData(
    toGlobalData(
      basePath,
      comparisonPermalink,
      entries.map(({file, permalinks}) => ({slug: file.slug, title: file.title, permalinks})),
    ),
  );
}
