/**
 * The any-two-versions picker: which pair it shows, and its URL form
 * (`?from=1.0&to=2.0`), so a picked comparison can be shared.
 */
import type {RoadmapVersionMetadata, VersionRef} from './types.js';

export interface VersionPair {
  from: string;
  to: string;
}

/** The key of a precomputed compare page in `comparePermalinks`. */
export function pairKey(pair: VersionPair): string {
  return `${pair.from}/${pair.to}`;
}

export function toVersionRef(version: RoadmapVersionMetadata): VersionRef {
  return {name: version.name, label: version.label, date: version.date, path: version.path};
}

/**
 * The default version before the last one and the last version (versions are
 * newest first; an unreleased `current` may come before the last). Null with
 * fewer than two versions.
 */
export function defaultPair(versions: readonly RoadmapVersionMetadata[]): VersionPair | null {
  if (versions.length < 2) return null;
  const lastIndex = Math.max(0, versions.findIndex((v) => v.isLast));
  const last = versions[lastIndex]!;
  const previous = versions[lastIndex + 1];
  if (previous) return {from: previous.name, to: last.name};
  // The last version is the oldest one: compare it with the next newer version.
  return {from: last.name, to: versions[lastIndex - 1]!.name};
}

/** The pair in the query; a missing or unknown name falls back to the default pair's. */
export function parsePair(search: string, versions: readonly RoadmapVersionMetadata[]): VersionPair | null {
  const fallback = defaultPair(versions);
  if (!fallback) return null;
  const params = new URLSearchParams(search);
  const known = (name: string | null): name is string => name !== null && versions.some((v) => v.name === name);
  const from = params.get('from');
  const to = params.get('to');
  return {from: known(from) ? from : fallback.from, to: known(to) ? to : fallback.to};
}

/** The new query string; parameters that are not ours are kept. */
export function serializePair(pair: VersionPair, search = ''): string {
  const params = new URLSearchParams(search);
  params.set('from', pair.from);
  params.set('to', pair.to);
  return `?${params.toString()}`;
}

/** Id of the change log's picker section. */
export const PICKER_ANCHOR = 'roadmark-picker';

/** The change log with this pair in the picker, scrolled to it. */
export function pickerLink(changesPermalink: string, pair: VersionPair): string {
  return `${changesPermalink}${serializePair(pair)}#${PICKER_ANCHOR}`;
}

/** True when `from` is newer than `to`: the comparison then reads backwards (added ↔ dropped). */
export function isReversed(pair: VersionPair, versions: readonly RoadmapVersionMetadata[]): boolean {
  const index = (name: string) => versions.findIndex((v) => v.name === name);
  return index(pair.from) < index(pair.to);
}
