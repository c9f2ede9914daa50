/** The sentence above a list: which status and release it states for the list, and which it does not. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {STATED, STATED_CJK, leadInRelease, leadInStatus} from '../lead-in.js';
import {parseRoadmap} from '../../index.js';

test('every stated phrase is read after "are", "have been" and "are now", and a negation cancels it', () => {
  const wrong: string[] = [];
  for (const [status, phrases] of STATED) {
    for (const phrase of phrases) {
      for (const sentence of [`The items below are ${phrase}:`, `These features have been ${phrase}.`, `All of the following are now ${phrase}:`]) {
        if (leadInStatus(sentence)?.status !== status) wrong.push(`${sentence} → ${leadInStatus(sentence)?.status}`);
      }
      const negated = leadInStatus(`We have not decided which items below are ${phrase}:`);
      if (negated !== null) wrong.push(`negated ${phrase} → ${negated.status}`);
    }
  }
  for (const [status, words] of STATED_CJK) {
    for (const word of words) {
      if (leadInStatus(`以下是本年度${word}的主要目标。`)?.status !== status) wrong.push(`以下…${word}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('real lead-in sentences: what they state, and the ones that state nothing', () => {
  assert.equal(leadInStatus('Features are planned in the 1.13 time frame for the Kubectl Plugin.')?.status, 'planned');
  assert.equal(leadInStatus('以下是 ESP-IDF 项目在 2026 年计划实现的主要目标。')?.status, 'planned');
  assert.equal(leadInStatus('The items below are now complete:')?.status, 'done');
  // A time or release, not a status; a noun, not a statement; a negation.
  assert.equal(leadInStatus('The following high level features are targeted for Rook v1.13 (November 2023).'), null);
  assert.equal(leadInStatus('Below are some of the key enhancements:'), null);
  assert.equal(leadInStatus('以下是 ESP-IDF 路线图的主要信息。'), null);
  assert.equal(leadInStatus('以下功能并没有具体计划的发行日期，但是大部分功能会在未来的一两个版本中发行。'), null);
  assert.equal(leadInStatus('These are not started yet, but we would like to:'), null);
  assert.equal(leadInStatus('The following are not planned:')?.status, 'dropped');
});

test('a lead-in names a release only when it names exactly one version in a release context', () => {
  assert.equal(leadInRelease('Features are planned in the 1.13 time frame for the Kubectl Plugin.'), '1.13');
  assert.equal(leadInRelease('The following are targeted for Acme v2.3:'), '2.3');
  assert.equal(leadInRelease('We will move from 1.2 to 1.3 in the next release:'), null);
  assert.equal(leadInRelease('Release plan 2022.9:'), null);
  assert.equal(leadInRelease('We support Python 3.8:'), null);
});

test('a parsed list takes the status and release of the sentence that leads into it, not of the sentences before', () => {
  const roadmap = parseRoadmap(
    [
      '# Roadmap',
      '',
      '## Kubectl Plugin',
      '',
      'Features are planned in the 1.13 time frame for the plugin.',
      '* Recover the cluster after deletion',
      '',
      '## Acme 2.0 Beta',
      '',
      'The 2.0 Beta release is available now. Below are some of the key enhancements:',
      '',
      '* Eager execution',
    ].join('\n'),
  );
  const [recover, eager] = roadmap.items;
  assert.equal(recover?.status, 'planned');
  assert.equal(recover?.release, '1.13');
  assert.equal(eager?.title, 'Eager execution');
  assert.equal(eager?.status, null);
});
