/**
 * The lines a parser must account for, counted independently of the parser: the start line of
 * every list item (any depth) and of every GFM table body row.
 */
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type {Nodes, Root} from 'mdast';

export interface SourceRow {
  kind: 'list-item' | 'table-row';
  line: number;
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export function sourceRows(text: string): SourceRow[] {
  const tree: Root = processor.parse(text);
  const rows: SourceRow[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'listItem' && node.position) rows.push({kind: 'list-item', line: node.position.start.line});
    if (node.type === 'table') {
      // The first row of a GFM table is its header, never an item.
      for (const row of node.children.slice(1)) {
        if (row.position) rows.push({kind: 'table-row', line: row.position.start.line});
      }
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return rows;
}
