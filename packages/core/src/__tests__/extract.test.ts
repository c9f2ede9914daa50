import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {flattenItems, parseRoadmap, type Item} from '../index.js';
import {isVersionPrefix} from '../extract/scope.js';

const md = (lines: string[]) => lines.join('\n');
const titles = (items: Item[]) => items.map((item) => item.title);

describe('where items come from', () => {
  test('list items at every depth and with every marker', () => {
    const roadmap = parseRoadmap(md(['# R', '', '* star', '- dash', '', '+ plus', '', '1. one', '2) two', '   - nested', '     - deeper']));
    assert.deepEqual(titles(flattenItems(roadmap.items)), ['star', 'dash', 'plus', 'one', 'two', 'nested', 'deeper']);
    const two = roadmap.items.find((item) => item.title === 'two')!;
    assert.equal(two.children[0]!.title, 'nested');
    assert.equal(two.children[0]!.children[0]!.title, 'deeper');
  });

  test('lettered pseudo-lists become items, lists after them become their children', () => {
    const roadmap = parseRoadmap(md([
      '1.  Theme one',
      '',
      '    a.  [First](https://example.com/a)',
      '',
      '    b.  Second thing',
      '',
      '       1.  Sub one',
      '       2.  Sub two',
    ]));
    const theme = roadmap.items[0]!;
    assert.deepEqual(titles(theme.children), ['First', 'Second thing']);
    assert.deepEqual(titles(theme.children[1]!.children), ['Sub one', 'Sub two']);
    assert.equal(theme.children[0]!.kind, 'lettered');
    assert.deepEqual(theme.children[0]!.links, ['https://example.com/a']);
  });

  test('lettered lines inside one paragraph are separate items', () => {
    const roadmap = parseRoadmap('a. alpha\nb. beta\ncontinued\n');
    assert.deepEqual(titles(roadmap.items), ['alpha', 'beta continued']);
    assert.equal(roadmap.items[1]!.line, 2);
  });

  test('prose that merely starts with a letter is not an item', () => {
    assert.equal(parseRoadmap('I. think this is prose.\n').items.length, 0);
  });

  test('table rows map columns by header meaning', () => {
    const roadmap = parseRoadmap(md([
      '| Feature | Status | Target | Owner | Area | Version |',
      '| --- | --- | --- | --- | --- | --- |',
      '| Sharding | In progress | Q3 2024 | @alice | Storage | v2.0 |',
      '| Auth | Done | 2024 H1 | bob, carol | Security | v1.9 |',
    ]));
    const [sharding, auth] = roadmap.items;
    assert.equal(sharding!.title, 'Sharding');
    assert.equal(sharding!.status, 'in-progress');
    assert.equal(sharding!.kind, 'table-row');
    assert.deepEqual(sharding!.period && 'start' in sharding!.period ? [sharding!.period.start, sharding!.period.end] : null, ['2024-07-01', '2024-09-30']);
    assert.deepEqual(sharding!.owners, ['alice']);
    assert.equal(sharding!.release, 'v2.0');
    assert.equal(sharding!.themeRaw, 'Storage');
    assert.equal(auth!.status, 'done');
    assert.deepEqual(auth!.owners, ['bob', 'carol']);
    assert.equal(auth!.theme, 'security');
  });

  test('a table whose columns are periods is a matrix: filled cells are items of their column', () => {
    const roadmap = parseRoadmap(md([
      '| Area | Q1 2025 | Q2 2025 |',
      '| --- | --- | --- |',
      '| Storage | Tiering<br>Compaction | Snapshots |',
    ]));
    const row = roadmap.items[0]!;
    assert.equal(row.title, 'Storage');
    assert.deepEqual(titles(row.children), ['Tiering', 'Compaction', 'Snapshots']);
    assert.equal(row.children[2]!.period && 'label' in row.children[2]!.period ? row.children[2]!.period.label : null, '2025 Q2');
  });

  test('a table whose every column is a period is a board: each filled cell is an item of its column', () => {
    const roadmap = parseRoadmap(md(['| Now | Next | Later |', '| --- | --- | --- |', '| Dark mode | Plugin SDK | Mobile app |', '| Faster search | SSO<br>SAML | |', '| | | |']));
    assert.deepEqual(titles(roadmap.items), ['Dark mode', 'Plugin SDK', 'Mobile app', 'Faster search', 'SSO', 'SAML']);
    assert.deepEqual(roadmap.items.map((item) => (item.period && 'horizon' in item.period ? item.period.horizon : null)), ['now', 'next', 'later', 'now', 'next', 'next']);
    assert.deepEqual(roadmap.items.map((item) => item.line), [3, 3, 3, 4, 4, 4]);
    assert.deepEqual(roadmap.diagnostics.filter((d) => d.rule === 'empty-item').map((d) => d.line), [5]);
  });

  test('"(ETA …)" says when, not how far along: the section\'s status stands', () => {
    const roadmap = parseRoadmap(md(['## 🏗 In Progress', '', '- Rate limiting (ETA end of May 2024)', '', '## Ideas', '', '- Sharding (ETA Q3 2025)']));
    assert.deepEqual(roadmap.items.map((item) => item.status), ['in-progress', 'planned']);
  });

  test('headed items: a leaf heading with prose under a bucket heading', () => {
    const roadmap = parseRoadmap(md(['# Roadmap', '', '## In progress', '', '### Faster startup', '', 'We cache the index.', '', '### Plugin API', '', 'Stable hooks.']));
    assert.deepEqual(titles(roadmap.items), ['Faster startup', 'Plugin API']);
    assert.equal(roadmap.items[0]!.status, 'in-progress');
    assert.equal(roadmap.items[0]!.kind, 'heading');
    assert.equal(roadmap.items[0]!.description.length, 1);
  });

  test('headed items that carry their own status mark, under a period heading; a bare status heading stays a bucket', () => {
    const roadmap = parseRoadmap(
      md(['# Roadmap', '', '## 🚀 Now (Q2 2025)', '', '### Plugin marketplace 🚧', '', 'Third parties publish plugins.', '', '### Dark mode ✅', '', 'Shipped in v2.3.', '', '### Search [done]', '', 'Full text.', '', '## Done ✅', '', 'Everything below shipped.']),
    );
    assert.deepEqual(titles(roadmap.items), ['Plugin marketplace', 'Dark mode', 'Search']);
    assert.deepEqual(roadmap.items.map((item) => item.status), ['in-progress', 'done', 'done']);
    assert.ok(roadmap.items.every((item) => item.kind === 'heading' && item.period !== null && 'start' in item.period && item.period.start === '2025-04-01'));
  });

  test('prose sections right under the title and questions are not items', () => {
    const roadmap = parseRoadmap(md(['# Roadmap', '', '## About', '', 'Some words.', '', '## Themes', '', '### How can I help?', '', 'Open an issue.']));
    assert.equal(roadmap.items.length, 0);
  });

  test('a short label paragraph before a list gives the list its theme or bucket', () => {
    const roadmap = parseRoadmap(md(['Deployment', '', '* kustomize', '', 'Completed:', '', '* old thing']));
    assert.equal(roadmap.items[0]!.themeRaw, 'Deployment');
    assert.equal(roadmap.items[0]!.theme, 'deployment');
    assert.equal(roadmap.items[1]!.status, 'done');
  });

  test('items in blockquotes are read', () => {
    assert.deepEqual(titles(parseRoadmap('> - quoted item\n').items), ['quoted item']);
  });
});

