import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import type {Item} from '@roadmark/core';
import {detailHref, findItem, parseDetail, serializeDetail} from '../item-detail.js';
import {parseFilters, serializeFilters} from '../filters.js';

function item(id: string, children: Item[] = []): Item {
  return {id, title: id, content: [{type: 'text', value: id}], description: [], kind: 'list', line: 1, column: 1, endLine: 1, section: [], theme: null, themeRaw: null, period: null, periodFrom: null, release: null, status: null, statusRaw: null, statusFrom: null, links: [], owners: [], children} as Item;
}

describe('item detail URL', () => {
  test('the item query names the open detail; other parameters are kept both ways', () => {
    assert.equal(parseDetail(''), null);
    assert.equal(parseDetail('?item='), null);
    assert.equal(parseDetail('?theme=docs&item=gpu-support'), 'gpu-support');
    assert.equal(serializeDetail('gpu-support', '?theme=docs,perf&q=x'), '?theme=docs,perf&q=x&item=gpu-support');
    assert.equal(serializeDetail(null, '?theme=docs&item=gpu-support'), '?theme=docs');
    assert.equal(serializeDetail(null, '?item=a'), '');
    // The filters keep the detail open when they rewrite the query.
    assert.equal(serializeFilters({...parseFilters('?item=a'), text: 'gpu'}, '?item=a'), '?item=a&q=gpu');
  });
  test('ids with URL characters survive the round trip', () => {
    const id = 'a&b=c d#é';
    assert.equal(parseDetail(serializeDetail(id, '?zoom=half')), id);
  });
  test('the link works without scripts too: the hash is the card', () => {
    assert.equal(detailHref('gpu-support'), '?item=gpu-support#gpu-support');
    assert.equal(detailHref('a b'), '?item=a+b#a%20b');
  });
});

describe('findItem', () => {
  const tree = [item('a', [item('a1', [item('a1x')]), item('a2')]), item('b')];
  test('finds top-level items and sub-items at any depth, with the items above them', () => {
    assert.deepEqual(findItem(tree, 'b')?.parents, []);
    assert.equal(findItem(tree, 'a1x')?.item.id, 'a1x');
    assert.deepEqual(findItem(tree, 'a1x')?.parents.map((p) => p.id), ['a', 'a1']);
    assert.deepEqual(findItem(tree, 'a2')?.parents.map((p) => p.id), ['a']);
  });
  test('an unknown id finds nothing', () => {
    assert.equal(findItem(tree, 'zzz'), null);
    assert.equal(findItem([], 'a'), null);
  });
  test('a deep tree needs no recursion', () => {
    let deep = item('leaf');
    for (let depth = 0; depth < 20000; depth++) deep = item(`n${depth}`, [deep]);
    assert.equal(findItem([deep], 'leaf')?.parents.length, 20000);
  });
});
