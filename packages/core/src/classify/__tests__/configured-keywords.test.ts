/**
 * A configured keyword themes an item only where the document names no topic above it (issue: the example
 * site's "models" keyword moved "Test the model security." out of MindSpore's "MindArmour Security Hardening
 * Package" section into "Model zoo", splitting one section over two lanes). Built-in keywords still place an
 * item whose own words clearly name a theme, and configured keywords still theme items under a heading that
 * names no topic ("Q4 2019", "Goals of the release").
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {flattenItems, parseRoadmap, type ThemeConfig} from '../../index.js';
import {readShared} from '../../../test/golden/paths.js';

const THEMES: Record<string, ThemeConfig> = {
  'model-zoo': {label: 'Model zoo', aliases: ['Preset Models'], keywords: ['preset models', 'models']},
  'mixed-precision': {label: 'Mixed precision', keywords: ['mixed precision', 'low-bit']},
};

test('every item of a topical section keeps the section theme against a configured keyword', () => {
  const roadmap = parseRoadmap(readShared('seeds/002_ae7effc8cc45ed7f.txt'), {file: 'mindspore.md', themes: THEMES});
  const inSection = flattenItems(roadmap.items).filter((item) => item.section.includes('MindArmour Security Hardening Package'));
  assert.ok(inSection.some((item) => item.title === 'Test the model security.'), 'the item is read');
  assert.deepEqual([...new Set(inSection.map((item) => item.theme))], [inSection[0]!.theme]);
  assert.notEqual(inSection[0]!.theme, 'model-zoo');
});

test('a configured keyword themes an item under a heading that names no topic', () => {
  const text = '# Roadmap\n\n## Goals of the release\n\n- Train models faster\n\n## Q4 2019\n\n- Low-bit training for edge devices\n';
  const roadmap = parseRoadmap(text, {file: 'r.md', themes: THEMES});
  assert.deepEqual(flattenItems(roadmap.items).map((item) => [item.title, item.theme]), [
    ['Train models faster', 'model-zoo'],
    ['Low-bit training for edge devices', 'mixed-precision'],
  ]);
});

test('a configured keyword does not theme an item under a topical heading; the section does', () => {
  const text = '# Roadmap\n\n## Security\n\n- Scan models for tampering\n';
  const [item] = flattenItems(parseRoadmap(text, {file: 'r.md', themes: THEMES}).items);
  assert.equal(item?.theme, 'security');
});
