/** Walking the item tree without recursion (roadmaps can nest deeply). */
import type {Item} from './model.js';

export function walkItems(items: readonly Item[], visit: (item: Item, depth: number, parent: Item | null) => void): void {
  const pending: Array<[Item, number, Item | null]> = [];
  for (let i = items.length - 1; i >= 0; i--) pending.push([items[i]!, 0, null]);
  while (pending.length > 0) {
    const [item, depth, parent] = pending.pop()!;
    visit(item, depth, parent);
    for (let i = item.children.length - 1; i >= 0; i--) pending.push([item.children[i]!, depth + 1, item]);
  }
}

export function flattenItems(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  walkItems(items, (item) => out.push(item));
  return out;
}