describe('what items inherit', () => {
  test('period from the nearest heading, unless the item states its own', () => {
    const roadmap = parseRoadmap(md(['# Roadmap', '', '## Q4 2019 (October, November, December)', '', '- plain', '- Kafka source (Planned for Q1 2021)']));
    const [plain, kafka] = roadmap.items;
    assert.deepEqual(plain!.period && 'start' in plain!.period ? [plain!.period.start, plain!.period.end, plain!.periodFrom] : null, ['2019-10-01', '2019-12-31', 'heading']);
    assert.equal(kafka!.title, 'Kafka source');
    assert.deepEqual(kafka!.period && 'start' in kafka!.period ? [kafka!.period.start, kafka!.periodFrom] : null, ['2021-01-01', 'self']);
  });

  test('a heading naming part of a year takes the year of the heading above it', () => {
    const roadmap = parseRoadmap(md(['# R', '', '## 2024', '', '### Q1', '', '- a', '', '### H2 (Jul–Dec)', '', '- b', '', '### First half', '', '- c', '', '### March', '', '- d', '', '## Q3', '', '- e']));
    const labels = roadmap.items.map((item) => (item.period && 'label' in item.period ? item.period.label : null));
    assert.deepEqual(labels, ['2024 Q1', '2024 H2', '2024 H1', 'Mar 2024', null]);
    assert.deepEqual(roadmap.items.map((item) => item.theme), [null, null, null, null, null]);
    assert.deepEqual(roadmap.items[0]!.period && 'raw' in roadmap.items[0]!.period ? roadmap.items[0]!.period.raw : null, 'Q1');
    // "## Q3" with no year anywhere above: unscheduled, not a theme, and said so.
    assert.deepEqual(roadmap.diagnostics.filter((d) => d.rule === 'unknown-period').map((d) => d.line), [21]);
  });

  test('children inherit the period of their parent item', () => {
    const roadmap = parseRoadmap('- Parent (Q2 2023)\n  - child\n');
    const child = roadmap.items[0]!.children[0]!;
    assert.equal(child.periodFrom, 'parent');
    assert.ok(child.period && 'start' in child.period && child.period.start === '2023-04-01');
  });

  test('status from checkboxes, strikethrough and buckets', () => {
    const roadmap = parseRoadmap(md(['## Completed', '', '- shipped thing', '', '## Next', '', '- [x] ticked', '- [ ] open', '- ~~abandoned~~']));
    const byTitle = new Map(flattenItems(roadmap.items).map((item) => [item.title, item]));
    assert.equal(byTitle.get('shipped thing')!.status, 'done');
    assert.equal(byTitle.get('ticked')!.status, 'done');
    assert.equal(byTitle.get('open')!.status, 'planned');
    assert.equal(byTitle.get('abandoned')!.status, 'dropped');
    assert.equal(byTitle.get('open')!.period && 'horizon' in byTitle.get('open')!.period! ? 'next' : null, 'next');
  });

  test('a status phrase cut from a title takes its own punctuation with it', () => {
    const roadmap = parseRoadmap(md(['- [ ] Batch transformation (SQL. In progress. See RFC)', '- Done: Feature flags', '- Search (Q3 2024), with facets', '- Wait... really']));
    assert.deepEqual(titles(roadmap.items), ['Batch transformation (SQL. See RFC)', 'Feature flags', 'Search, with facets', 'Wait... really']);
    assert.deepEqual(roadmap.items.map((item) => item.status), ['in-progress', 'done', null, null]);
  });

  test('"Status:", "Owner:", "Target:" sub-bullets are facts of their parent item, each reported where it was read', () => {
    const roadmap = parseRoadmap(
      md(['## Milestone 2 (Q2 2025)', '', '- **Plugin loader**', '  - Status: In progress', '  - **Owner:** @kim, @lee', '  - Prototype the loader', '- [x] Registry', '  - Status: planned', '  - Target: v2.0 (Q3 2025)', '- Sync', '  - Status: whatever we feel like']),
    );
    const [loader, registry, sync] = roadmap.items;
    assert.deepEqual([loader!.status, loader!.owners, titles(loader!.children)], ['in-progress', ['kim', 'lee'], ['Prototype the loader']]);
    // The item's own checkbox wins over its status line; the target sets period and release.
    assert.deepEqual([registry!.status, registry!.release, registry!.period && 'label' in registry!.period ? registry!.period.label : null, registry!.children], ['done', 'v2.0', '2025 Q3', []]);
    // A value that says nothing known stays a child item.
    assert.deepEqual(titles(sync!.children), ['Status: whatever we feel like']);
    // Registry's lines are all "Key: value": one message spans them.
    const covered = roadmap.diagnostics.filter((d) => d.rule === 'item-attribute').flatMap((d) => Array.from({length: (d.endLine ?? d.line) - d.line + 1}, (_, i) => d.line + i));
    assert.deepEqual(covered, [4, 5, 8, 9]);
  });

  test('a heading whose bullets are all "Key: value" lines is one item with those fields; a list of topics stays items', () => {
    const roadmap = parseRoadmap(
      md([
        '## Q1 2026 (v1.1.0)', '', '#### Multi-Factor Authentication', '- **Description**: Two-factor sign-in with:', '  - SMS', '  - TOTP',
        '- **Visualization**: QR codes', '- **Benefit**: Safer admin accounts', '- **ETA**: March 2026', '',
        '#### Audit log', '- **Status**: In progress', '- **Owner**: @kim', '', '## Technical Debt', '', '- **Database**: Read replicas', '- **Caching**: Redis cluster',
        '', '### v2.0', '', '- Docs: rewrite the guide', '- Design: new logo',
      ]),
    );
    const flat = flattenItems(roadmap.items);
    assert.deepEqual(flat.map((i) => [i.title, i.kind, i.period && 'label' in i.period ? i.period.label : null, i.status, i.release]), [
      ['Multi-Factor Authentication', 'heading', 'Mar 2026', null, 'v1.1.0'],
      ['Audit log', 'heading', '2026 Q1', 'in-progress', 'v1.1.0'],
      ['Database: Read replicas', 'list-item', null, null, null],
      ['Caching: Redis cluster', 'list-item', null, null, null],
      // Keys that only describe ("Docs", "Design") with no field among them: tasks by area, not one item's fields.
      ['Docs: rewrite the guide', 'list-item', null, null, 'v2.0'],
      ['Design: new logo', 'list-item', null, null, 'v2.0'],
    ]);
    // The lines are its description, nested ones included, and one message spans each list.
    assert.equal(flat[0]!.description.length, 6);
    assert.deepEqual(roadmap.diagnostics.filter((d) => d.rule === 'item-attribute').map((d) => [d.line, d.endLine]), [[4, 9], [12, 13]]);
  });

  test('an emoji status and a bracketed tag that says the same are both cut from the title', () => {
    const roadmap = parseRoadmap(md(['- ❌ 旧版 API（已取消）', '- ✅ Search (done)', '- ✅ Search (in progress)']));
    assert.deepEqual(titles(roadmap.items), ['旧版 API', 'Search', 'Search (in progress)']);
    assert.deepEqual(roadmap.items.map((item) => item.status), ['dropped', 'done', 'done']);
  });

  test('owner tags leave the title; the owners are kept and the card text is untouched', () => {
    const roadmap = parseRoadmap(md(['- Query planner v2 (owner: @dana)', '- Support guide — @kofi, @lee', '- Harden indexes (#675) @ines', '- Ask @team about the API', '- email me@example.com later']));
    assert.deepEqual(titles(roadmap.items), ['Query planner v2', 'Support guide', 'Harden indexes (#675)', 'Ask @team about the API', 'email me@example.com later']);
    assert.deepEqual(roadmap.items.map((item) => item.owners), [['dana'], ['kofi', 'lee'], ['ines'], ['team'], []]);
    assert.ok(JSON.stringify(roadmap.items[0]!.content).includes('@dana'));
  });

  test('section holds the raw heading path', () => {
    const roadmap = parseRoadmap('# Roadmap\n### APIs\n#### High Level APIs:\n* Estimators\n');
    assert.deepEqual(roadmap.items[0]!.section, ['Roadmap', 'APIs', 'High Level APIs:']);
  });
});

