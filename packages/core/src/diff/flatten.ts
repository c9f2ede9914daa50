/** One roadmap's items, nested ones included, as a flat document-order list with their context. */
import {isCalendarPeriod, type Item, type Period, type Roadmap} from '../model.js';
import {normalizeTitle, titleProfile, type TitleProfile} from './text.js';

export interface FlatItem {
  item: Item;
  /** Position in document (depth-first) order; unique within one roadmap. */
  index: number;
  /** Ancestor titles, outermost first. */
  path: string[];
  /** Normalized heading section + ancestor titles: the "list" the item sits in. */
  container: string;
  /** Index among the items of the same container. */
  siblingIndex: number;
  profile: TitleProfile;
  /** `attributeSignature(item)`, computed once. */
  signature: string;
}

/**
 * Title profiles by title, shared by every diff in the process: a history flattens the same
 * titles in every version, and the pages compare the same versions again. Profiles are never
 * modified and are a pure function of the title; the map is bounded.
 */
const profiles = new Map<string, TitleProfile>();
const PROFILE_LIMIT = 100_000;

/**
 * Flattened roadmaps by model: the pages compare every version with the newest one, which is
 * then flattened once instead of once per comparison. Models are data that nothing edits
 * after parsing; a roadmap whose item list was replaced is flattened again.
 */
const flatCache = new WeakMap<Roadmap, {items: Item[]; flat: FlatItem[]}>();

export function flattenRoadmap(roadmap: Roadmap): FlatItem[] {
  const hit = flatCache.get(roadmap);
  if (hit && hit.items === roadmap.items) return hit.flat;
  const flat = flatten(roadmap);
  flatCache.set(roadmap, {items: roadmap.items, flat});
  return flat;
}

function flatten(roadmap: Roadmap): FlatItem[] {
  const profileOf = (title: string): TitleProfile => {
    let profile = profiles.get(title);
    if (!profile) {
      if (profiles.size >= PROFILE_LIMIT) profiles.clear();
      profiles.set(title, (profile = titleProfile(title)));
    }
    return profile;
  };
  const flat: FlatItem[] = [];
  const containerSizes = new Map<string, number>();
  // Items of one section share its array, and children share their path: normalize each once.
  const sectionKeys = new Map<string[], string>();
  const sectionKey = (section: string[]): string => {
    let key = sectionKeys.get(section);
    if (key === undefined) sectionKeys.set(section, (key = section.map(normalizeTitle).join('\u0000')));
    return key;
  };
  const visit = (items: Item[], path: string[], pathKey: string): void => {
    for (const item of items) {
      const container = `${sectionKey(item.section)}\u0000>${pathKey}`;
      const siblingIndex = containerSizes.get(container) ?? 0;
      containerSizes.set(container, siblingIndex + 1);
      flat.push({item, index: flat.length, path, container, siblingIndex, profile: profileOf(item.title), signature: attributeSignature(item)});
      if (item.children.length > 0) visit(item.children, [...path, item.title], `${pathKey}\u0000${profileOf(item.title).normalized}`);
    }
  };
  visit(roadmap.items, [], '');
  return flat;
}

export function periodKey(period: Period | null): string {
  if (period == null) return '';
  return isCalendarPeriod(period) ? `${period.start}..${period.end}` : `@${period.horizon}`;
}

/**
 * Same release, ignoring case and surrounding space ("V1.2 " = "v1.2"); a plain version number
 * also ignores its "v" and trailing zero parts, so "v1.0.0" = "v1.0" = "1" (linode/apl-docs
 * rewrote its version table from one spelling to the other).
 */
export function releaseKey(release: string | null): string {
  if (release == null) return '';
  const key = release.trim().toLowerCase();
  const version = /^v?(\d+(?:\.\d+)*)$/.exec(key);
  return version ? version[1]!.replace(/(?:\.0+)+$/, '') : key;
}

/** Everything a diff reports on besides the title: equal signatures mean "no change but the title". */
export function attributeSignature(item: Item): string {
  return [item.status ?? '', periodKey(item.period), item.theme ?? '', releaseKey(item.release)].join('\u0000');
}
