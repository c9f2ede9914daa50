/**
 * Plugin options: defaults and the Joi schema. Joi comes from
 * @docusaurus/utils-validation so the site and the plugin share one Joi; it is
 * loaded with createRequire because that package's named ESM export is not
 * visible to plain Node ESM (it works under Docusaurus, not under `node --test`).
 */
import {createRequire} from 'node:module';
import type {OptionValidationContext} from '@docusaurus/types';
import {DEFAULT_FISCAL_YEAR_START_MONTH, DEFAULT_MAX_BYTES, type ThemeConfig} from '@roadmark/core';

type JoiModule = typeof import('@docusaurus/utils-validation');
const {Joi, RouteBasePathSchema} = createRequire(import.meta.url)(
  '@docusaurus/utils-validation',
) as JoiModule;

export type ReportingSeverity = 'ignore' | 'log' | 'warn' | 'throw';
export type Zoom = 'month' | 'quarter' | 'half' | 'year';
export const ZOOMS: readonly Zoom[] = ['month', 'quarter', 'half', 'year'];

export interface EditUrlParams {
  /** Path of the roadmap file relative to the instance's `path`, with `/` separators. */
  roadmapPath: string;
  /** Path of the instance folder relative to the site directory. */
  roadmapDirPath: string;
  locale: string;
}
export type EditUrlFunction = (params: EditUrlParams) => string | undefined;

/** Per-version settings, as plugin-content-docs' `versions` option. */
export interface VersionOptions {
  label?: string;
  /** URL segment of the version's pages (default: its name; `next` for `current`). */
  path?: string;
  banner?: 'none' | 'unreleased' | 'unmaintained';
  noIndex?: boolean;
}

/** Versions from the site's own git history instead of `versioned_roadmap/`. */
export interface GitVersionsOptions {
  /** Glob of tag names, e.g. `v*`: one version per matching tag. */
  tags?: string;
  /** One version per commit that changed the roadmap folder. */
  commits?: boolean;
  /** Keep only the newest N versions. */
  limit?: number;
}

export interface PluginOptions {
  id: string;
  /** Folder of roadmap files, relative to the site directory. */
  path: string;
  routeBasePath: string;
  include: string[];
  exclude: string[];
  /** Extra or overriding themes (canonical id → label, aliases, keywords, color). */
  themes: Record<string, ThemeConfig>;
  /** Theme ids in display order. */
  themeOrder: string[];
  fiscalYearStartMonth: number;
  /** Base URL joined with the file path, or a function of the file. */
  editUrl?: string | EditUrlFunction;
  onLintIssue: ReportingSeverity;
  /** The timeline's first zoom; 'auto': the grain the roadmap is written in (pages/zoom.ts). */
  defaultZoom: Zoom | 'auto';
  /** Title and description of the instance's home page. */
  title: string;
  description: string;
  /** Build the cross-roadmap matrix page when the instance holds two or more roadmaps. */
  comparison: boolean;
  /** The version served at `routeBasePath` (default: `current`, the working file; the newest snapshot when current is not built). */
  lastVersion?: string;
  /** Files larger than this many bytes are not read, and fail the build (default 4 MiB). */
  maxFileSize: number;
  /** Folder for the parse cache, relative to the site (default `node_modules/.cache/docusaurus-plugin-roadmark`). */
  cacheDir?: string;
  /**
   * Worker threads that parse the files the parse cache does not hold: 'auto' (default) uses one per
   * core, up to 8, when the machine has more than one core and there is enough to parse; 0 or 1 parse
   * in the build's own thread.
   */
  parseWorkers: number | 'auto';
  onlyIncludeVersions?: string[];
  includeCurrentVersion: boolean;
  versions: Record<string, VersionOptions>;
  gitVersions: GitVersionsOptions | false;
  /** RSS, Atom and JSON feeds of the changes between versions. */
  feeds: boolean;
  /**
   * How many older versions get a page of their own comparing them with the last version, nearest
   * first ('all': every one). The change log compares the others in the browser, from their data.
   */
  latestComparePages: number | 'all';
  homeComponent: string;
  timelineComponent: string;
  matrixComponent: string;
  comparisonComponent: string;
  changeLogComponent: string;
  versionCompareComponent: string;
  historyComponent: string;
}

export type Options = Partial<PluginOptions>;

