/** Every status word is read as its status in a table cell, whatever its case or a date after it. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {STATUS_WORDS} from '../statuses.js';
import {statusFromCell} from '../../classify/status.js';
import type {Status} from '../../model.js';

const entries = () => (Object.entries(STATUS_WORDS) as Array<[Status, readonly string[]]>).flatMap(([status, words]) => words.map((word) => [status, word] as const));

test('each status word belongs to one status', () => {
  const seen = new Map<string, Status>();
  const twice = entries().filter(([status, word]) => {
    const before = seen.get(word);
    seen.set(word, status);
    return before !== undefined;
  });
  assert.deepEqual(twice, []);
});

test('each status word, alone in a cell, upper-cased or with a date after it, is read as its status', () => {
  const wrong: string[] = [];
  for (const [status, word] of entries()) {
    const forms = [word, word.toUpperCase(), `**${word}**`];
    if (/^[a-z]/.test(word) && word.length > 3) forms.push(`${word} in Q1 2023`);
    for (const form of forms) {
      const read = statusFromCell(form);
      if (read !== status) wrong.push(`${JSON.stringify(form)} → ${read}, expected ${status}`);
    }
  }
  assert.deepEqual(wrong, []);
});
