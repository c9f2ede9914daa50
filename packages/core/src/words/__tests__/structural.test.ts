/**
 * Structural headings (words/structural.ts), from real roadmaps: qdrant 2022–2024 ("Goals of the release",
 * "Core Milestones", "Milestones", "How to contribute"), APL ("Plan"), Backstage ("Phases"), Kubeflow and
 * esp-idf ("Status", "项目目标", "项目总览", "Alpha 里程碑"). Headings that name a topic stay topics.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {isProcessHeading, isStructuralHeading} from '../structural.js';
import {parseRoadmap} from '../../index.js';
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

// Process headings: Terminal 2.0 ("Issue Triage & Prioritization"), LikenessGuard ("How to Propose New Work",
// "Release Cadence"), and the forms the same kind of section takes elsewhere.
const PROCESS = [
  'Issue Triage & Prioritization', 'How to Propose New Work', 'Release Cadence', 'Roadmap Process', 'Process',
  'How we prioritize', 'Governance', '发布流程', 'How to propose a roadmap entry',
  // RumahSakitKu, NextConsole, fiberpath: ways to take part and the document's terms.
  'How to Contribute', '🤝 Participation Methods', 'Get involved', 'Contact', 'Definitions', 'Status definitions', 'Legend',
];
// Headings that name work, buckets or topics, even with a process word nearby.
const NOT_PROCESS = [
  'Improve the release process', 'Proposals', 'Feature requests', 'How Can I Help?', 'Community contributions',
  'Contact form', 'Workflow engine', 'Data processing', 'Triage bot', 'Milestones', 'Release 2.0',
];

test('headings about how the project works are process headings; headings that name work are not', () => {
  assert.deepEqual(PROCESS.filter((text) => !isProcessHeading(text)), []);
  assert.deepEqual(NOT_PROCESS.filter((text) => isProcessHeading(text)), []);
});

test('a list under a process heading is one info diagnostic, not items; a list under the next heading is items again', () => {
  const text = '# Roadmap\n\n## How to propose new work\n\n1. Open an issue\n2. Write an RFC\n\n### Steps after review\n\n- Merge the RFC\n\n## Next\n\n- Faster search\n';
  const roadmap = parseRoadmap(text, {file: 'r.md'});
  assert.deepEqual(roadmap.items.map((item) => item.title), ['Faster search']);
  const notes = roadmap.diagnostics.filter((d) => d.rule === 'process-section');
  assert.deepEqual(notes.map((d) => [d.line, d.endLine, d.severity]), [[5, 6, 'info'], [10, 10, 'info']]);
  assert.match(notes[0]!.message, /How to propose new work.*2 entries/);
});
