import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseRelease} from '../index.js';

function expectReleases(cases: Array<[string, string | null]>): void {
  for (const [text, release] of cases) assert.equal(parseRelease(text), release, text);
}

test('versions named in headings and cells', () => {
  expectReleases([
    ['v2.1.0 (March 3, 2021)', 'v2.1.0'], ['4.5 (October 2019)', '4.5'], ['Acme 1.4 (Q3, 2020)', '1.4'], ['Kubeflow 0.6', '0.6'],
    ['Kubeflow 1.0', '1.0'], ['TensorFlow 2.0 Is Coming', '2.0'], ['r0.7', 'r0.7'], ['MindSpore r1.5', 'r1.5'], ['v3.0', 'v3.0'],
    ['Release 1.0', '1.0'], ['Release v1.2', 'v1.2'], ['Version 2', '2'], ['Release 3 - Q3 2024', '3'], ['1.0 Release Notes', '1.0'],
    ['**v1.4.0** — 2022-05-01', 'v1.4.0'], ['🚀 2.3: performance', '2.3'], ['1.0版本', '1.0'], ['MindSpore 1.2.0', '1.2.0'],
    ['v1.0.0-beta.2', 'v1.0.0-beta.2'], ['0.6.0-rc1 (May 2019)', '0.6.0-rc1'], ['v2.0 API', 'v2.0'],
  ]);
});

test('pre-release names', () => {
  expectReleases([
    ['Alpha 4 - Completed 2024-02-01', 'Alpha 4'], ['Current: Alpha 5', 'Alpha 5'], ['Alpha 1', 'Alpha 1'], ['Beta 2', 'Beta 2'],
    ['RC1', 'RC1'], ['v3 beta 2', 'v3 beta 2'], ['TensorFlow 2.0 Beta is available', '2.0 Beta'], ['1.0 RC1', '1.0 RC1'],
    ['Preview 3 (2024-06-01)', 'Preview 3'], ['Milestone 2', 'Milestone 2'],
  ]);
});

test('periods, numbered headings, dependencies and topics are not releases', () => {
  expectReleases([
    ['Q3 2021', null], ['2024 H1', null], ['FY23 Q2', null], ['2018.02.15', null], ['Last updated: Feb 15, 2018', null],
    ['Python 3 support', null], ['Python 3.8 support', null], ['Support for Kubernetes 1.24', null], ['Upgrade to Node 18', null],
    ['1. Features and refactoring', null], ['1.1 Runtime improvements', null], ['2.1 Docker exec', null], ['2 Frozen features', null],
    ['Performance', null], ['Alpha milestones', null], ['Phase 1: Extensible frontend', null], ['Top 10 features', null], ['', null],
    ['Kubeflow 2019 roadmap', null], ['dev2.0', null], ['Windows 11', null],
  ]);
});
