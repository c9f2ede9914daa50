import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Item} from '../../model.js';
import {diffRoadmaps} from '../index.js';
import {item, quarter, roadmap} from './factory.js';

const VERBS = ['Improve', 'Add', 'Support', 'Rework', 'Document', 'Speed up', 'Harden', 'Redesign', 'Migrate', 'Expose'];
const NOUNS = ['search', 'billing', 'sharding', 'exports', 'webhooks', 'audit logs', 'roles', 'editor', 'queue', 'metrics', 'cache', 'sync'];
const PLACES = ['dashboard', 'CLI', 'mobile app', 'API', 'admin console', 'scheduler', 'importer', 'gateway', 'SDK', 'plugin host'];

/** Thousands of distinct but word-sharing titles: the worst case for a naive all-pairs fuzzy phase. */
function bigRoadmap(n: number): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < n; i++) {
    const title = `${VERBS[i % 10]} ${NOUNS[Math.floor(i / 10) % 12]} in the ${PLACES[Math.floor(i / 120) % 10]} ${Math.floor(i / 1200)}`;
    items.push(item(title, {period: quarter(2024, (i % 4) + 1), status: 'planned'}));
  }
  return items;
}

test('thousands of items with renames, drops and additions diff quickly and correctly', () => {
  const n = 6000;
  const old = bigRoadmap(n);
  const next: Item[] = [];
  old.forEach((it, i) => {
    if (i % 50 === 0) return; // dropped
    if (i % 20 === 1) next.push({...it, title: `${it.title} v2`}); // retitled
    else if (i % 20 === 2) next.push({...it, period: quarter(2025, 1)}); // rescheduled
    else next.push(it);
  });
  for (let i = 0; i < 60; i++) next.push(item(`Brand new capability number ${i}`));
  next.reverse(); // order must not matter

  const started = performance.now();
  const diff = diffRoadmaps(roadmap(old), roadmap(next));
  const elapsed = performance.now() - started;

  assert.equal(diff.summary.byKind.dropped, n / 50);
  assert.equal(diff.summary.byKind.added, 60);
  assert.equal(diff.summary.byKind.retitled, n / 20);
  assert.equal(diff.summary.byKind.rescheduled, n / 20);
  assert.equal(diff.summary.total, n / 50 + 60 + n / 10);
  assert.ok(elapsed < 5000, `took ${Math.round(elapsed)} ms`);
});