describe('document facts', () => {
  test('updated date in bold, italics, html, blockquote, Chinese and front matter', () => {
    assert.equal(parseRoadmap('# R\n**Last updated: Feb 15, 2018**\n').updated, '2018-02-15');
    assert.equal(parseRoadmap('# R\n_Last updated: Jun 4, 2019_\n').updated, '2019-06-04');
    assert.equal(parseRoadmap('<p align="center">Last updated: 2021-03-01</p>\n').updated, '2021-03-01');
    assert.equal(parseRoadmap('> Last updated: March 2020\n').updated, '2020-03-01');
    assert.equal(parseRoadmap('**最近一次更新：2018.02.15**\n').updated, '2018-02-15');
    assert.equal(parseRoadmap('---\nlast_update:\n  date: 2022-05-06\n---\n# R\n').updated, '2022-05-06');
    assert.equal(parseRoadmap('# R\n').updated, null);
  });

  test('title from front matter, else the opening H1', () => {
    assert.equal(parseRoadmap('---\ntitle: Project roadmap\n---\n## Current\n').title, 'Project roadmap');
    assert.equal(parseRoadmap('Docker Roadmap\n===\n\ntext\n').title, 'Docker Roadmap');
    assert.equal(parseRoadmap('## Not a title\n- x\n').title, null);
  });

  test('explicit ids, slug ids and duplicate detection', () => {
    const roadmap = parseRoadmap('- Sharding {#shard}\n- Sharding\n- Other {#shard}\n');
    assert.equal(roadmap.items[0]!.id, 'shard');
    assert.equal(roadmap.items[0]!.idExplicit, true);
    assert.equal(roadmap.items[0]!.title, 'Sharding');
    assert.equal(roadmap.items[1]!.id, 'sharding');
    assert.notEqual(roadmap.items[2]!.id, 'shard');
    assert.ok(roadmap.diagnostics.some((d) => d.rule === 'duplicate-id' && d.line === 3 && d.severity === 'error'));
  });

  test('owners from @mentions, not from e-mail addresses', () => {
    const roadmap = parseRoadmap('- Auth rewrite (@alice, @bob-2) mail x@example.com\n');
    assert.deepEqual(roadmap.items[0]!.owners, ['alice', 'bob-2']);
  });
});

