import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {MATCHERS} from '../matchers.js';
import {RULES} from '../suspect.js';

/** Period-like text without a four-digit year: what the year check lets the scanners skip. */
const piece = fc.constantFrom('Q1', 'Q5', 'q3', 'H2', 'H3', 'FY23', 'FY 2', 'CY24', "'24", '’25', '3Q24', '2H', '1/', '12', '13', '30', '199', '209', '2 0 2 4',
  '21', '1899', '2100', 'March', 'Feb', 'Sept.', 'mid-', 'early', 'end of', 'quarter', 'Quartr', 'first half', '年', '月', '日', '季度', '第五', '上半年',
  ' ', ', ', '-', '/', '.', ' of ', 'v1.2', '#1999x');
const text = fc.array(piece, {maxLength: 10}).map((parts) => parts.join('')).filter((t) => !/(?:19|20)\d\d/.test(t));

test('calendar forms marked as needing a four-digit year find nothing without one', () => {
  const needYear = MATCHERS.filter((matcher) => matcher.year);
  assert.ok(needYear.length > 20);
  fc.assert(fc.property(text, (t) => {
    for (const matcher of needYear) {
      matcher.re.lastIndex = 0;
      assert.equal(matcher.re.exec(t), null, `${matcher.name} in ${t}`);
    }
  }), {numRuns: 5000});
});

test('a calendar form matches only text its hint matches', () => {
  const rich = fc.array(fc.oneof(piece, fc.constantFrom('2024', '2023', '1999', '2021-22', '2024-03', '2024/3/1', '2024.03.01', 'Q3 2024', '2024 Q1', '3Q24',
    'H1 2025', '2H24', 'second half of 2024', 'Jul-Sep 2021', 'March 3, 2024', '3 Mar 2024', 'mid-2024', 'end of 2023', 'fall 2022', '2023年第三季度',
    '2024年上半年', '2024年3月', '2024年中', ' to ', ' through ', ' thru ', ' until ', ' till ', '–', '—', '~', '&', 'FY23 Q2', 'Q2 FY23', 'CY24', 'Sept.', 'June', 'Mayday', 'marketing', 'first quarter of 2024', 'quarter 3 2024', 'Q1–Q2 2024', 'last quarter 2023')), {maxLength: 10})
    .map((parts) => parts.join(''));
  fc.assert(fc.property(rich, (t) => {
    for (const matcher of MATCHERS) {
      matcher.re.lastIndex = 0;
      if (matcher.re.exec(t)) assert.ok(matcher.hint.test(t), `${matcher.name} matches ${t} but its hint does not`);
    }
  }), {numRuns: 20000});
});

test('suspect-period rules marked as needing a four-digit year find nothing without one', () => {
  const needYear = RULES.filter((rule) => rule.year);
  assert.ok(needYear.length >= 9);
  fc.assert(fc.property(text, (t) => {
    for (const rule of needYear) {
      rule.re.lastIndex = 0;
      assert.equal(rule.re.exec(t), null, `${rule.re.source} in ${t}`);
    }
  }), {numRuns: 5000});
});
