/**
 * The version dropdown: which version the current page belongs to, and where
 * each version's entry leads (the same roadmap and view when that version has
 * the roadmap, else the version's home).
 */
import type {RoadmapVersionMetadata} from './types.js';

export type RoadmapView = 'home' | 'timeline' | 'matrix' | 'history' | 'comparison' | 'other';

export interface VersionLocation {
  /** The version whose pages hold the path; null outside the instance. */
  version: RoadmapVersionMetadata | null;
  view: RoadmapView;
  /** The roadmap the page is about (timeline, matrix, history). */
  slug: string | null;
}

const COMPARISON_SEGMENT = 'compare';
const MATRIX_SEGMENT = 'matrix';
const HISTORY_SEGMENT = 'history';
const CHANGES_SEGMENT = 'changes';

function trimSlashes(path: string): string {
  return path.replace(/\/+$/, '');
}

function join(base: string, ...segments: string[]): string {
  return [trimSlashes(base), ...segments].join('/') || '/';
}

/** The rest of `pathname` below `base` ('' for the base itself), or null when it is not below it. */
function below(pathname: string, base: string): string | null {
  const path = trimSlashes(pathname);
  const root = trimSlashes(base);
  if (path === root) return '';
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : null;
}

/**
 * Finds the version by the longest version path that holds the pathname (a
 * version's path is deeper than the last version's, which is usually the
 * base), then reads the view from the rest. Roadmap slugs may contain slashes
 * (`qdrant/roadmap-2024`), so the slug is matched against the version's list.
 * History pages (`<base>/<slug>/history`) and the change log (`<base>/changes…`)
 * span every version: they belong to none, so no version shows as active there.
 */
export function locateVersion(pathname: string, versions: readonly RoadmapVersionMetadata[], basePath?: string): VersionLocation {
  if (basePath !== undefined) {
    const rest = below(pathname, basePath);
    if (rest === CHANGES_SEGMENT || rest?.startsWith(`${CHANGES_SEGMENT}/`)) return {version: null, view: 'other', slug: null};
    const slug = rest?.endsWith(`/${HISTORY_SEGMENT}`) ? rest.slice(0, -HISTORY_SEGMENT.length - 1) : null;
    if (slug && versions.some((v) => v.roadmaps.includes(slug))) return {version: null, view: 'history', slug};
  }
  let version: RoadmapVersionMetadata | null = null;
  let rest = '';
  for (const candidate of versions) {
    const tail = below(pathname, candidate.path);
    if (tail === null) continue;
    if (!version || trimSlashes(candidate.path).length > trimSlashes(version.path).length) {
      version = candidate;
      rest = tail;
    }
  }
  if (!version) return {version: null, view: 'other', slug: null};
  if (rest === '') return {version, view: 'home', slug: null};
  if (rest === COMPARISON_SEGMENT) return {version, view: 'comparison', slug: null};
  // Longest slug first: "a/matrix" may be a roadmap of its own.
  const slugs = [...version.roadmaps].sort((a, b) => b.length - a.length);
  for (const slug of slugs) {
    if (rest === slug) return {version, view: 'timeline', slug};
    if (rest === `${slug}/${MATRIX_SEGMENT}`) return {version, view: 'matrix', slug};
  }
  return {version, view: 'other', slug: null};
}

/**
 * Where the entry of `target` leads from `location`: the same view of the same
 * roadmap when the target version has it (from a history page, the roadmap's
 * timeline in that version), else the version's home. `hasComparison`: the
 * instance builds cross-roadmap pages (each version with two or more roadmaps
 * has one).
 */
export function versionTarget(location: VersionLocation, target: RoadmapVersionMetadata, hasComparison: boolean): string {
  const {slug, view} = location;
  if (slug !== null && target.roadmaps.includes(slug)) {
    return view === 'matrix' ? join(target.path, slug, MATRIX_SEGMENT) : join(target.path, slug);
  }
  if (view === 'comparison' && hasComparison && target.roadmaps.length >= 2) return join(target.path, COMPARISON_SEGMENT);
  return target.path;
}
