/**
 * A release named inside an item's own text: "发布 IDF v6.0", "ESP-IDF v6.0 正在升级至 …", "… discontinued
 * with TensorFlow 2.0". A version number in prose usually names something else ("MbedTLS v4.x",
 * "Kubernetes 1.24"), so only a version that follows the project's own name counts, and only when the
 * text names one such version ("发布 IDF v5.2.7 和 IDF v5.2.8" names two: no release). The project's
 * names come from the document: its title ("ESP-IDF 项目路线图 2026" → ESP-IDF, and IDF, ESP) and
 * the word before the version of its release headings ("## TensorFlow 2.0 Is Coming" → TensorFlow).
 * Runs after the document is read; an item that already has a release (a heading, cell or column)
 * keeps it.
 */
import type {Heading, Root} from 'mdast';
import {parseRelease} from '../period/index.js';
import {collapse, plainText} from './inline.js';
import type {Draft} from './draft.js';
import {releaseKey} from './schedule.js';

/** Title words that describe the document, not the project. */
const NOT_A_NAME = new Set([
  'roadmap', 'roadmaps', 'the', 'a', 'an', 'our', 'for', 'of', 'and', 'to', 'in', 'project', 'projects', 'product', 'products',
  'public', 'plan', 'plans', 'planning', 'development', 'technical', 'feature', 'features', 'release', 'releases', 'version',
  'versions', 'milestone', 'milestones', 'overview', 'future', 'draft', 'community', 'team', 'open', 'source', 'high', 'level',
  'towards', 'strategy', 'vision', 'goals', 'next', 'upcoming', 'current', 'year', 'quarter',
  'ml', 'ai', 'api', 'ui', 'v', 'h1', 'h2', 'fy', 'q1', 'q2', 'q3', 'q4',
]);

/** A name: Latin letters with digits, dots, pluses or inner hyphens ("ESP-IDF", "TiDB", "etcd", "Vue.js"). */
const NAME = /[A-Za-z][A-Za-z0-9+]*(?:[-.][A-Za-z0-9+]+)*/g;
const VERSION_AFTER = String.raw`[\s-]?(v?\d{1,4}(?:\.\d{1,4}){1,3}|v?\d{1,4}\.x|v\d{1,4})(?!\w|\.\w)`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function namesIn(text: string, into: Set<string>): void {
  for (const [word] of text.matchAll(NAME)) {
    if (word.length < 2 || NOT_A_NAME.has(word.toLowerCase()) || /^v?\d/i.test(word) || /^(?:19|20)\d\d$/.test(word)) continue;
    into.add(word.toLowerCase());
    // "ESP-IDF" is also written "IDF".
    for (const part of word.split('-')) if (part.length >= 3 && !NOT_A_NAME.has(part.toLowerCase())) into.add(part.toLowerCase());
  }
}

/** The project's names: the document title's words, and the word before a release heading's version. */
export function projectNames(tree: Root, title: string | null): Set<string> {
  const names = new Set<string>();
  if (title) namesIn(title.replace(/v?\d+(?:\.\d+)*/gi, ' '), names);
  for (const node of tree.children) {
    if (node.type !== 'heading') continue;
    const text = collapse(plainText(node as Heading));
    const release = parseRelease(text);
    if (!release) continue;
    const before = text.slice(0, text.indexOf(release)).trimEnd();
    const word = /([A-Za-z][A-Za-z0-9+]*(?:[-.][A-Za-z0-9+]+)*)$/.exec(before)?.[1];
    if (word && /[A-Z]/.test(word)) namesIn(word, names);
  }
  return names;
}

/** The pattern of a version after one of the project's names, built once per document. */
function versionPattern(names: ReadonlySet<string>): RegExp {
  return new RegExp(`(?<![\\w-])(?:${[...names].map(escape).join('|')})${VERSION_AFTER}`, 'gi');
}

/** The one version of the project that `text` names, or null. */
export function releaseInText(text: string, names: ReadonlySet<string>, pattern: RegExp = versionPattern(names)): string | null {
  if (names.size === 0 || !/\d/.test(text)) return null;
  const versions = new Set<string>();
  let first: string | null = null;
  for (const m of text.matchAll(pattern)) {
    const version = m[1]!;
    first ??= version;
    versions.add(releaseKey(version));
  }
  return versions.size === 1 ? first : null;
}

/** "1.0 in the following release" (Kubeflow, under "kfctl to beta quality in 0.7"): the version a later release brings. */
const LATER_RELEASE = /^(v?\d{1,4}(?:\.\d{1,4}){1,3})\s+in\s+(?:the|a)\s+(?:following|next|later|subsequent)\s+release\b/i;

export function applyReleasesInText(drafts: readonly Draft[], names: ReadonlySet<string>): void {
  const pattern = names.size > 0 ? versionPattern(names) : null;
  const pending = [...drafts];
  while (pending.length > 0) {
    const draft = pending.pop()!;
    pending.push(...draft.children);
    if (!draft.title) continue;
    // Said of the item itself, it names the release over the section's ("## 0.7" above it).
    const later = LATER_RELEASE.exec(draft.title);
    if (later) draft.release = later[1]!;
    else if (draft.release === null && pattern) draft.release = releaseInText(draft.title, names, pattern);
  }
}
