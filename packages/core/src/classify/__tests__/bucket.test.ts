import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {classifyBucket, type Bucket} from '../bucket.js';

const BUCKETS: Array<[string, Omit<Bucket, 'raw'>]> = [
  ['Completed', {status: 'done'}],
  ['Done ✅', {status: 'done'}],
  ['Shipped', {status: 'done'}],
  ['Released', {status: 'done'}],
  ['Completed milestones', {status: 'done'}],
  ['Completed milestones ✅', {status: 'done'}],
  ['Recently shipped', {status: 'done'}],
  ['Previously delivered roadmap items', {status: 'done'}],
  ['Previous milestones', {status: 'done'}],
  ['Completed in Q1 2023', {status: 'done'}],
  ['Done (2024)', {status: 'done'}],
  ['✅', {status: 'done'}],
  ['In progress', {status: 'in-progress'}],
  ['Features in progress', {status: 'in-progress'}],
  ['Ongoing 🚧', {status: 'in-progress', horizon: 'now'}],
  ['Ongoing work 🚧', {status: 'in-progress', horizon: 'now'}],
  ['Currently working on', {status: 'in-progress', horizon: 'now'}],
  ['Current milestone', {status: 'in-progress', horizon: 'now'}],
  ['Now', {status: 'in-progress', horizon: 'now'}],
  ['Planned', {status: 'planned'}],
  ['Backlog', {status: 'planned'}],
  ['Future 🔮', {status: 'planned', horizon: 'later'}],
  ['Future work', {status: 'planned', horizon: 'later'}],
  ['Future work 🔮', {status: 'planned', horizon: 'later'}],
  ['Later', {status: 'planned', horizon: 'later'}],
  ['Up next', {status: 'planned', horizon: 'next'}],
  ["What's next", {status: 'planned', horizon: 'next'}],
  ['What’s next', {status: 'planned', horizon: 'next'}],
  ['Next', {status: 'planned', horizon: 'next'}],
  ['Next steps', {status: 'planned', horizon: 'next'}],
  ['Upcoming milestones', {status: 'planned', horizon: 'next'}],
  ['**Upcoming:**', {status: 'planned', horizon: 'next'}],
  ['Near term', {horizon: 'next'}],
  ['Mid-term', {horizon: 'next'}],
  ['Long term', {horizon: 'later'}],
  ['Deprecated', {status: 'dropped'}],
  ['Removed features by release', {status: 'dropped'}],
  ['Not planned', {status: 'dropped'}],
  ['Out of scope', {status: 'dropped'}],
  ['Non-goals', {status: 'dropped'}],
  ['已完成', {status: 'done'}],
  ['进行中', {status: 'in-progress'}],
  ['计划中', {status: 'planned'}],
  ['未来', {status: 'planned', horizon: 'later'}],
];

describe('classifyBucket: whole buckets', () => {
  for (const [text, expected] of BUCKETS) {
    test(text, () => {
      const bucket = classifyBucket(text);
      assert.ok(bucket, 'expected a bucket');
      assert.deepEqual({status: bucket.status, horizon: bucket.horizon}, {status: expected.status, horizon: expected.horizon});
    });
  }
});

describe('classifyBucket: a bucket part next to a name', () => {
  test('"Current: Alpha 5" is a now bucket whose raw is only the head', () => {
    assert.deepEqual(classifyBucket('Current: Alpha 5'), {status: 'in-progress', horizon: 'now', raw: 'Current'});
  });
  test('"Alpha 4 - Completed 2024-02-01" is done, raw is the status tail', () => {
    assert.deepEqual(classifyBucket('Alpha 4 - Completed 2024-02-01'), {status: 'done', raw: 'Completed 2024-02-01'});
  });
  test('"Ecosystem (later)" is a later horizon', () => {
    assert.deepEqual(classifyBucket('Ecosystem (later)'), {status: 'planned', horizon: 'later', raw: 'later'});
  });
  test('"Alpha 3 ✅" carries the emoji status', () => {
    assert.deepEqual(classifyBucket('Alpha 3 ✅'), {status: 'done', raw: '✅'});
  });
});

describe('classifyBucket: topics are not buckets', () => {
  const TOPICS = [
    'Performance', 'Next-gen storage engine', 'Future of the API', 'Planned features include', 'Current status',
    'Completion of the type checker', 'Plan', 'Roadmap', 'Milestones', 'Alpha milestones', 'Core Milestones',
    'Known Issues', 'Kubeflow 0.6', 'Q4 2019 (October, November, December)', '2024 Q1', 'Search (beta)',
    'Done right', 'Nowcasting', 'Doneness checks', '', '🚀',
    // moby: frozen features exist and are kept as they are; nothing is planned, done or dropped
    'Frozen features', '2 Frozen features',
  ];
  for (const text of TOPICS) {
    test(JSON.stringify(text), () => assert.equal(classifyBucket(text), null));
  }
});
