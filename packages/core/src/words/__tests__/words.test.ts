/**
 * The word tables agree with each other and with the quick pre-checks that guard them: a phrase has one
 * meaning wherever it is read, and no phrase is unreachable because a hint regex skips it.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {BUCKET_PHRASES} from '../buckets.js';
import {HORIZON_PHRASES} from '../horizons.js';
import {classifyBucket} from '../../classify/bucket.js';
import {readHorizon} from '../../period/horizon.js';
import {HORIZON_HINT, parsePeriod} from '../../period/index.js';

const bucketPhrases = BUCKET_PHRASES.flatMap(([[status, horizon], phrases]) => phrases.map((phrase) => ({phrase, status, horizon})));

test('a bucket phrase means the same as a heading (classifyBucket) and as a cell or period (readHorizon)', () => {
  const disagreements = bucketPhrases.flatMap(({phrase, status, horizon}) => {
    const bucket = classifyBucket(phrase);
    const read = readHorizon(phrase)?.horizon ?? null;
    const got = [bucket?.status ?? null, bucket?.horizon ?? null, read];
    return got[0] === status && got[1] === horizon && got[2] === horizon ? [] : [`${phrase}: table ${status}/${horizon}, read ${got.join('/')}`];
  });
  assert.deepEqual(disagreements, []);
});

test('every horizon phrase is read as its horizon, through the hint that guards parsePeriod', () => {
  const missed = (Object.entries(HORIZON_PHRASES) as Array<[string, string[]]>).flatMap(([horizon, phrases]) =>
    phrases.filter((phrase) => !HORIZON_HINT.test(phrase) || parsePeriod(phrase)?.horizon !== horizon).map((p) => `${p} (${horizon})`),
  );
  assert.deepEqual(missed, []);
});

test('every bucket phrase with a horizon passes the hint, so a cell "Up next" is read', () => {
  const missed = bucketPhrases.filter(({horizon}) => horizon !== null).filter(({phrase}) => !HORIZON_HINT.test(phrase)).map((p) => p.phrase);
  assert.deepEqual(missed, []);
});
