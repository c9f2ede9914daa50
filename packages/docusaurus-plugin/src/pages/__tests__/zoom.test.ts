import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseRoadmap} from '@roadmark/core';
import {autoZoom} from '../zoom.js';

const zoomOf = (lines: string[]) => autoZoom(parseRoadmap(lines.join('\n')));

test('a timeline opens at the grain its roadmap is written in', () => {
  // Qdrant's 2024 roadmap: every item dated "2024".
  assert.equal(zoomOf(['# 2024 Roadmap', '', '## 2024', '', '- Search', '- Sharding']), 'year');
  assert.equal(zoomOf(['## 2024 H1', '', '- Search', '', '## 2024 H2', '', '- Sharding']), 'half');
  assert.equal(zoomOf(['## Q1 2024', '', '- Search', '', '## Q2 2024', '', '- Sharding', '', '## 2024', '', '- Docs']), 'quarter');
  assert.equal(zoomOf(['## March 2024', '', '- Search', '', '## April 2024', '', '- Sharding']), 'month');
  assert.equal(zoomOf(['## Later', '', '- Search']), 'quarter');
});

test('months spread over more than eight columns open by quarters, or coarser', () => {
  const months = ['January 2024', 'March 2024', 'June 2024', 'September 2024', 'December 2024'].flatMap((m) => [`## ${m}`, '', `- Work in ${m}`, '']);
  assert.equal(zoomOf(months), 'quarter');
  const years = ['Q1 2020', 'Q3 2021', 'Q2 2023'].flatMap((q) => [`## ${q}`, '', `- Work in ${q}`, '']);
  assert.equal(zoomOf(years), 'half');
});
