import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findPeriods} from '../index.js';

/** [raw, label] of every period found. */
function found(text: string): Array<[string, string]> {
  return findPeriods(text).map(({period, index, length}) => {
    assert.equal(text.slice(index, index + length), period.raw, 'index/length must locate raw');
    return [period.raw, period.label];
  });
}

test('finds explicit periods inside sentences', () => {
  assert.deepEqual(found('Kafka source (Planned for Q4 2021)'), [['Q4 2021', '2021 Q4']]);
  assert.deepEqual(found('_Completed Q3 2022_'), [['Q3 2022', '2022 Q3']]);
  assert.deepEqual(found('Our 2.0 release target is Q2 2019. This is a list'), [['Q2 2019', '2019 Q2']]);
  assert.deepEqual(found('graduating to 1.0 in Q1 2020'), [['Q1 2020', '2020 Q1']]);
  assert.deepEqual(found('Kubeflow 0.7 will be released in October 2019.'), [['October 2019', 'Oct 2019']]);
  assert.deepEqual(found('the quarter (Jul-Sep 2021) included'), [['Jul-Sep 2021', 'Jul–Sep 2021']]);
  assert.deepEqual(found('starting in July until September 2021 included'), [['July until September 2021', 'Jul–Sep 2021']]);
  assert.deepEqual(found('Focus on researchers for the first half of 2019.'), [['first half of 2019', '2019 H1']]);
  assert.deepEqual(found('**Last updated: Feb 15, 2018**'), [['Feb 15, 2018', '2018-02-15']]);
  assert.deepEqual(found('shipped 2024-02-01, fixed 2024-03-05'), [['2024-02-01', '2024-02-01'], ['2024-03-05', '2024-03-05']]);
  assert.deepEqual(found('moved from Q1 2024 to Q3 2024'), [['Q1 2024 to Q3 2024', '2024 Q1–Q3']]);
  assert.deepEqual(found('prices fall 2024 users, and we ship in Fall 2024'), [['Fall 2024', 'Fall 2024']]);
  assert.deepEqual(found('目标在2024年第一季度完成'), [['2024年第一季度', '2024 Q1']]);
});

test('finds deadlines and approximate dates, marked approximate', () => {
  const text = 'Complete the construction by mid-April 2025, the knowledge base by June 2025 and i18n by the end of 2025.';
  const periods = findPeriods(text);
  assert.deepEqual(periods.map((p) => p.period.raw), ['by mid-April 2025', 'by June 2025', 'by the end of 2025']);
  assert.ok(periods.every((p) => p.period.approximate === true));
  assert.deepEqual(periods.map((p) => p.period.label), ['Apr 2025', 'Jun 2025', 'late 2025']);
  assert.deepEqual(found('solid enough for general use by the end of 2018'), [['by the end of 2018', 'late 2018']]);
  assert.deepEqual(found('available at end of 2018'), [['end of 2018', 'late 2018']]);
  assert.deepEqual(found('Swift for TensorFlow in Colab in early 2019'), [['early 2019', 'early 2019']]);
  assert.deepEqual(found('GA in mid-2023'), [['mid-2023', 'mid 2023']]);
});

test('bare years only after a time word', () => {
  assert.deepEqual(found('the design and implementation through 2018.'), [['2018', '2018']]);
  assert.deepEqual(found('In 2020 we plan to ship'), [['2020', '2020']]);
  for (const text of ['by 2026', 'during 2021', 'until 2022', 'since 2019', 'before 2030', 'after 2024', 'starting 2025',
    'starting in 2025', 'in the 2024 year', 'from 2022 to 2023']) {
    assert.equal(findPeriods(text).length, 1, text);
  }
  assert.equal(findPeriods('from 2022 to 2023')[0]!.period.label, '2022–2023');
  for (const text of ['Qdrant 2023 Roadmap', 'Copyright 2019-2023 Acme', 'The 2024 plan', 'over 2000 users', '2048 tokens of context',
    'ranked 2019th']) {
    assert.deepEqual(found(text), [], text);
  }
});

test('versions, counts, identifiers and URLs are not periods', () => {
  for (const text of [
    'Support Python 3.8 and the 2.0 release', 'top 10 requests', 'trained on 24 GPUs', 'index 1000 items',
    'see https://github.com/org/repo/issues/2020 and https://example.com/2019/05/q4-2019-plan', 'docs/2021/roadmap.md',
    '[link](https://example.com/blog/2021-03-01-release)', 'run `migrate --since 2021-03-01`', 'fixes #2021', 'version v2019.1',
    'calver 2024.1 ships', 'release-2021-03 branch', 'roadmap_2024_q1', 'It may 2020 be', 'march 2020 forward', 'cost $2024',
    'Kubernetes 1.24, 1.25, 1.26', 'In Q2 we will tackle accessibility', 'H1 headings', 'the next release will add streaming',
  ]) {
    assert.deepEqual(found(text), [], text);
  }
});

test('returns matches in text order with their positions', () => {
  const text = 'Alpha (Q1 2024), beta in June 2024, GA by end of 2024.';
  const periods = findPeriods(text);
  assert.deepEqual(periods.map((p) => p.index), [7, 25, 39]);
  assert.deepEqual(periods.map((p) => p.period.label), ['2024 Q1', 'Jun 2024', 'late 2024']);
  assert.deepEqual(findPeriods(''), []);
  assert.deepEqual(findPeriods('no dates here at all'), []);
});

test('fiscal options apply in prose too', () => {
  const [period] = findPeriods('Ships in FY24 Q1.', {fiscalYearStartMonth: 2});
  assert.deepEqual([period?.period.start, period?.period.end, period?.period.label], ['2023-02-01', '2023-04-30', 'FY24 Q1']);
});
