/**
 * Compare pages (`<base>/changes/<from>/<to>`) against the roadmap files:
 * the Qdrant boxes ticked during 2024 are reported as done (not as items
 * added or dropped), and the Sourcegraph items moved to a later fiscal
 * quarter are reported as rescheduled by the right number of quarters.
 * Every compare page is served, titled once, and links back to its change log.
 */
import {expect, test} from '@playwright/test';
import {watchPage} from '../support/watch.js';
import {
  CURRENT,
  INSTANCES,
  changeCounts,
  changeRows,
  checkboxes,
  comparePath,
  comparePaths,
  instance,
  quarterDeltaText,
  siteFile,
  sourcegraphMoves,
  type ChangeRow,
} from './versions-helpers.js';

const qdrant = instance('qdrant');
const handbook = instance('handbook');

/** Checkbox items of the two Qdrant files: ticked since publication, and listed only in the newer file. */
function qdrantFacts(): {ticked: string[]; newlyListed: string[]} {
  const before = checkboxes(siteFile('qdrant_versioned_roadmap/version-2024-published/roadmap.md'));
  const after = checkboxes(siteFile('qdrant/roadmap.md'));
  return {
    ticked: [...after].filter(([title, done]) => done && before.get(title) === false).map(([title]) => title),
    newlyListed: [...after.keys()].filter((title) => !before.has(title)),
  };
}

test('qdrant 2024-published → current: every box ticked since is reported done, none as added or dropped', async ({page}) => {
  const {ticked, newlyListed} = qdrantFacts();
  expect(ticked.length, 'boxes ticked between the two files').toBeGreaterThan(0);
  const watch = watchPage(page);
  await page.goto(comparePath(qdrant, '2024-published', CURRENT));
  const changes = page.getByTestId('roadmap-version-changes');
  await expect(changes).toHaveAttribute('data-from', '2024-published');
  await expect(changes).toHaveAttribute('data-to', CURRENT);

  const counts = await changeCounts(changes.getByTestId('roadmap-change-counts').first());
  expect(counts.done, 'the "(N done)" count').toBe(ticked.length);

  const rows = await changeRows(changes);
  // A "done" change: a status row whose last status is done, with the "delivered" call-out.
  const delivered = rows.filter((row) => row.kind === 'status' && row.statuses[row.statuses.length - 1] === 'done' && /\bdelivered\b/.test(row.text));
  expect(delivered.map((row) => row.title).sort()).toEqual([...ticked].sort());
  const addedOrDropped = rows.filter((row) => row.kind === 'added' || row.kind === 'dropped');
  expect(addedOrDropped.filter((row) => ticked.includes(row.title)).map((row) => `${row.kind}: ${row.title}`)).toEqual([]);
  // The boxes that only the newer file lists are new items, not ticked ones.
  expect(addedOrDropped.filter((row) => row.kind === 'added').map((row) => row.title).sort()).toEqual(expect.arrayContaining(newlyListed));
  await watch.settled();
  expect(watch.problems()).toEqual([]);
});

test('qdrant: a ticked box whose title did not change is not flagged as an uncertain match', async ({page}) => {
  const {ticked} = qdrantFacts();
  await page.goto(comparePath(qdrant, '2024-published', CURRENT));
  const rows = (await changeRows(page.getByTestId('roadmap-version-changes'))).filter((row) => ticked.includes(row.title));
  expect(rows.length, 'rows of the ticked boxes').toBe(ticked.length);
  const flagged = rows.filter((row) => row.uncertain).map((row) => row.title);
  // Same title, same place, in both files: the help text ("matched by a similar title or its position") does not apply.
  expect(flagged, 'identical items shown as "≈ uncertain match"').toEqual([]);
});

test('sourcegraph fy23-q2 → current: each item moved to another fiscal quarter is rescheduled by its quarter delta', async ({page}) => {
  const moves = sourcegraphMoves();
  expect(moves.length, 'items listed under another quarter').toBeGreaterThan(0);
  expect(moves.some((move) => Math.abs(move.quarters) > 1), 'a move of more than one quarter').toBe(true);
  await page.goto(comparePath(handbook, 'fy23-q2', CURRENT));
  const changes = page.getByTestId('roadmap-version-changes');
  const rows = await changeRows(changes);
  const rescheduled = rows.filter((row) => row.kind === 'rescheduled');
  for (const move of moves) {
    const row: ChangeRow | undefined = rescheduled.find((r) => r.title === move.title);
    expect(row, `rescheduled row for "${move.title}"`).toBeDefined();
    expect(row!.delta, move.title).toBe(quarterDeltaText(move.quarters));
    expect(row!.text, move.title).toContain(`${move.from} → changed to ${move.to}`);
    expect(row!.text, move.title).toContain(move.quarters > 0 ? 'slipped' : 'pulled in');
  }
  const counts = await changeCounts(changes.getByTestId('roadmap-change-counts').first());
  expect(counts.rescheduled).toBe(moves.length);
  expect(counts.slipped).toBe(moves.filter((move) => move.quarters > 0).length);
  expect(counts.pulledIn).toBe(moves.filter((move) => move.quarters < 0).length);
});

test('every compare page is served, names its two versions once in its title, and links back to the change log', async ({page, request}) => {
  for (const inst of INSTANCES) {
    for (const path of comparePaths(inst)) {
      await test.step(path, async () => {
        const response = await request.get(path);
        expect.soft(response.status(), `${path} status`).toBe(200);
        await page.goto(path);
        await expect.soft(page.getByTestId('roadmap-version-compare-page'), path).toBeVisible();
        const title = await page.title();
        expect.soft(title.split('→').length - 1, `${path}: "→" in the document title "${title}"`).toBe(1);
        const back = page.getByTestId('roadmap-version-compare-page').getByRole('navigation', {name: 'Breadcrumbs'}).getByRole('link');
        await expect.soft(back, path).toHaveAttribute('href', `${inst.base}/changes`);
      });
    }
  }
});