test('a lead-in that names the section release less precisely keeps the section release ("in v3" under "v3.0")', () => {
  const text = '# Roadmap\n\n## In Progress: v3.0 — Reference Implementation\n\nThe core changes in v3:\n\n- Formal specification\n\n## Next: v2.2\n\nThe core changes in v3:\n\n- Federation\n';
  const items = parseRoadmap(text).items;
  assert.deepEqual(items.map((item) => [item.title, item.release?.replace(/^v/i, '')]), [['Formal specification', '3.0'], ['Federation', '3']]);
  assert.equal(isVersionPrefix('v3', '3.0'), true);
  assert.equal(isVersionPrefix('2', '2.1.4'), true);
  assert.equal(isVersionPrefix('3', '30'), false);
  assert.equal(isVersionPrefix('3.1', '3'), false);
});

test('a date the sentence needs stays in the title; a bracketed or leading one is cut', () => {
  const items = parseRoadmap('# R\n\n- Continue refining the design through 2018.\n- Solid enough for general use later in 2018.\n- Faster search (Q4 2021)\n- Q3 2024: Dark mode\n').items;
  assert.deepEqual(
    items.map((item) => [item.title, item.period?.label]),
    [
      ['Continue refining the design through 2018.', '2018'],
      ['Solid enough for general use later in 2018.', '2018'],
      ['Faster search', '2021 Q4'],
      ['Dark mode', '2024 Q3'],
    ],
  );
});

test('a leading :shortcode: that names no status is decoration: cut whole from the title and the theme, not left as "truck: …"', () => {
  const roadmap = parseRoadmap(['## :rocket: Delivery', '', '- :truck: Payload Processing', '  - Store JSON', '- :construction: In progress: Sync'].join('\n'));
  assert.deepEqual(flattenItems(roadmap.items).map((i) => [i.title, i.themeRaw, i.status]), [
    ['Payload Processing', 'Delivery', null],
    ['Store JSON', 'Delivery', null],
    ['Sync', 'Delivery', 'in-progress'],
  ]);
});

test('a heading with lettered items under it is no headed item, even when its lists are all "Key: value" lines: the lettered items stay items', () => {
  const roadmap = parseRoadmap(['## Q1 2026', '', '#### Reporting', '- **Status**: Planned', '- **ETA**: March 2026', '', 'a) Export to CSV', 'b) Export to PDF'].join('\n'));
  const lettered = flattenItems(roadmap.items).filter((i) => i.kind === 'lettered').map((i) => i.title);
  assert.deepEqual(lettered, ['Export to CSV', 'Export to PDF']);
});
