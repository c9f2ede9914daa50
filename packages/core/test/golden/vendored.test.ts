/**
 * The real files under ../real are copies of the shared fixture set. When that set sits next to the
 * repository (always in CI: .ci/run refuses to run without it), the copies must be byte-identical,
 * so a changed or added shared file cannot be silently missing from the tests.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {realDir, sharedDir} from './paths.js';

const FOLDERS = ['corpus', 'seeds'];
const shared = sharedDir();
const absent = !existsSync(join(shared, 'corpus'));

test('the vendored corpus and seeds equal ../shared byte for byte', {skip: absent ? `needs ../shared (not found at ${shared})` : false}, () => {
  for (const folder of FOLDERS) {
    const names = readdirSync(join(shared, folder)).sort();
    assert.deepEqual(readdirSync(join(realDir(), folder)).sort(), names, `${folder}/ lists the same files`);
    for (const name of names) {
      const a = readFileSync(join(shared, folder, name));
      const b = readFileSync(join(realDir(), folder, name));
      assert.ok(a.equals(b), `${folder}/${name} differs from ../shared; copy it again`);
    }
  }
});
