/** Placeholder lines (words/placeholders.ts), from TensorFlow's and Crossplane's roadmaps, and real items that look like them. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {isPlaceholderLine} from '../placeholders.js';
import {parseRoadmap} from '../../index.js';

const PLACEHOLDERS = ['Etc.', 'etc', '...', '…', 'And more', 'TBD', 'More to come!', 'More applications to follow', 'More to be identified and launched', '等等', '更多功能敬请期待', '更多待定的以及急需开展的计划'];
// TensorFlow's later roadmap: real plans that start with "More".
const ITEMS = ['More performance optimizations.', 'More documentation and tutorials.', 'More data sets in TensorFlow Datasets.', 'More off-the-shelf models for image, audio, text models, and more.', 'Support etcd v3', 'TBD: pick a storage engine', '更多的模型与数据集'];

test('lines that only promise more items are placeholders', () => {
  assert.deepEqual(PLACEHOLDERS.filter((text) => !isPlaceholderLine(text)), []);
});

test('plans that start with "More" or mention "etc" are items', () => {
  assert.deepEqual(ITEMS.filter((text) => isPlaceholderLine(text)), []);
});

test('a placeholder line is an info diagnostic at its line, not an item; its siblings stay items', () => {
  const roadmap = parseRoadmap('# Roadmap\n\n## v0.3\n\n* Real-world applications\n  * GitLab\n  * More applications to follow\n', {file: 'r.md'});
  assert.deepEqual(roadmap.items.map((item) => [item.title, item.children.map((child) => child.title)]), [['Real-world applications', ['GitLab']]]);
  const diagnostic = roadmap.diagnostics.find((d) => d.rule === 'placeholder-item');
  assert.equal(diagnostic?.line, 7);
  assert.equal(diagnostic?.severity, 'info');
});
