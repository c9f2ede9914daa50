/**
 * The client layout on the page data of every vendored real file (packages/core/test/real corpus and seeds):
 * the plugin's load → pages plan gives each roadmap's document data (what its timeline and matrix pages get),
 * then the layout code of the timeline and matrix views runs on it.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Item} from '@roadmark/core';
import {fakeContext, runPlugin} from '../../__tests__/helpers.js';
import {flatten, lanesOf, laneCells, matrixColumnOf, matrixColumns, overflowIndex, timelineGrid} from '../layout.js';
import type {RoadmapDocumentData, Zoom} from '../types.js';

const real = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../core/test/real');
const ZOOMS: Zoom[] = ['month', 'quarter', 'half', 'year'];

function corpusSite(): {site: string; count: number} {
  const site = mkdtempSync(path.join(tmpdir(), 'roadmark-corpus-site-'));
  mkdirSync(path.join(site, 'roadmap'));
  let count = 0;
  for (const [folder, ext] of [['corpus', '.md'], ['seeds', '.txt']] as const) {
    for (const file of readdirSync(path.join(real, folder)).sort()) {
      if (!file.endsWith(ext) || /^(README|MANIFEST)/.test(file)) continue;
      count += 1;
      copyFileSync(path.join(real, folder, file), path.join(site, 'roadmap', `${String(count).padStart(2, '0')}-${file.replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9]+/g, '-').slice(0, 40)}.md`));
    }
  }
  return {site, count};
}

test('every corpus file and seed: each item lands in exactly one timeline cell and one matrix column', async () => {
  const {site, count} = corpusSite();
  try {
    const {data} = await runPlugin(fakeContext(site));
    const documents = Object.values(data)
      .map((text) => JSON.parse(text) as Partial<RoadmapDocumentData>)
      .filter((value): value is RoadmapDocumentData => typeof value === 'object' && value !== null && 'roadmap' in value && 'slug' in value);
    assert.equal(documents.length, count, 'one document data file per roadmap');
    for (const document of documents) {
      const {roadmap} = document;
      const topIds = roadmap.items.map((item: Item) => item.id);
      assert.equal(new Set(topIds).size, topIds.length, `${document.slug}: top-level item ids are unique`);
      const lanes = lanesOf(roadmap);
      assert.deepEqual(lanes.flatMap((lane) => lane.items.map((item) => item.id)).sort(), [...topIds].sort(), `${document.slug}: every item in one lane`);
      for (const zoom of ZOOMS) {
        const grid = timelineGrid(roadmap, zoom, document.fiscalYearStartMonth);
        // Cards: one column of wrapping cards per lane; otherwise the axis (or release) columns and the buckets.
        const last = grid.layout === 'cards' ? 2 : grid.columns.length + grid.buckets.length + 1;
        const seen = new Map<string, number>();
        for (const lane of lanes) {
          const cells = laneCells(lane.items, grid.place);
          overflowIndex(cells);
          for (const cell of cells) {
            assert.ok(Array.isArray(cell.items) && cell.items.length > 0, `${document.slug} ${zoom}: cell ${cell.key} has items`);
            assert.ok(cell.from >= 1 && cell.to > cell.from && cell.to <= last, `${document.slug} ${zoom}: cell ${cell.key} spans ${cell.from}/${cell.to} inside 1/${last}`);
            for (const item of cell.items) {
              assert.ok(item && typeof item.id === 'string', `${document.slug} ${zoom}: no undefined cell item`);
              seen.set(item.id, (seen.get(item.id) ?? 0) + 1);
            }
          }
        }
        for (const id of topIds) assert.equal(seen.get(id), 1, `${document.slug} ${zoom}: item ${id} is in exactly one cell`);
      }
      const columns = matrixColumns(roadmap);
      const keys = new Set(columns.map((column) => column.key));
      assert.equal(keys.size, columns.length, `${document.slug}: matrix columns are distinct`);
      for (const {item} of flatten(roadmap.items)) assert.ok(keys.has(matrixColumnOf(item).key), `${document.slug}: item ${item.id} has a matrix column`);
    }
  } finally {
    rmSync(site, {recursive: true, force: true});
  }
});
