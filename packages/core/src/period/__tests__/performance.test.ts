import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findPeriods, findSuspectPeriod, parsePeriod, parseRelease} from '../index.js';

const SAMPLES = [
  'Q4 2019 (October, November, December)', 'Software Catalog', 'Future work 🔮', 'Kubeflow 0.6', 'Alpha 4 - Completed 2024-02-01',
  'Kafka source (Planned for Q4 2021)', 'Make the design and implementation solid enough for general use by the end of 2018.',
  '[#1234](https://github.com/org/repo/issues/1234) Improve 2.0 release performance on 24 GPUs', '2024年第一季度', 'What’s next',
  'Finalize i18n-related work by the end of 2025, transforming Community-Blog into a truly international platform.',
];

test('10k calls of each function finish quickly', () => {
  const started = performance.now();
  let found = 0;
  for (let i = 0; i < 10_000; i++) {
    const text = SAMPLES[i % SAMPLES.length]!;
    if (parsePeriod(text)) found++;
    found += findPeriods(text).length;
    if (findSuspectPeriod(text)) found++;
    if (parseRelease(text)) found++;
  }
  assert.ok(found > 10_000);
  // Generous bound: catches pathological regexes, not a benchmark.
  assert.ok(performance.now() - started < 20_000);
});

test('adversarial inputs do not backtrack catastrophically', () => {
  const inputs = [
    'Q1 '.repeat(5000), '2019 '.repeat(5000), ' '.repeat(50_000) + 'Q', '1'.repeat(50_000), 'early '.repeat(5000) + 'x',
    'Nov - '.repeat(5000), '2019-'.repeat(5000), 'v1.'.repeat(5000), '*'.repeat(20_000) + 'Now' + '*'.repeat(20_000),
    'end of the '.repeat(3000), 'Jan to '.repeat(3000) + '2024x',
  ];
  for (const text of inputs) {
    const started = performance.now();
    parsePeriod(text);
    findPeriods(text);
    findSuspectPeriod(text);
    parseRelease(text);
    assert.ok(performance.now() - started < 5_000, `slow on ${JSON.stringify(text.slice(0, 20))}…`);
  }
});
