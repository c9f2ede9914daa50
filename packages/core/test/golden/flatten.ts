import type {Item} from '../../src/model.js';

/** Every item of the model, children included, in document order of the tree walk. */
export function flattenItems(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  const visit = (list: readonly Item[]): void => {
    for (const item of list) {
      out.push(item);
      visit(item.children);
    }
  };
  visit(items);
  return out;
}
