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