export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id' | 'editUrl' | 'lastVersion' | 'onlyIncludeVersions' | 'cacheDir'> = {
  path: 'roadmap',
  routeBasePath: 'roadmap',
  include: ['**/*.{md,markdown}'],
  exclude: ['**/_*.{md,markdown}', '**/_*/**', '**/*.test.{md,markdown}', '**/__tests__/**'],
  themes: {},
  themeOrder: [],
  fiscalYearStartMonth: DEFAULT_FISCAL_YEAR_START_MONTH,
  maxFileSize: DEFAULT_MAX_BYTES,
  parseWorkers: 'auto',
  onLintIssue: 'warn',
  defaultZoom: 'auto',
  title: 'Roadmap',
  description: 'What the project plans to build, when, and how far along it is.',
  comparison: true,
  includeCurrentVersion: true,
  versions: {},
  gitVersions: false,
  feeds: true,
  latestComparePages: 10,
  homeComponent: '@theme/RoadmapHomePage',
  timelineComponent: '@theme/RoadmapTimelinePage',
  matrixComponent: '@theme/RoadmapMatrixPage',
  comparisonComponent: '@theme/RoadmapComparisonPage',
  changeLogComponent: '@theme/RoadmapChangeLogPage',
  versionCompareComponent: '@theme/RoadmapVersionComparePage',
  historyComponent: '@theme/RoadmapHistoryPage',
};

const themeId = Joi.string().pattern(/^[a-z0-9][a-z0-9-]*$/).messages({
  'string.pattern.base': '{{#label}} must be a lowercase theme id made of a-z, 0-9 and "-" (got "{{#value}}")',
});

const ThemeConfigSchema = Joi.object({
  label: Joi.string(),
  aliases: Joi.array().items(Joi.string()),
  keywords: Joi.array().items(Joi.string()),
  color: Joi.string().pattern(/^(#[0-9a-fA-F]{3,8}|var\(--[a-z0-9-]+\)|[a-z]+)$/).messages({
    'string.pattern.base': '{{#label}} must be a CSS color: #rgb, #rrggbb, a named color or var(--name) (got "{{#value}}")',
  }),
});

const LATEST_PAGES_MESSAGE = '{{#label}} must be a whole number of versions (0 or more) or "all"';
const LATEST_PAGES_MESSAGES = Object.fromEntries(
  ['alternatives.match', 'alternatives.types', 'number.base', 'number.integer', 'number.min', 'any.only', 'string.base'].map((rule) => [rule, LATEST_PAGES_MESSAGE]),
);

const PARSE_WORKERS_MESSAGE = '{{#label}} must be "auto" or a whole number of worker threads from 0 to 64 (0 or 1: parse in the build\'s own thread)';
const PARSE_WORKERS_MESSAGES = Object.fromEntries(
  ['alternatives.match', 'alternatives.types', 'number.base', 'number.integer', 'number.min', 'number.max', 'any.only', 'string.base'].map((rule) => [rule, PARSE_WORKERS_MESSAGE]),
);

const componentSchema = (fallback: string) =>
  Joi.string().pattern(/^(@theme\/|@site\/|\.{0,2}\/)/).default(fallback).messages({
    'string.pattern.base': '{{#label}} must be a module path such as "@theme/RoadmapTimelinePage" or "@site/src/…" (got "{{#value}}")',
  });

const VersionOptionsSchema = Joi.object({
  label: Joi.string(),
  path: Joi.string().pattern(/^[^/\\?#\s]+$/).messages({
    'string.pattern.base': '{{#label}} must be one URL segment, without "/", "?", "#" or spaces (got "{{#value}}")',
  }),
  banner: Joi.string().equal('none', 'unreleased', 'unmaintained'),
  noIndex: Joi.boolean(),
});

const GitVersionsSchema = Joi.alternatives()
  .try(
    Joi.boolean().valid(false),
    Joi.object({
      tags: Joi.string().min(1),
      commits: Joi.boolean().valid(true),
      limit: Joi.number().integer().min(1),
    }).xor('tags', 'commits'),
  )
  .default(false)
  .messages({
    'object.xor': '{{#label}} takes either "tags" (a glob such as "v*") or "commits: true", not both',
    'object.missing': '{{#label}} needs "tags" (a glob such as "v*") or "commits: true"',
    'alternatives.match': '{{#label}} must be false, or an object with "tags" (a glob such as "v*") or "commits: true", and an optional "limit"',
  });

