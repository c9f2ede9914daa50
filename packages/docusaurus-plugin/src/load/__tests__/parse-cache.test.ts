import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {parseCacheDir} from '../content.js';
import {createParseCache} from '../parse-cache.js';
import {fakeContext, fixtures, normalize, runPlugin} from '../../__tests__/helpers.js';

/** A copy of the versioned fixture (so tests may edit it) and one generated folder shared by every build. */
function site(): {context: LoadContext; cleanup: () => void} {
  const root = mkdtempSync(path.join(tmpdir(), 'roadmark-cache-site-'));
  cpSync(path.join(fixtures, 'versioned-site'), root, {recursive: true});
  return {context: fakeContext(root), cleanup: () => rmSync(root, {recursive: true, force: true})};
}

test('the cache lives beside the bundler cache in node_modules/.cache, or in cacheDir', () => {
  const context = fakeContext('simple-site');
  assert.equal(parseCacheDir(context, normalize({})), path.join(context.siteDir, 'node_modules/.cache/docusaurus-plugin-roadmark/default'));
  assert.equal(parseCacheDir(context, normalize({id: 'b', cacheDir: '.cache/rm'})), path.join(context.siteDir, '.cache/rm/b'));
});

async function build(context: LoadContext) {
  const {content, data, options} = await runPlugin(context);
  return {content, data, cacheDir: parseCacheDir(context, options)};
}

const entries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.json')).sort();

describe('parse cache', () => {
  test('a second build reads every roadmap from the cache and writes the same bytes', async () => {
    const {context, cleanup} = site();
    try {
      const first = await build(context);
      const files = first.content.versions.reduce((n, v) => n + v.files.length, 0);
      assert.equal(entries(first.cacheDir).length, files, 'one entry per roadmap file');
      const second = await build(context);
      assert.deepEqual(second.data, first.data);
      assert.deepEqual(second.content, first.content);
    } finally {
      cleanup();
    }
  });

  test('an entry is used as it is; an edited file misses and is parsed again', async () => {
    const {context, cleanup} = site();
    try {
      const first = await build(context);
      // Mark every cached model: only a build that really reads the cache shows the mark.
      for (const name of entries(first.cacheDir)) {
        const file = path.join(first.cacheDir, name);
        const roadmap = JSON.parse(readFileSync(file, 'utf8'));
        roadmap.items[0].title = 'From the cache';
        writeFileSync(file, JSON.stringify(roadmap));
      }
      const cached = await build(context);
      for (const version of cached.content.versions) {
        for (const file of version.files) assert.equal(file.roadmap.items[0]!.title, 'From the cache', file.siteSource);
      }
      const current = cached.content.versions.find((v) => v.metadata.name === 'current')!.files[0]!;
      writeFileSync(current.filePath!, `${readFileSync(current.filePath!, 'utf8')}\n- One more item\n`);
      const edited = await build(context);
      const roadmap = edited.content.versions.find((v) => v.metadata.name === 'current')!.files[0]!.roadmap;
      assert.notEqual(roadmap.items[0]!.title, 'From the cache');
      assert.ok(JSON.stringify(roadmap).includes('One more item'));
    } finally {
      cleanup();
    }
  });

  test('a corrupt or truncated entry is parsed again, never a crash', async () => {
    const {context, cleanup} = site();
    try {
      const first = await build(context);
      const names = entries(first.cacheDir);
      writeFileSync(path.join(first.cacheDir, names[0]!), '{"items": [');
      writeFileSync(path.join(first.cacheDir, names[1]!), '{"hello": "world"}');
      if (names[2]) writeFileSync(path.join(first.cacheDir, names[2]), Buffer.from([0xff, 0xfe, 0x00]));
      const second = await build(context);
      assert.deepEqual(second.data, first.data);
    } finally {
      cleanup();
    }
  });

  test('an unwritable cache folder costs speed, not the build', async () => {
    const {context, cleanup} = site();
    try {
      const first = await build(context);
      rmSync(first.cacheDir, {recursive: true, force: true});
      // A file where the folder should be: every write fails.
      writeFileSync(first.cacheDir, 'not a folder');
      const second = await build(context);
      assert.deepEqual(second.data, first.data);
    } finally {
      cleanup();
    }
  });

  test('entries this build did not use are pruned once they far outnumber the used ones', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'roadmark-cache-'));
    try {
      for (let i = 0; i < 100; i++) writeFileSync(path.join(dir, `old-${i}.json`), '{}');
      const cache = createParseCache(dir);
      const options = {file: 'roadmap.md'};
      const key = cache.keyOf(new TextEncoder().encode('- a'), options);
      assert.equal(await cache.get(key), null);
      cache.set(key, {items: [], diagnostics: []} as never);
      await cache.flush();
      assert.deepEqual(entries(dir), [`${key}.json`]);
      // A handful of stale entries (another locale, a recent edit) stay.
      writeFileSync(path.join(dir, 'other-locale.json'), '{}');
      const again = createParseCache(dir);
      assert.ok(await again.get(key));
      await again.flush();
      assert.deepEqual(entries(dir), [`${key}.json`, 'other-locale.json'].sort());
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  test('keys differ with the bytes, the file and the options', () => {
    const cache = createParseCache(path.join(tmpdir(), 'unused'));
    const bytes = new TextEncoder().encode('- [ ] Item (Q3 2024)');
    const base = cache.keyOf(bytes, {file: 'a.md'});
    assert.equal(cache.keyOf(bytes, {file: 'a.md'}), base);
    assert.notEqual(cache.keyOf(new TextEncoder().encode('- [x] Item (Q3 2024)'), {file: 'a.md'}), base);
    assert.notEqual(cache.keyOf(bytes, {file: 'b.md'}), base);
    assert.notEqual(cache.keyOf(bytes, {file: 'a.md', fiscalYearStartMonth: 7}), base);
  });
});
