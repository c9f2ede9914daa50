/** The real `docusaurus roadmap:snapshot` command, run by the Docusaurus CLI on a site made here. */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {fixtures} from '../../__tests__/helpers.js';

const pluginDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const docusaurus = path.join(pluginDir, 'node_modules/.bin/docusaurus');

function makeSite(): string {
  // Inside the package so that Node resolves the site's imports from its node_modules.
  const site = mkdtempSync(path.join(pluginDir, '.tmp-cli-site-'));
  cpSync(path.join(fixtures, 'versioned-site'), site, {recursive: true});
  const plugin = JSON.stringify(path.join(pluginDir, 'lib/index.js'));
  writeFileSync(
    path.join(site, 'docusaurus.config.js'),
    `module.exports = {title: 'CLI test', url: 'https://example.org', baseUrl: '/',
  plugins: [[${plugin}, {}], [${plugin}, {id: 'second', path: 'roadmap', routeBasePath: 'second'}]]};\n`,
  );
  return site;
}

const run = (site: string, ...args: string[]) =>
  spawnSync(docusaurus, args, {cwd: site, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}});

test('docusaurus roadmap:snapshot creates a version; a duplicate is refused in one line', () => {
  const site = makeSite();
  try {
    const created = run(site, 'roadmap:snapshot', '1.1');
    assert.equal(created.status, 0, created.stderr + created.stdout);
    assert.match(created.stdout + created.stderr, /Roadmap version 1\.1 created in versioned_roadmap\/version-1\.1/);
    assert.deepEqual(JSON.parse(readFileSync(path.join(site, 'roadmap_versions.json'), 'utf8')), ['1.1', '1.0', '0.9']);

    const duplicate = run(site, 'roadmap:snapshot', '1.1');
    assert.equal(duplicate.status, 1);
    const output = duplicate.stdout + duplicate.stderr;
    assert.match(output, /\[roadmap\] Version "1\.1" already exists/);
    assert.doesNotMatch(output, /\n\s+at /, 'no stack trace');

    const second = run(site, 'roadmap:snapshot:second', '2.0');
    assert.equal(second.status, 0, second.stderr + second.stdout);
    assert.ok(existsSync(path.join(site, 'second_versioned_roadmap/version-2.0/roadmap.md')));
    assert.deepEqual(JSON.parse(readFileSync(path.join(site, 'second_roadmap_versions.json'), 'utf8')), ['2.0']);
  } finally {
    rmSync(site, {recursive: true, force: true});
  }
});