const OptionsSchema = Joi.object<PluginOptions>({
  path: Joi.string().default(DEFAULT_OPTIONS.path),
  routeBasePath: RouteBasePathSchema.default(DEFAULT_OPTIONS.routeBasePath),
  include: Joi.array().items(Joi.string()).min(1).default(DEFAULT_OPTIONS.include),
  exclude: Joi.array().items(Joi.string()).default(DEFAULT_OPTIONS.exclude),
  themes: Joi.object().pattern(themeId, ThemeConfigSchema).default(DEFAULT_OPTIONS.themes),
  themeOrder: Joi.array().items(themeId).default(DEFAULT_OPTIONS.themeOrder),
  fiscalYearStartMonth: Joi.number().integer().min(1).max(12).default(DEFAULT_OPTIONS.fiscalYearStartMonth),
  editUrl: Joi.alternatives().try(Joi.string().uri({allowRelative: true}), Joi.function()).messages({
    'alternatives.types': '{{#label}} must be a URL string or a function returning one',
  }),
  onLintIssue: Joi.string().equal('ignore', 'log', 'warn', 'throw').default(DEFAULT_OPTIONS.onLintIssue),
  defaultZoom: Joi.string().equal('auto', ...ZOOMS).default(DEFAULT_OPTIONS.defaultZoom),
  title: Joi.string().default(DEFAULT_OPTIONS.title),
  description: Joi.string().allow('').default(DEFAULT_OPTIONS.description),
  comparison: Joi.boolean().default(DEFAULT_OPTIONS.comparison),
  lastVersion: Joi.string(),
  maxFileSize: Joi.number().integer().min(1).default(DEFAULT_OPTIONS.maxFileSize),
  cacheDir: Joi.string(),
  parseWorkers: Joi.alternatives()
    .try(Joi.number().integer().min(0).max(64).messages(PARSE_WORKERS_MESSAGES), Joi.string().valid('auto').messages(PARSE_WORKERS_MESSAGES))
    .default(DEFAULT_OPTIONS.parseWorkers)
    .messages(PARSE_WORKERS_MESSAGES),
  onlyIncludeVersions: Joi.array().items(Joi.string()).min(1),
  includeCurrentVersion: Joi.boolean().default(DEFAULT_OPTIONS.includeCurrentVersion),
  versions: Joi.object().pattern(Joi.string(), VersionOptionsSchema).default(DEFAULT_OPTIONS.versions),
  gitVersions: GitVersionsSchema,
  feeds: Joi.boolean().default(DEFAULT_OPTIONS.feeds),
  latestComparePages: Joi.alternatives()
    .try(Joi.number().integer().min(0).messages(LATEST_PAGES_MESSAGES), Joi.string().valid('all').messages(LATEST_PAGES_MESSAGES))
    .default(DEFAULT_OPTIONS.latestComparePages)
    .messages(LATEST_PAGES_MESSAGES),
  homeComponent: componentSchema(DEFAULT_OPTIONS.homeComponent),
  timelineComponent: componentSchema(DEFAULT_OPTIONS.timelineComponent),
  matrixComponent: componentSchema(DEFAULT_OPTIONS.matrixComponent),
  comparisonComponent: componentSchema(DEFAULT_OPTIONS.comparisonComponent),
  changeLogComponent: componentSchema(DEFAULT_OPTIONS.changeLogComponent),
  versionCompareComponent: componentSchema(DEFAULT_OPTIONS.versionCompareComponent),
  historyComponent: componentSchema(DEFAULT_OPTIONS.historyComponent),
});

/** Edit distance, for "did you mean" on option names; case differences cost nothing. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let row = Array.from({length: y.length + 1}, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length]!;
}

/** The known option nearest to a misspelt one, when it is near enough to be what was meant. */
export function closestOption(name: string): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const known of [...OPTION_NAMES, 'id']) {
    const d = distance(name, known);
    if (d < bestDistance) [best, bestDistance] = [known, d];
  }
  return bestDistance <= Math.max(1, Math.floor(name.length / 4)) ? best : null;
}

const OPTION_NAMES: readonly string[] = Object.keys(OptionsSchema.describe().keys ?? {});

export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Options | undefined, PluginOptions>): PluginOptions {
  // Joi's own message for a typo ("routeBasepath" is not allowed) names neither the plugin nor the fix.
  const unknown = Object.keys(options ?? {}).filter((key) => key !== 'id' && !OPTION_NAMES.includes(key));
  if (unknown.length > 0) {
    const id = typeof options?.id === 'string' ? options.id : 'default';
    const lines = unknown.map((key) => {
      const near = closestOption(key);
      return `"${key}" is not an option of docusaurus-plugin-roadmark${near ? `; did you mean "${near}"?` : '.'}`;
    });
    throw new Error(`Roadmark (${id}): ${lines.join(' ')} Options are listed in the plugin's README.`);
  }
  return validate(OptionsSchema, options ?? {});
}
