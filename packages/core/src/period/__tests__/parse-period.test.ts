import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {parsePeriod} from '../index.js';
import {calendar, expectEach, horizon} from './helpers.js';

describe('parsePeriod: calendar forms', () => {
  test('quarters in every order and separator', () => {
    const q4 = ['2019-10-01', '2019-12-31', '2019 Q4'] as const;
    expectEach(
      [
        ['Q4 2019', ...q4], ['2019 Q4', ...q4], ['2019Q4', ...q4], ['2019-Q4', ...q4], ['2019/Q4', ...q4], ['Q4, 2019', ...q4],
        ['Q4 / 2019', ...q4], ['Q4-2019', ...q4], ["Q4'19", ...q4], ['Q4 ’19', ...q4], ['4Q19', ...q4], ['4Q 2019', ...q4],
        ['Q4 of 2019', ...q4], ['fourth quarter of 2019', ...q4], ['4th quarter 2019', ...q4], ['last quarter of 2019', ...q4],
        ['Quarter 4 2019', ...q4], ['Quarter 4, 2019', ...q4], ['q4 2019', ...q4],
        ['Q3, 2020', '2020-07-01', '2020-09-30', '2020 Q3'], ['Q3 / 2021', '2021-07-01', '2021-09-30', '2021 Q3'],
        ['Q1 of 2024', '2024-01-01', '2024-03-31', '2024 Q1'], ['first quarter of 2024', '2024-01-01', '2024-03-31', '2024 Q1'],
        ['the second quarter of 2024', '2024-04-01', '2024-06-30', '2024 Q2'],
        ['Quarter 3 2021', '2021-07-01', '2021-09-30', '2021 Q3'],
      ],
      'quarter',
    );
    assert.equal(calendar('Q4 2019').raw, 'Q4 2019');
    assert.equal(calendar('Acme 1.4 (Q3, 2020)').raw, 'Q3, 2020');
  });

  test('a months hint after a quarter is accepted, and the quarter wins when they disagree', () => {
    const period = calendar('Q4 2019 (October, November, December)');
    assert.equal(period.label, '2019 Q4');
    assert.equal(period.raw, 'Q4 2019');
    assert.equal(calendar('Q4 2019 (January, February, March)').label, '2019 Q4');
    assert.equal(calendar('Q4 2019 (Oct–Dec 2019)').label, '2019 Q4');
  });

  test('fiscal quarters and years follow fiscalYearStartMonth; CY is calendar', () => {
    expectEach(
      [
        ['FY23 Q2', '2023-04-01', '2023-06-30', 'FY23 Q2'], ['Q2 FY23', '2023-04-01', '2023-06-30', 'FY23 Q2'],
        ['FY2023 Q2', '2023-04-01', '2023-06-30', 'FY23 Q2'], ['FY23-Q2', '2023-04-01', '2023-06-30', 'FY23 Q2'],
        ['fy23 q2', '2023-04-01', '2023-06-30', 'FY23 Q2'], ['FY24 Q1', '2024-01-01', '2024-03-31', 'FY24 Q1'],
      ],
      'quarter',
    );
    expectEach([['FY23', '2023-01-01', '2023-12-31', 'FY23'], ['FY 2023', '2023-01-01', '2023-12-31', 'FY23']], 'year');
    const october = {fiscalYearStartMonth: 10};
    expectEach(
      [
        ['FY23 Q1', '2022-10-01', '2022-12-31', 'FY23 Q1'], ['FY23 Q2', '2023-01-01', '2023-03-31', 'FY23 Q2'],
        ['Q4 FY23', '2023-07-01', '2023-09-30', 'FY23 Q4'],
      ],
      'quarter',
      october,
    );
    expectEach([['FY23', '2022-10-01', '2023-09-30', 'FY23']], 'year', october);
    expectEach([['FY25 H2', '2024-08-01', '2025-01-31', 'FY25 H2']], 'half', {fiscalYearStartMonth: 2});
    // An out-of-range start month falls back to January.
    expectEach([['FY23 Q1', '2023-01-01', '2023-03-31', 'FY23 Q1']], 'quarter', {fiscalYearStartMonth: 13});
    expectEach([['CY23', '2023-01-01', '2023-12-31', '2023'], ['CY2023', '2023-01-01', '2023-12-31', '2023']], 'year', october);
    expectEach([['CY2023 Q1', '2023-01-01', '2023-03-31', '2023 Q1'], ['Q1 CY23', '2023-01-01', '2023-03-31', '2023 Q1']], 'quarter', october);
  });

  test('halves', () => {
    const h1 = ['2024-01-01', '2024-06-30', '2024 H1'] as const;
    const h2 = ['2024-07-01', '2024-12-31', '2024 H2'] as const;
    expectEach(
      [
        ['H1 2024', ...h1], ['2024 H1', ...h1], ['1H24', ...h1], ['1H 2024', ...h1], ['2024-H1', ...h1], ['H1, 2024', ...h1],
        ['first half of 2024', ...h1], ['1st half 2024', ...h1], ['2024年上半年', ...h1], ['2024年H1', ...h1],
        ['second half of 2024', ...h2], ['2H 2024', ...h2], ['H2 2024', ...h2], ['2024年下半年', ...h2],
        ['2025h1', '2025-01-01', '2025-06-30', '2025 H1'], ["H2'23", '2023-07-01', '2023-12-31', '2023 H2'],
        ['2022 H2', '2022-07-01', '2022-12-31', '2022 H2'],
      ],
      'half',
    );
  });

  test('years and year spans', () => {
    expectEach(
      [['2022', '2022-01-01', '2022-12-31', '2022'], ['Roadmap 2022', '2022-01-01', '2022-12-31', '2022'],
        ['Qdrant 2023 Roadmap', '2023-01-01', '2023-12-31', '2023'], ['2024年', '2024-01-01', '2024-12-31', '2024'],
        ['2024年度', '2024-01-01', '2024-12-31', '2024']],
      'year',
    );
    expectEach(
      [
        ['2022/2023', '2022-01-01', '2023-12-31', '2022–2023'], ['2022-2023', '2022-01-01', '2023-12-31', '2022–2023'],
        ['2022–2024', '2022-01-01', '2024-12-31', '2022–2024'], ['2022 to 2023', '2022-01-01', '2023-12-31', '2022–2023'],
        ['2022-23', '2022-01-01', '2023-12-31', '2022–2023'],
      ],
      'range',
    );
    // A span must run forward; "2011-12" is December 2011, not a span.
    assert.equal(calendar('2023-2022').granularity, 'year');
    assert.equal(calendar('2011-12').label, 'Dec 2011');
  });

  test('months', () => {
    const nov = ['2018-11-01', '2018-11-30', 'Nov 2018'] as const;
    expectEach(
      [
        ['November 2018', ...nov], ['Nov 2018', ...nov], ['Nov. 2018', ...nov], ['November, 2018', ...nov], ['Nov-2018', ...nov],
        ["Nov '18", ...nov], ['2018-11', ...nov], ['2018/11', ...nov], ['11/2018', ...nov], ['2018年11月', ...nov],
        ['Sept 2021', '2021-09-01', '2021-09-30', 'Sep 2021'], ['February 2024', '2024-02-01', '2024-02-29', 'Feb 2024'],
        ['February 2023', '2023-02-01', '2023-02-28', 'Feb 2023'], ['2024年3月', '2024-03-01', '2024-03-31', 'Mar 2024'],
      ],
      'month',
    );
  });

  test('month and quarter spans', () => {
    expectEach(
      [
        ['Jul-Sep 2021', '2021-07-01', '2021-09-30', 'Jul–Sep 2021'], ['July to September 2021', '2021-07-01', '2021-09-30', 'Jul–Sep 2021'],
        ['July – September, 2021', '2021-07-01', '2021-09-30', 'Jul–Sep 2021'], ['Jul/Aug 2021', '2021-07-01', '2021-08-31', 'Jul–Aug 2021'],
        ['Oct 2023 – Jan 2024', '2023-10-01', '2024-01-31', 'Oct 2023–Jan 2024'],
        ['Oct 2023 to Jan 2024', '2023-10-01', '2024-01-31', 'Oct 2023–Jan 2024'],
        ['Jan 2024-Mar 2024', '2024-01-01', '2024-03-31', 'Jan–Mar 2024'],
        ['December 2023 - February 2024', '2023-12-01', '2024-02-29', 'Dec 2023–Feb 2024'],
        ['Q1 2024 – Q2 2024', '2024-01-01', '2024-06-30', '2024 Q1–Q2'], ['2023 Q3 - 2024 Q1', '2023-07-01', '2024-03-31', '2023 Q3–2024 Q1'],
        ['H1 2024 to H2 2025', '2024-01-01', '2025-12-31', '2024 H1–2025 H2'],
        ['Q1-Q2 2024', '2024-01-01', '2024-06-30', '2024 Q1–Q2'], ['2024 Q2–Q4', '2024-04-01', '2024-12-31', '2024 Q2–Q4'],
        ['Q3 2023 - Q1 2024', '2023-07-01', '2024-03-31', '2023 Q3–2024 Q1'],
      ],
      'range',
    );
    // Backwards month spans are not read as spans.
    assert.notEqual(calendar('Sep-Jul 2021').granularity, 'range');
  });

  test('days', () => {
    const day = ['2018-02-15', '2018-02-15', '2018-02-15'] as const;
    expectEach(
      [
        ['Feb 15, 2018', ...day], ['15 Feb 2018', ...day], ['February 15th, 2018', ...day], ['Feb 15 2018', ...day],
        ['15th of February 2018', ...day], ['15-Feb-2018', ...day], ['2018-02-15', ...day], ['2018.02.15', ...day],
        ['2018/02/15', ...day], ['2018年2月15日', ...day], ['Last updated: Feb 15, 2018', ...day],
        ['**最近一次更新：2018.02.15**', ...day],
        ['Feb 29, 2024', '2024-02-29', '2024-02-29', '2024-02-29'], ['2000-02-29', '2000-02-29', '2000-02-29', '2000-02-29'],
      ],
      'day',
    );
    assert.equal(calendar('2018-02-15').raw, '2018-02-15');
  });

  test('invalid dates and numbers are not read', () => {
    for (const text of ['Feb 29, 2023', '2023-02-29', '1900-02-29', '2024-13', 'Q5 2024', 'H3 2024', 'FY23 Q7', 'Q0 2024', '2024-00',
      'April 31, 2024', '32 Jan 2024', 'Q3 20245', '1850', '2150', '2024年13月']) {
      const period = parsePeriod(text);
      assert.ok(period === null || period.raw !== text, `${text} -> ${JSON.stringify(period)}`);
    }
    // What remains readable in them is only the year.
    assert.equal(calendar('Feb 29, 2023').label, '2023');
  });

  test('approximate readings', () => {
    const cases: Array<[string, string, string, string]> = [
      ['early 2019', '2019-01-01', '2019-04-30', 'early 2019'], ['beginning of 2020', '2020-01-01', '2020-04-30', 'early 2020'],
      ['start of 2020', '2020-01-01', '2020-04-30', 'early 2020'], ['mid 2019', '2019-05-01', '2019-08-31', 'mid 2019'],
      ['mid-2019', '2019-05-01', '2019-08-31', 'mid 2019'], ['middle of 2019', '2019-05-01', '2019-08-31', 'mid 2019'],
      ['late 2019', '2019-09-01', '2019-12-31', 'late 2019'], ['end of 2019', '2019-09-01', '2019-12-31', 'late 2019'],
      ['end of the year 2019', '2019-09-01', '2019-12-31', 'late 2019'], ['by the end of 2025', '2025-09-01', '2025-12-31', 'late 2025'],
      ['End of CY23 LTS release', '2023-09-01', '2023-12-31', 'late 2023'], ['Mid of CY24 LTS release', '2024-05-01', '2024-08-31', 'mid 2024'],
      ['2023年中', '2023-05-01', '2023-08-31', 'mid 2023'], ['2023年中版本', '2023-05-01', '2023-08-31', 'mid 2023'],
      ['2022年底', '2022-09-01', '2022-12-31', 'late 2022'], ['2022年末', '2022-09-01', '2022-12-31', 'late 2022'],
      ['2023年初', '2023-01-01', '2023-04-30', 'early 2023'],
    ];
    for (const [text, start, end, label] of cases) {
      const period = calendar(text);
      assert.deepEqual([period.start, period.end, period.label, period.approximate], [start, end, label, true], text);
    }
    const june = calendar('by June 2025');
    assert.deepEqual([june.granularity, june.label, june.approximate, june.raw], ['month', 'Jun 2025', true, 'by June 2025']);
    const april = calendar('mid-April 2025');
    assert.deepEqual([april.start, april.end, april.granularity, april.approximate], ['2025-04-01', '2025-04-30', 'month', true]);
    const q3 = calendar('end of Q3 2024');
    assert.deepEqual([q3.label, q3.granularity, q3.approximate], ['2024 Q3', 'quarter', true]);
    assert.equal(calendar('by 2026').approximate, true);
    // Exact statements carry no approximate flag at all.
    assert.equal('approximate' in calendar('Q3 2024'), false);
    // "2024年中国…" is "China in 2024", not mid-2024.
    assert.equal(calendar('2024年中国市场').label, '2024');
  });

  test('seasons are approximate (northern hemisphere; winter runs into the next year)', () => {
    const cases: Array<[string, string, string, string]> = [
      ['Spring 2025', '2025-03-01', '2025-05-31', 'Spring 2025'], ['Summer 2024', '2024-06-01', '2024-08-31', 'Summer 2024'],
      ['Fall 2024', '2024-09-01', '2024-11-30', 'Fall 2024'], ['Autumn, 2023', '2023-09-01', '2023-11-30', 'Fall 2023'],
      ['Winter 2024', '2024-12-01', '2025-02-28', 'Winter 2024'],
    ];
    for (const [text, start, end, label] of cases) {
      const period = calendar(text);
      assert.deepEqual([period.start, period.end, period.label, period.granularity, period.approximate], [start, end, label, 'range', true], text);
    }
  });

  test('timestamps are read as their day', () => {
    assert.equal(calendar('Released 2024-02-01T10:00:00Z').label, '2024-02-01');
    assert.equal(calendar('Week of Jan. 8, 2024').label, '2024-01-08');
  });

  test('Chinese quarters', () => {
    const q1 = ['2024-01-01', '2024-03-31', '2024 Q1'] as const;
    expectEach(
      [['2024年第一季度', ...q1], ['2024年Q1', ...q1], ['2024年第1季度', ...q1], ['2024 年 第一季度', ...q1], ['2024年一季度', ...q1],
        ['2024年第四季度', '2024-10-01', '2024-12-31', '2024 Q4']],
      'quarter',
    );
  });

  test('release headings with dates', () => {
    const day = calendar('v2.1.0 (March 3, 2021)');
    assert.deepEqual([day.granularity, day.start, day.raw], ['day', '2021-03-03', 'March 3, 2021']);
    const month = calendar('4.5 (October 2019)');
    assert.deepEqual([month.granularity, month.label], ['month', 'Oct 2019']);
    assert.equal(calendar('Acme 1.4 (Q3, 2020)').label, '2020 Q3');
    assert.equal(calendar('Alpha 4 - Completed 2024-02-01').start, '2024-02-01');
    // Versions alone are not periods.
    for (const text of ['Kubeflow 0.6', 'v2.1.0', 'TensorFlow 2.0 Is Coming', 'r0.7', '1.1 Runtime improvements', 'Kubernetes 1.24, 1.25, 1.26',
      'Release 2024.1', 'v2019.3', 'Python 3.8']) {
      assert.equal(parsePeriod(text), null, text);
    }
  });

  test('decorations around the text do not matter', () => {
    assert.deepEqual([calendar('🚀 Q1 2024:').label, calendar('🚀 Q1 2024:').raw], ['2024 Q1', 'Q1 2024']);
    assert.deepEqual([calendar('**2023 H2**').label, calendar('**2023 H2**').raw], ['2023 H2', '2023 H2']);
    assert.equal(calendar('_Q3 2022_').label, '2022 Q3');
    assert.equal(calendar('~~Q2 2023~~').label, '2023 Q2');
    assert.equal(calendar(':rocket: **Q4 2019** —').label, '2019 Q4');
    assert.equal(calendar('[Q1 2024](https://example.com/q1)').label, '2024 Q1');
    assert.equal(calendar('Q1 2024!').label, '2024 Q1');
  });

  test('a bare year loses to an explicit period; the first explicit period wins', () => {
    assert.equal(calendar('2024 roadmap: delivered Q3 2024').label, '2024 Q3');
    assert.equal(calendar('Q1 2024 (updated Feb 2024)').label, '2024 Q1');
    assert.equal(calendar('Kubeflow 2019 roadmap').label, '2019');
  });

  test('two-digit years are 20YY', () => {
    assert.equal(calendar("Q1'05").start, '2005-01-01');
    assert.equal(calendar('4Q99').start, '2099-10-01');
    assert.equal(calendar('FY07').label, 'FY07');
  });
});

