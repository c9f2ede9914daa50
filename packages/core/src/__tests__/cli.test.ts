import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';

const cliEntry = fileURLToPath(new URL('../cli/run.ts', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'roadmark-cli-'));
const write = (name: string, text: string | Uint8Array) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', cliEntry, ...args], {encoding: 'utf8', cwd: fileURLToPath(new URL('../../', import.meta.url))});

describe('roadmark CLI', () => {
  test('parse prints the model as JSON with the contract fields', () => {
    const file = write('r.md', '# Roadmap\n**Last updated: Feb 15, 2018**\n## 2024 H1\n- [x] Faster builds #12 https://github.com/o/r/pull/3\n- Q5 2024 thing\n');
    const result = run('parse', file);
    assert.equal(result.status, 0, result.stderr);
    const model = JSON.parse(result.stdout);
    assert.equal(model.title, 'Roadmap');
    assert.equal(model.updated, '2018-02-15');
    const [item] = model.items;
    // The contract fields, each with the value the file states.
    const {id, title, line, section, theme, period, release, status, links, children} = item;
    assert.deepEqual(
      {id, title, line, section, theme, period, release, status, links, children},
      {
        id: 'faster-builds-12-https-github-com-o-r-pull-3',
        title: 'Faster builds #12 https://github.com/o/r/pull/3',
        line: 4,
        section: ['Roadmap', '2024 H1'],
        theme: null,
        period: {start: '2024-01-01', end: '2024-06-30', granularity: 'half', label: '2024 H1', raw: '2024 H1'},
        release: null,
        status: 'done',
        links: ['https://github.com/o/r/pull/3'],
        children: [],
      },
    );
    assert.ok(model.diagnostics.some((d: {rule: string; line: number}) => d.rule === 'unknown-period' && d.line === 5));
  });

  test('parse of a file that cannot be read: one line on stderr, exit 2, no stack', () => {
    const result = run('parse', path.join(dir, 'missing.md'));
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.match(result.stderr, /cannot read .*missing\.md: no such file/);
    assert.doesNotMatch(result.stderr, /\bat .*\.(?:js|ts):\d+/);
  });

  test('lint prints path:line:column severity message rule, exit 1 on errors', () => {
    const ok = write('ok.md', '# R\n## Security\n- item\n');
    const bad = write('bad.md', '- A {#x}\n- B {#x}\n');
    const clean = run('lint', ok);
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    const result = run('lint', ok, bad);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /bad\.md:2:1 {2}error {2}Duplicate id "x".* {2}duplicate-id/);
  });

  test('lint of a binary file reports an error, not a crash, and exits 2: the file was not read', () => {
    const file = write('b.md', new Uint8Array([0, 1, 2, 3, 0, 255]));
    const result = run('lint', file);
    assert.equal(result.status, 2);
    assert.match(result.stdout, /b\.md:1:1 {2}error {2}File looks binary/);
    assert.match(result.stderr, /b\.md: File looks binary/);
  });

  test('a file over maxFileSize (config) is not read: parse and lint exit 2 naming the option', () => {
    const config = write('small.json', JSON.stringify({maxFileSize: 10}));
    const file = write('long.md', '- [ ] A plan longer than ten bytes\n');
    for (const command of ['parse', 'lint']) {
      const result = run(command, file, '--config', config);
      assert.equal(result.status, 2, command);
      assert.match(result.stderr, /long\.md: File is too large .*limit 10\).*maxFileSize/);
    }
  });

  test('warnings exit 0 unless --max-warnings is exceeded', () => {
    const file = write('w.md', '## Q5 2024\n\n- Something in Quartr 3 of 2024\n');
    assert.equal(run('lint', file).status, 0);
    assert.equal(run('lint', file, '--max-warnings', '5').status, 0);
    const strict = run('lint', file, '--max-warnings', '0');
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /2 warnings found \(max-warnings 0\)/);
    assert.equal(run('lint', file, '--max-warnings', 'x').status, 2);
  });

  test('--format json prints ESLint-shaped results', () => {
    const file = write('j.md', '## Q5 2024\n\n- A {#x}\n- B {#x}\n');
    const result = run('lint', file, '--format', 'json');
    assert.equal(result.status, 1);
    const [entry] = JSON.parse(result.stdout);
    assert.equal(entry.filePath, file);
    assert.equal(entry.errorCount, 1);
    assert.equal(entry.warningCount, 1);
    assert.deepEqual(entry.messages.map((m: {ruleId: string; severity: number; line: number}) => [m.ruleId, m.severity, m.line]), [['unknown-period', 1, 1], ['duplicate-id', 2, 4]]);
  });

  test('a config file sets the fiscal year and themes', () => {
    const config = write('c.json', JSON.stringify({fiscalYearStartMonth: 2, themes: {storage: {label: 'Storage', keywords: ['sharding']}}}));
    const file = write('f.md', '### FY23 Q2\n- Sharding\n');
    const model = JSON.parse(run('parse', file, '--config', config).stdout);
    assert.equal(model.items[0].theme, 'storage');
    assert.equal(model.items[0].period.start, '2022-05-01');
    const broken = write('broken.json', '{');
    const result = run('parse', file, '--config', broken);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cannot read config/);
  });

  test('unknown commands print usage and exit 2', () => {
    const result = run('frobnicate');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Usage:/);
  });
});
