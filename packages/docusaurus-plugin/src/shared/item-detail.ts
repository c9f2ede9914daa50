/**
 * The item detail's URL form (`?item=<id>`, kept next to the filters' parameters) and the
 * lookup of an item, at any depth, with the items above it.
 */
import type {Item} from '@roadmark/core';

/** The query parameter that names the item whose detail is open. */
export const DETAIL_PARAM = 'item';

export function parseDetail(search: string): string | null {
  const id = new URLSearchParams(search).get(DETAIL_PARAM);
  return id ? id : null;
}

/** The new query string with `id`'s detail open (or none, for null); parameters that are not ours are kept. */
export function serializeDetail(id: string | null, search = ''): string {
  const params = new URLSearchParams(search);
  params.delete(DETAIL_PARAM);
  if (id) params.set(DETAIL_PARAM, id);
  const query = params.toString().replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

/**
 * The href of an item's detail link: the query opens the detail once scripts run, and the
 * hash makes the same link useful without them (it scrolls to the item's card).
 */
export function detailHref(id: string): string {
  return `${serializeDetail(id)}#${encodeURIComponent(id)}`;
}

export interface FoundItem {
  item: Item;
  /** The items above it, outermost first (empty for a top-level item). */
  parents: Item[];
}

/** The item with this id anywhere in the tree, depth first in document order; null when none has it. */
export function findItem(items: readonly Item[], id: string): FoundItem | null {
  const stack: {item: Item; parents: Item[]}[] = [];
  for (let index = items.length - 1; index >= 0; index--) stack.push({item: items[index]!, parents: []});
  while (stack.length > 0) {
    const {item, parents} = stack.pop()!;
    if (item.id === id) return {item, parents};
    const below = parents.concat([item]);
    for (let index = item.children.length - 1; index >= 0; index--) stack.push({item: item.children[index]!, parents: below});
  }
  return null;
}
