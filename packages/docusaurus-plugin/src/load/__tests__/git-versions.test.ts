import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {LoadedContent} from '../types.js';
import {fakeContext, normalize, runPlugin} from '../../__tests__/helpers.js';

/** A repository made here: a site folder whose roadmap changes over three commits, two of them tagged. */
function makeRepository(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'roadmark-git-'));
  const site = path.join(root, 'website');
  mkdirSync(path.join(site, 'roadmap'), {recursive: true});
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: root,
      env: {...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_NOSYSTEM: '1', HOME: root},
      stdio: 'pipe',
    });
  git(['init', '-q', '-b', 'main']);
  git(['config', 'user.email', 'test@example.org']);
  git(['config', 'user.name', 'Test']);
  const write = (text: string) => writeFileSync(path.join(site, 'roadmap', 'roadmap.md'), text);
  write('# Plan\n\n## 2024 Q1\n\n- [ ] Search\n- [ ] Sharding\n');
  git(['add', '.']);
  git(['commit', '-q', '-m', 'first plan'], '2024-01-05T10:00:00Z');
  git(['tag', 'v1.0']);
  write('# Plan\n\n## 2024 Q1\n\n- [x] Search\n\n## 2024 Q3\n\n- [ ] Sharding\n');
  writeFileSync(path.join(site, 'README.txt'), 'not a roadmap');
  git(['add', '.']);
  git(['commit', '-q', '-m', 'search done, sharding slips'], '2024-04-02T10:00:00Z');
  git(['tag', '-a', 'v1.1', '-m', 'release 1.1'], '2024-04-03T10:00:00Z');
  git(['tag', 'other-tag']);
  writeFileSync(path.join(site, 'roadmap', '_draft.md'), '- [ ] a draft the include patterns skip\n');
  git(['add', '.']);
  git(['commit', '-q', '-m', 'a draft only'], '2024-05-01T10:00:00Z');
  write('# Plan\n\n## 2024 Q1\n\n- [x] Search\n\n## 2024 Q3\n\n- [ ] Sharding\n- [ ] Backups\n');
  git(['add', '.']);
  git(['commit', '-q', '-m', 'backups'], '2024-06-10T10:00:00Z');
  return root;
}

async function load(siteDir: string, options: Parameters<typeof normalize>[0]) {
  const {content, routes} = await runPlugin(fakeContext(siteDir), options);
  return {content, routes};
}

const names = (content: LoadedContent) => content.versions.map((v) => [v.metadata.name, v.metadata.label, v.metadata.date, v.metadata.isLast, v.metadata.source]);

describe('versions from git', () => {
  let root = '';
  let site = '';
  before(() => {
    root = makeRepository();
    site = path.join(root, 'website');
  });
  after(() => rmSync(root, {recursive: true, force: true}));

  test('one version per matching tag, dated by the tag; the working file, ahead of the tags, is the last version', async () => {
    const {content, routes} = await load(site, {gitVersions: {tags: 'v*'}});
    assert.deepEqual(names(content), [
      ['current', 'Current', null, true, 'working'],
      ['v1.1', 'v1.1', '2024-04-03', false, 'git'],
      ['v1.0', 'v1.0', '2024-01-05', false, 'git'],
    ]);
    const v10 = content.versions[2]!.files[0]!;
    assert.deepEqual(v10.roadmap.items.map((i) => [i.title, i.status]), [['Search', 'planned'], ['Sharding', 'planned']]);
    assert.equal(v10.siteSource, 'roadmap/roadmap.md@v1.0');
    assert.ok(routes.some((r) => r.path === '/roadmap/changes/v1.0/v1.1'));
  });

  test('one version per commit that changed a roadmap file; a commit touching only skipped files is not a version', async () => {
    const {content} = await load(site, {gitVersions: {commits: true}});
    const found = content.versions.map((v) => v.metadata.label.replace(/\(\w+\)/, '(sha)'));
    assert.deepEqual(found, ['2024-06-10 (sha)', '2024-04-02 (sha)', '2024-01-05 (sha)'], 'working folder = newest commit: not another version');
    assert.equal(content.versions[0]!.metadata.isLast, true);
    assert.deepEqual(content.versions[0]!.files[0]!.roadmap.items.map((i) => i.title), ['Search', 'Sharding', 'Backups']);
  });

  test('uncommitted edits make the working folder a version of its own, the last one by default or "next" when asked', async () => {
    writeFileSync(path.join(site, 'roadmap', 'roadmap.md'), '# Plan\n\n## 2024 Q4\n\n- [ ] Sharding\n');
    try {
      const {content} = await load(site, {gitVersions: {commits: true, limit: 2}});
      assert.deepEqual(content.versions.map((v) => [v.metadata.source, v.metadata.banner]), [
        ['working', 'none'],
        ['git', 'unmaintained'],
        ['git', 'unmaintained'],
      ]);
      const newest = content.versions[1]!.metadata.name;
      const asked = await load(site, {gitVersions: {commits: true, limit: 2}, lastVersion: newest});
      assert.deepEqual(asked.content.versions.map((v) => [v.metadata.source, v.metadata.label === 'Next', v.metadata.banner]), [
        ['working', true, 'unreleased'],
        ['git', false, 'none'],
        ['git', false, 'unmaintained'],
      ]);
    } finally {
      execFileSync('git', ['checkout', '-q', '--', 'website/roadmap/roadmap.md'], {cwd: root});
    }
  });

  test('a tag pattern that matches nothing builds the working folder, with a warning', async () => {
    const {content} = await load(site, {gitVersions: {tags: 'release-*'}});
    assert.deepEqual(content.versions.map((v) => v.metadata.name), ['current']);
  });

  test('a site outside any git repository gets a clear message, not a crash', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'roadmark-nogit-'));
    try {
      mkdirSync(path.join(plain, 'roadmap'));
      writeFileSync(path.join(plain, 'roadmap', 'roadmap.md'), '- [ ] Item\n');
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
      let content: LoadedContent;
      try {
        ({content} = await load(plain, {gitVersions: {tags: 'v*'}}));
      } finally {
        console.warn = original;
      }
      assert.deepEqual(content.versions.map((v) => v.metadata.name), ['current']);
      assert.equal(warnings.length, 1);
      assert.match(warnings[0]!, /versions from git are skipped: .* is not inside a git repository.*built from the working folder only/);
    } finally {
      rmSync(plain, {recursive: true, force: true});
    }
  });

  test('the gitVersions option is validated', () => {
    assert.throws(() => normalize({gitVersions: {tags: 'v*', commits: true}} as never), /either "tags".*or "commits: true", not both/);
    assert.throws(() => normalize({gitVersions: {}} as never), /needs "tags"/);
  });
});