describe('parsePeriod: horizons', () => {
  test('Now buckets', () => {
    for (const text of ['Now', 'Current', 'Currently', 'This quarter', 'Ongoing', 'Ongoing work 🚧',
      'Current milestone', '当前', '**Now**', 'Now:', 'Current: Alpha 5', 'What we are working on']) {
      const period = horizon(text);
      assert.equal(period.horizon, 'now', text);
      assert.equal(period.label, 'Now', text);
    }
  });

  test('state buckets name no time: "In progress", "Backlog", "进行中" are statuses (words/buckets.ts), not horizons', () => {
    for (const text of ['In progress', 'In Progress 🚧', '进行中', 'Backlog', 'Icebox', 'Under consideration', 'In development', 'Wishlist']) {
      assert.equal(parsePeriod(text), null, text);
    }
  });

  test('Next buckets', () => {
    for (const text of ['Next', 'Up next', 'Coming next', 'Near term', 'Near-term', 'Short term', 'Short-term goals', 'Upcoming',
      'Upcoming milestones', 'Coming soon', "What's next", 'What’s next', 'Next release', 'Mid-term', 'Medium term', '下一步', 'Next up',
      'Next 6 months', 'Next steps', '### Next:', 'Next — v2.0']) {
      const period = horizon(text);
      assert.equal(period.horizon, 'next', text);
      assert.equal(period.label, 'Next', text);
    }
  });

  test('Later buckets, including open-ended dates', () => {
    for (const text of ['Later', 'Future', 'Future work', 'Future work 🔮', 'Future releases', 'Long term', 'Long-term', 'Someday',
      'Beyond', '未来', '长期', '长期目标', 'In the future']) {
      const period = horizon(text);
      assert.equal(period.horizon, 'later', text);
      assert.equal(period.label, 'Later', text);
    }
    const after = horizon('After Q2 2024');
    assert.deepEqual([after.horizon, after.label, after.raw], ['later', 'After 2024 Q2', 'After Q2 2024']);
    assert.equal(horizon('Beyond 2025').label, 'After 2025');
    const plus = horizon('2027年及以后');
    assert.deepEqual([plus.horizon, plus.label, plus.raw], ['later', '2027+', '2027年及以后']);
    assert.equal(horizon('2027+').label, '2027+');
    assert.equal(horizon('2026 and beyond').label, '2026+');
  });

  test('raw keeps the source wording; anchor comes from the options', () => {
    const period = horizon('🔮 Future work:', {anchor: '2024-03-01'});
    assert.deepEqual(period, {horizon: 'later', label: 'Later', raw: 'Future work', anchor: '2024-03-01'});
    assert.equal(horizon('Now').anchor, null);
    assert.equal(horizon('After Q2 2024', {anchor: '2023-11-01'}).anchor, '2023-11-01');
  });

  test('prose and other headings are not buckets', () => {
    for (const text of ['the next release will add streaming', 'Now available: the new API', 'Current status', 'Completed milestones ✅',
      'Previous milestones', 'Recently shipped', 'Nowhere', 'Futures and promises', 'Later in the document we explain', 'Performance',
      'How to contribute', 'Next.js integration', '', '   ', '🚀', 'Known Issues', 'Long-term support policy for contributors and vendors alike']) {
      assert.equal(parsePeriod(text), null, text);
    }
  });
});

describe('parsePeriod: ordinary text', () => {
  test('numbers, versions, identifiers and URLs are not periods', () => {
    for (const text of ['Python 3.8', '2.0 release', 'Top 10 features', '24 GPUs', '1000 items', 'Issue #2020', 'Costs $2000',
      'https://example.com/2019/roadmap', 'see docs/2021/plan.md', 'roadmap-2024.md', 'release_2024_notes', '`2024-01-01`',
      'v2019', '1. Features and refactoring', '## 1.1 Runtime improvements', '2 Frozen features', 'Q3', 'H1 heading', 'In Q2 we will',
      'mail dev@2020.org', '2024%', '100/2000 done']) {
      assert.equal(parsePeriod(text), null, text);
    }
  });
});
