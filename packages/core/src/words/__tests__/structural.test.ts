/**
 * Structural headings (words/structural.ts), from real roadmaps: qdrant 2022–2024 ("Goals of the release",
 * "Core Milestones", "Milestones", "How to contribute"), APL ("Plan"), Backstage ("Phases"), Kubeflow and
 * esp-idf ("Status", "项目目标", "项目总览", "Alpha 里程碑"). Headings that name a topic stay topics.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {isStructuralHeading} from '../structural.js';
import {classifySection} from '../../extract/section.js';

const STRUCTURAL = [
  'Goals of the release', 'Core Milestones', 'Milestones', 'How to contribute', 'Plan', 'Phases', 'Status',
  'How Can I Help?', 'Goals', 'Key Results', 'Highlights', 'Features', 'Other', 'Core Improvements',
  '项目目标', '项目总览', 'Alpha 里程碑', '主要特性',
];
const TOPICAL = [
  'MindArmour Security Hardening Package', 'Features and refactoring', 'Performance Optimization', 'Backstage Core',
  'Search', 'Data management', 'Tooling, Visibility', '推理框架', 'MindInsight调试调优', 'ESP-IDF 发布计划',
  'Software Catalog', 'Multi-user support', 'UX, Clusterctl',
];

test('headings made only of structure words are structural', () => {
  assert.deepEqual(STRUCTURAL.filter((text) => !isStructuralHeading(text)), []);
});

test('a heading with one topical word names a topic', () => {
  assert.deepEqual(TOPICAL.filter((text) => isStructuralHeading(text)), []);
});

test('a structural heading gives no theme to the items under it; a topical one does', () => {
  assert.equal(classifySection('Goals of the release:', {}).themeRaw, null);
  assert.equal(classifySection('2. Core Milestones', {}).themeRaw, null);
  assert.equal(classifySection('Software Catalog', {}).themeRaw, 'Software Catalog');
});
