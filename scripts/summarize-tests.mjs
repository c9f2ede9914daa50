// Adds up the TAP files of Node's test runner and Playwright's JSON report
// into the one closing line CI reads: "N passed, N failed, N skipped".
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
const skipReasons = new Map();
for (const name of readdirSync(dir)) {
  const file = path.join(dir, name);
  if (name.endsWith('.tap')) {
    const text = readFileSync(file, 'utf8');
    const count = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
    passed += count('pass');
    failed += count('fail') + count('cancelled');
    skipped += count('skipped') + count('todo');
    for (const [, reason] of text.matchAll(/# SKIP (.+)$/gm)) skipReasons.set(reason, (skipReasons.get(reason) ?? 0) + 1);
  } else if (name === 'pw.json' && existsSync(file)) {
    const stats = JSON.parse(readFileSync(file, 'utf8')).stats;
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    skipped += stats.skipped;
  }
}
// A skip that needs data outside the repository says so once, so a clone knows what it did not run.
for (const [reason, n] of skipReasons) console.log(`skipped ${n}: ${reason}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
