/**
 * The pages of one version: its home page, a timeline and a matrix page per
 * roadmap, and the cross-roadmap matrix. The roadmap documents are data files
 * (large); the home page's summaries are a route prop (small).
 */
import type {PluginOptions} from '../options.js';
import type {LoadedContent, LoadedVersion} from '../load/types.js';
import {lastVersionOf} from '../load/types.js';
import type {RoadmapDocumentData, RoadmapVersionContext} from '../shared/types.js';
import {toComparisonData, toDocumentData, toHomeData, toSummary} from './props.js';
import {historyKeysOf, type Histories} from './history.js';
import {comparisonDataName, comparisonPermalink, documentDataName, hasComparison, permalinksFor, timelinePermalink} from './permalinks.js';
import {addDataFile, type PageSink, type PlannedVersion} from './plan.js';

/** What a versioned instance adds to every page: its change log and the roadmaps' histories. */
export interface Versioning {
  changesPermalink: string;
  histories: Histories;
}

/** Which version a page belongs to, and the same page in the last version. */
export function versionContext(content: LoadedContent, version: LoadedVersion, slug?: string): RoadmapVersionContext {
  const last = lastVersionOf(content);
  const inLast = slug !== undefined && last.files.some((f) => f.slug === slug);
  return {
    version: version.metadata,
    latestPermalink: inLast ? timelinePermalink(last, slug!) : last.metadata.path,
    lastVersionLabel: last.metadata.label,
  };
}

export function planVersionPages(
  sink: PageSink,
  content: LoadedContent,
  version: LoadedVersion,
  options: PluginOptions,
  basePath: string,
  versioning: Versioning | null,
): PlannedVersion {
  const comparison = hasComparison(options, version);
  const instance = {basePath, versioned: versioning !== null};
  const entries = version.files.map((file) => ({file, permalinks: permalinksFor(version, file, comparison, instance)}));
  const comparisonLink = comparison ? comparisonPermalink(version) : null;

  sink.routes.push({
    path: version.metadata.path,
    component: options.homeComponent,
    exact: true,
    props: {
      home: {
        ...toHomeData(options, entries.map(({file, permalinks}) => toSummary(file, permalinks)), comparisonLink),
        ...(versioning ? {versionContext: versionContext(content, version), changesPermalink: versioning.changesPermalink} : {}),
      },
    },
  });

  const documents: PlannedVersion['documents'] = [];
  for (const {file, permalinks} of entries) {
    const data: RoadmapDocumentData = {
      ...toDocumentData(file, options, permalinks),
      ...(versioning ? {versionContext: versionContext(content, version, file.slug)} : {}),
    };
    const historyKeys = versioning ? historyKeysOf(versioning.histories, version, file.slug) : undefined;
    if (historyKeys && Object.keys(historyKeys).length > 0) data.historyKeys = historyKeys;
    const name = addDataFile(sink, documentDataName(version.metadata.name, file), data);
    documents.push({file, data});
    const metadata = {sourceFilePath: file.siteSource, ...(version.metadata.noIndex ? {noIndex: true} : {})};
    sink.routes.push({path: permalinks.timeline, component: options.timelineComponent, exact: true, modules: {document: name}, metadata});
    sink.routes.push({path: permalinks.matrix, component: options.matrixComponent, exact: true, modules: {document: name}, metadata});
  }

  if (comparisonLink) {
    const name = addDataFile(sink, comparisonDataName(version.metadata.name), toComparisonData(options, entries, version.metadata.path));
    sink.routes.push({path: comparisonLink, component: options.comparisonComponent, exact: true, modules: {comparison: name}});
  }
  return {version, documents};
}
