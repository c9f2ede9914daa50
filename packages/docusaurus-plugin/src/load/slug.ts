/** URL slugs for roadmap files: stable, lowercase, readable. */
import {posix} from 'node:path';

const INDEX_NAMES = new Set(['index', 'readme', 'roadmap']);

function slugSegment(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_\-\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `TensorFlow.md` → `tensorflow`; `qdrant/2024.md` → `qdrant/2024`;
 * `kubeflow/README.md` → `kubeflow`. Front matter is not consulted: roadmap
 * files often come from other doc sites whose `slug` means something else there.
 */
export function roadmapSlug(source: string): string {
  const withoutExt = source.replace(/\.[^./]+$/, '');
  const dir = posix.dirname(withoutExt);
  const base = posix.basename(withoutExt);
  const segments = dir === '.' ? [] : dir.split('/');
  if (!INDEX_NAMES.has(base.toLowerCase()) || segments.length === 0) segments.push(base);
  return segments.map(slugSegment).filter(Boolean).join('/') || 'roadmap';
}

/** The file's own name, for people: `kubeflow/README.md` → "kubeflow", `AllenNLP.md` → "AllenNLP". */
export function roadmapName(source: string): string {
  const withoutExt = source.replace(/\.[^./]+$/, '');
  const parts = withoutExt.split('/');
  const base = parts[parts.length - 1] ?? withoutExt;
  const name = INDEX_NAMES.has(base.toLowerCase()) && parts.length > 1 ? parts[parts.length - 2]! : base;
  return name.replace(/[-_]+/g, ' ').trim();
}

const GENERIC_TITLE_WORDS = /road\s*map|product|project|the|our|路标|路线图|路線圖|规划/giu;

/**
 * A title such as "Roadmap" or "Product Roadmap" names no project, and a site
 * with several roadmaps would show the same title many times: prefix the file name.
 */
export function displayTitle(title: string | null, source: string, instanceTitle?: string): string {
  const name = roadmapName(source);
  // `roadmap.md` at the top of an instance names nothing either: the instance's title does.
  const isGeneric = (text: string) => text.replace(GENERIC_TITLE_WORDS, '').replace(/[\s\p{P}\p{S}\d]+/gu, '') === '';
  if (title && !isGeneric(title)) return title;
  if (isGeneric(name)) return instanceTitle ?? title ?? name;
  return title ? `${name} ${title}` : name;
}
