/** The release word table: each word does what the table says it does to the version next to it. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseRelease} from '../../index.js';
import {DEPENDENCY_WORDS, PRE_RELEASE_WORDS, RELEASE_FOLLOWERS, RELEASE_FOLLOWERS_CJK} from '../releases.js';

/** A word of the table as written ("features?" → "features", "release[ds]?" → "released"). */
const spelled = (word: string) => word.replace(/\[(\w)\w*\]\?$/, '$1').replace(/(\w)\?$/, '$1').replace(/\\\.\?$/, '');

test('a plain version followed by a release word is a release; followed by another word it is not', () => {
  const wrong: string[] = [];
  for (const word of [...RELEASE_FOLLOWERS.map(spelled), ...RELEASE_FOLLOWERS_CJK]) {
    // A pre-release word stays with the version ("2.4 beta"); any other leaves it bare.
    const expected = (PRE_RELEASE_WORDS as readonly string[]).includes(word) ? `2.4 ${word}` : '2.4';
    if (parseRelease(`2.4 ${word}`) !== expected) wrong.push(`2.4 ${word} → ${parseRelease(`2.4 ${word}`)}`);
  }
  assert.deepEqual(wrong, []);
  assert.equal(parseRelease('1.1 Runtime improvements'), null);
});

test('a version right after a dependency word is not a release', () => {
  const wrong = DEPENDENCY_WORDS.map(spelled).filter((word) => parseRelease(`Add ${word} Kubernetes 1.24`) !== null);
  assert.deepEqual(wrong, []);
});

test('a pre-release word stays with its version', () => {
  for (const word of PRE_RELEASE_WORDS) assert.equal(parseRelease(`v3 ${word} 2`), `v3 ${word} 2`);
});
