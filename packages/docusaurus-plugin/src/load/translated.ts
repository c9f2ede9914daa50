/**
 * A roadmap translated in some of its versions only: its history and its comparisons would set a
 * translated version beside an untranslated one and report every item dropped and re-added. Such a
 * roadmap is compared through its untranslated files in every version (the pages still show each
 * translation), and a translation takes its item ids from its source, so one id names an item in
 * the version pages, the comparisons and the history alike.
 */
import type {Item, Roadmap} from '@roadmark/core';
import type {RawFile} from './read-files.js';

/** Slugs with a translated copy in some versions but not in all of them; `slugs[i]` is the slug of `raws[i]`. */
export function partlyTranslatedSlugs(raws: readonly RawFile[], slugs: readonly string[]): Set<string> {
  const translated = new Map<string, {yes: boolean; no: boolean}>();
  raws.forEach((raw, i) => {
    const seen = translated.get(slugs[i]!) ?? {yes: false, no: false};
    if (raw.original) seen.yes = true;
    else seen.no = true;
    translated.set(slugs[i]!, seen);
  });
  return new Set([...translated].filter(([, seen]) => seen.yes && seen.no).map(([slug]) => slug));
}

function sameShape(a: readonly Item[], b: readonly Item[]): boolean {
  return a.length === b.length && a.every((item, i) => sameShape(item.children, b[i]!.children));
}

function withIds(items: readonly Item[], from: readonly Item[]): Item[] {
  return items.map((item, i) => {
    const source = from[i]!;
    const {idExplicit: _dropped, ...rest} = item;
    return {...rest, id: source.id, ...(source.idExplicit ? {idExplicit: true} : {}), children: withIds(item.children, source.children)};
  });
}

/**
 * The translation with its source's item ids, or null when the two do not hold the same items
 * (the same number at every level): a translation that is out of date with its source.
 */
export function alignTranslation(translation: Roadmap, source: Roadmap): Roadmap | null {
  if (!sameShape(translation.items, source.items)) return null;
  return {...translation, items: withIds(translation.items, source.items)};
}

