/**
 * The holdout set: real roadmaps under ../real/unseen that the parser was never tuned on, labelled by
 * hand before the parser ran on them (provenance in ../real/unseen/MANIFEST.tsv). It measures how well
 * the reader generalizes: every disagreement is printed, and the total may only go down. When a change
 * fixes some, lower the ceiling to the new figure; a change that raises it reads real files worse.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseRoadmap} from '../../src/index.js';
import {checkLabels} from './check-labels.js';
import {loadLabelFiles} from './label-file.js';
import {readShared} from './paths.js';

/** Disagreements on the holdout set at the last measurement (see the test's output for the list). */
const CEILING = 12;

test('holdout set: unseen real roadmaps, disagreements with the hand labels never grow', (t) => {
  const labels = loadLabelFiles().filter((label) => label.file.startsWith('unseen/'));
  assert.ok(labels.length >= 6, `${labels.length} holdout label files`);
  let total = 0;
  let items = 0;
  let cleanFiles = 0;
  for (const label of labels) {
    const report = checkLabels(label, parseRoadmap(readShared(label.file), {file: label.file}));
    total += report.failures.length;
    items += report.checkedItems;
    if (report.failures.length === 0) cleanFiles++;
    t.diagnostic(`${label.file}: ${report.checkedItems} items, ${report.failures.length} disagreements`);
    for (const failure of report.failures) t.diagnostic(`  ${failure}`);
  }
  t.diagnostic(`holdout: ${labels.length} files (${cleanFiles} agree fully), ${items} items checked, ${total} disagreements (ceiling ${CEILING})`);
  assert.ok(total <= CEILING, `${total} disagreements on the holdout set, more than the ${CEILING} measured before: a change reads unseen roadmaps worse`);
});
