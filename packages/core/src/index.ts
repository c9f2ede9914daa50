/**
 * @roadmark/core: read a roadmap markdown file into one normalized model.
 * Pure: the caller hands in the text or bytes, nothing here touches the disk.
 */
import type {Heading, Root, Yaml} from 'mdast';
import {createThemeResolver, type ThemeResolver} from './classify/theme/index.js';
import {walkBlocks} from './extract/blocks.js';
import {applyReleaseSchedule} from './extract/schedule.js';
import type {ReadContext} from './extract/context.js';
import type {Draft} from './extract/draft.js';
import {ROOT_SCOPE} from './extract/draft.js';
import {collapse, collectDefinitions, plainText} from './extract/inline.js';
import {applyReleasesInText, projectNames} from './extract/text-release.js';
import {applyStatusesInText} from './extract/text-status.js';
import {readStatusLegends} from './extract/legend.js';
import {withDocumentLegend} from './classify/emoji.js';
import {finishItems} from './finish.js';
import {DEFAULT_FISCAL_YEAR_START_MONTH, type Diagnostic, type ParseOptions, type Roadmap} from './model.js';
import {readDocumentDate} from './parse/document-date.js';
import {readFrontMatter} from './parse/front-matter.js';
import {clampIndentation} from './parse/indent.js';
import {decodeInput, DEFAULT_MAX_BYTES} from './parse/input.js';
import {dropRawText, htmlDiagnostic} from './parse/raw-text.js';
import {parseMarkdown} from './parse/markdown.js';

export * from './model.js';
export {parsePeriod, findPeriods, findSuspectPeriod, parseRelease, compareCalendarPeriods, type PeriodOptions} from './period/index.js';
export {createThemeResolver, slugify, type ThemeResolver, type ResolvedTheme, type ThemeDefinition} from './classify/theme/index.js';
export {isSafeUrl} from './safe-url.js';
export {RULES, RULE_IDS, NOT_READ_RULES, formatDiagnostic} from './rules.js';
export {DEFAULT_MAX_BYTES} from './parse/input.js';
export {readParseConfig, ConfigError} from './config.js';
export {flattenItems, walkItems} from './items.js';
export * from './diff/index.js';
export * from './history/index.js';

const DEFAULT_MAX_DEPTH = 64;

/**
 * One theme resolver per theme configuration, shared by every file of a build:
 * its per-text caches then pay off across files (a site's roadmaps repeat their headings).
 */
const resolvers = new WeakMap<object, ThemeResolver>();
let defaultResolver: ThemeResolver | null = null;
function resolverFor(themes: ParseOptions['themes']): ThemeResolver {
  if (!themes) return (defaultResolver ??= createThemeResolver());
  let resolver = resolvers.get(themes);
  if (!resolver) resolvers.set(themes, (resolver = createThemeResolver(themes)));
  return resolver;
}

export function parseRoadmap(source: string | Uint8Array, options: ParseOptions = {}): Roadmap {
  const input = decodeInput(source, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const diagnostics: Diagnostic[] = [...input.diagnostics];
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const clamped = clampIndentation(input.text, maxDepth);
  if (clamped.diagnostic) diagnostics.push(clamped.diagnostic);
  const tree: Root = input.refused ? {type: 'root', children: []} : parseMarkdown(clamped.text);
  dropRawText(tree);

  const yamlNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
  const frontMatter = readFrontMatter(yamlNode);
  diagnostics.push(...frontMatter.diagnostics);
  const updated = readDocumentDate(tree, frontMatter.data);
  const titleHeading = findTitleHeading(tree);
  const fmTitle = typeof frontMatter.data.title === 'string' ? frontMatter.data.title.trim() : '';

  const title = fmTitle || (titleHeading ? collapse(plainText(titleHeading)) : null);
  const legends = readStatusLegends(tree);
  const ctx: ReadContext = {
    periodOptions: {fiscalYearStartMonth: options.fiscalYearStartMonth ?? DEFAULT_FISCAL_YEAR_START_MONTH, anchor: updated?.date ?? null},
    definitions: collectDefinitions(tree),
    diagnostics,
    inline: {html: [], unsafeLinks: []},
    maxDepth,
    depthReported: false,
    markers: new Map(),
    legendTables: legends.tables,
    releaseSchedule: new Map(),
  };
  const drafts: Draft[] = [];
  // A status key in the document sets what its marks mean for the whole read (classify/emoji.ts).
  const finished = withDocumentLegend(legends.marks, () => {
    walkBlocks(tree.children, {scope: ROOT_SCOPE, parent: null, out: drafts, depth: 0, titleHeading}, ctx);
    reportInline(ctx);
    applyReleasesInText(drafts, projectNames(tree, title));
    applyStatusesInText(drafts);
    applyReleaseSchedule(drafts, ctx.releaseSchedule);
    return finishItems(drafts, options, diagnostics, resolverFor(options.themes));
  });
  const file = options.file ?? null;
  const sorted = sortDiagnostics(diagnostics).map((diagnostic) => (file ? {...diagnostic, file} : diagnostic));
  return {
    file,
    title,
    updated: updated?.date ?? null,
    updatedRaw: updated?.raw ?? null,
    frontMatter: frontMatter.data,
    items: finished.items,
    themes: finished.themes,
    diagnostics: sorted,
    stats: finished.stats,
  };
}

/** A depth-1 heading that opens the document titles it. */
function findTitleHeading(tree: Root): Heading | null {
  const first = tree.children.find((node): node is Heading => node.type === 'heading');
  return first && first.depth === 1 ? first : null;
}

function reportInline(ctx: ReadContext): void {
  for (const html of ctx.inline.html) {
    const tag = /^<\/?([a-zA-Z][\w-]*)/.exec(html.value.trim())?.[1];
    if (!tag || html.value.startsWith('</')) continue;
    ctx.diagnostics.push(htmlDiagnostic(tag, html));
  }
  for (const link of ctx.inline.unsafeLinks) {
    ctx.diagnostics.push({line: link.line, column: link.column, severity: 'warning', message: `Unsafe link "${link.url.slice(0, 60)}" was removed`, rule: 'unsafe-link'});
  }
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
