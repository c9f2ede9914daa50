/**
 * Words around a version number that say whether it names this project's release. Read by
 * period/release.ts: "2.0 Beta" keeps its pre-release word, "1.2 (planned)" and "3.0 版本" are
 * release headings, "Support for Kubernetes 1.24" names a dependency.
 */

/** Pre-release words that belong to the version they follow ("v3 beta 2", "1.0 RC1"). */
export const PRE_RELEASE_WORDS = ['alpha', 'beta', 'rc', 'preview', 'pre'] as const;

/** Words that make a bare integer a release ("Release 3", "Version 2", "ver. 4"). */
export const RELEASE_NOUNS = ['release', 'version', 'ver\\.?'] as const;

/** What may follow a plain version in a release heading (besides nothing, a separator or a date note). */
export const RELEASE_FOLLOWERS = [
  'is', 'are', 'was', 'will', 'has', 'have', 'release[ds]?', 'coming', 'available', 'alpha', 'beta', 'rc', 'preview', 'lts',
  'planned', 'completed', 'done', 'shipped', 'highlights', 'features?', 'roadmap', 'goals?', 'notes', 'milestones?',
  'plans?', 'changes', 'changelog', 'updates?',
] as const;
export const RELEASE_FOLLOWERS_CJK = ['版本', '发布', '里程碑', '路线图'] as const;

/** A version right after one of these words is a dependency, not this project's release. */
export const DEPENDENCY_WORDS = [
  'for', 'with', 'on', 'to', 'from', 'than', 'via', 'using', 'against', 'supports?', 'requires?', 'requiring', 'upgrades?',
  'drops?', 'deprecates?', 'migrates?',
] as const;
