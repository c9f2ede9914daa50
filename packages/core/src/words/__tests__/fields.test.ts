/** One field-name table for table headers and attribute keys. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {FIELD_WORDS, fieldOfHeader, fieldOfKey} from '../fields.js';
import {parseRoadmap} from '../../index.js';

test('each word names one field, and is read as that field both as a header and as a key', () => {
  const seen = new Map<string, string>();
  const wrong: string[] = [];
  for (const [field, words] of FIELD_WORDS) {
    for (const word of words) {
      if (seen.has(word)) wrong.push(`${word}: ${seen.get(word)} and ${field}`);
      seen.set(word, field);
      if (fieldOfKey(word) !== field) wrong.push(`key ${word} → ${fieldOfKey(word)}`);
      if (fieldOfHeader(word) !== field) wrong.push(`header ${word} → ${fieldOfHeader(word)}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('a two-word phrase names the field before its single words; otherwise the table order decides', () => {
  assert.equal(fieldOfHeader('Target Release'), 'release');
  assert.equal(fieldOfHeader('Target Version'), 'release');
  assert.equal(fieldOfHeader('Release date'), 'period');
  assert.equal(fieldOfHeader('Target date'), 'period');
  assert.equal(fieldOfHeader('Feature status'), 'status');
  assert.equal(fieldOfHeader('Kubernetes versions'), 'release');
  assert.equal(fieldOfHeader('目标版本'), 'release');
  assert.equal(fieldOfHeader('特性描述'), 'title');
  assert.equal(fieldOfHeader('Notes'), null);
  // Word boundaries: "Prerequisites" holds "pr", "Dates" is not a word of the table.
  assert.equal(fieldOfHeader('Prerequisites'), null);
});

test('an attribute key is a field only as a whole', () => {
  assert.equal(fieldOfKey('Owner'), 'owners');
  assert.equal(fieldOfKey(' Target  date '), 'period');
  assert.equal(fieldOfKey('Driver'), 'owners');
  assert.equal(fieldOfKey('Status update'), null);
  assert.equal(fieldOfKey('See also'), null);
});

test('a "Target Release" column gives releases, and a "Deadline" sub-bullet a period', () => {
  const table = parseRoadmap('| Feature | Target Release |\n| --- | --- |\n| Plugin loader | v2.3 |\n');
  assert.equal(table.items[0]?.release, 'v2.3');
  const list = parseRoadmap('- **Plugin loader**\n  - Deadline: Q3 2025\n  - Who: @kim\n');
  assert.equal(list.items.length, 1);
  assert.equal(list.items[0]?.period?.label, '2025 Q3');
  assert.deepEqual(list.items[0]?.owners, ['kim']);
});

test('an owner tag in a title takes every owner word of the table', () => {
  const roadmap = parseRoadmap('- Plugin loader (driver: @kim)\n- Cache (by @ann)\n- Search (assignee @lee)\n');
  assert.deepEqual(roadmap.items.map((item) => [item.title, item.owners]), [['Plugin loader', ['kim']], ['Cache', ['ann']], ['Search', ['lee']]]);
});
