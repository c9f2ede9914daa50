/** A document's own status key (extract/legend.ts): forms from BLEEP's and RumahSakitKu's roadmaps. */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {flattenItems, parseRoadmap} from '../index.js';

const statuses = (text: string) => flattenItems(parseRoadmap(text).items).map((i) => [i.title, i.status]);

test('a status key table sets what its marks mean; its rows are one diagnostic, not items', () => {
  const text = [
    '# Plan', '', '## Status Key', '', '| Symbol | Meaning |', '|---|---|', '| ✅ | Complete and verifiable |', '| 🔄 | In progress — actively being worked |',
    '| 🔲 | Planned — not yet started |', '| 🚩 | Mainnet gate — required before launch |', '', '## Phase 6 (Q2 2026) 🔄', '',
    '- 🔄 Engage auditors', '- 🚩 Publish audit reports', '- 🔲 Deploy the testnet', '- Write the docs',
  ].join('\n');
  const roadmap = parseRoadmap(text);
  assert.deepEqual(statuses(text), [
    ['Engage auditors', 'in-progress'],
    // A mark the key gives no status states none (it stays in the title): the item keeps its section's.
    ['🚩 Publish audit reports', 'in-progress'],
    ['Deploy the testnet', 'planned'],
    ['Write the docs', 'in-progress'],
  ]);
  const key = roadmap.diagnostics.filter((d) => d.rule === 'status-legend');
  assert.deepEqual(key.map((d) => [d.line, d.endLine]), [[5, 10]]);
});

test('a key can give a common mark another meaning, and names marks the built-in table lacks', () => {
  const text = ['| Icon | Status | Description |', '|---|---|---|', '| 📋 | Planned | for a release |', '| 🚧 | In Progress | being built |', '| 🔮 | Vision | no ETA |', '', '## Q1 2026', '', '#### 📋 Reporting engine', 'Drag and drop.', '', '#### 🔮 SaaS', 'Someday.'].join('\n');
  assert.deepEqual(statuses(text), [
    ['Reporting engine', 'planned'],
    ['🔮 SaaS', null],
  ]);
  // Without a key 📋 is decoration.
  assert.deepEqual(statuses(['## Q1 2026', '', '- 📋 Reporting engine', '- 🔲 Testnet'].join('\n')), [
    ['📋 Reporting engine', null],
    ['Testnet', 'planned'],
  ]);
});

test('a table of marks without status meanings, or with one mark twice, is an ordinary table', () => {
  const icons = ['| Icon | Platform |', '|---|---|', '| 🍎 | macOS |', '| 🐧 | Linux |'].join('\n');
  assert.equal(statuses(icons).length, 2);
  const twice = ['| Mark | Meaning |', '|---|---|', '| ✅ | Done |', '| ✅ | Shipped |'].join('\n');
  assert.equal(parseRoadmap(twice).diagnostics.filter((d) => d.rule === 'status-legend').length, 0);
});

test('a document date on a line that a hard break ends ("*Last Updated: 2026-02-14*  ⏎ *Maintained by: …*")', () => {
  assert.equal(parseRoadmap('# X\n\n*Last Updated: 2026-02-14*  \n*Maintained by: Core*\n').updated, '2026-02-14');
});

test("a status the item's own sentence states wins over one it inherits; its own mark still wins", () => {
  const text = [
    '# Plan', '', '以下是 2026 年计划实现的主要目标。', '', '* 升级至 MbedTLS v4.x。由于该项工作仍在进行中，API 可能变化', '* 已形成中英文双语文档', '* 已规划的插件市场', '* 扩展已支持的平台',
    '', '## Next', '', '- Dark mode is already supported on macOS', '- [ ] The old importer has been removed from the docs? no: still planned', '- Sync (has been released)',
  ].join('\n');
  assert.deepEqual(statuses(text), [
    ['升级至 MbedTLS v4.x。由于该项工作仍在进行中，API 可能变化', 'in-progress'],
    ['已形成中英文双语文档', 'done'],
    // "已规划" (already planned) states no delivery: the lead-in's status stays.
    ['已规划的插件市场', 'planned'],
    ['扩展已支持的平台', 'planned'],
    ['Dark mode is already supported on macOS', 'done'],
    ['The old importer has been removed from the docs? no: still planned', 'planned'],
    ['Sync (has been released)', 'done'],
  ]);
});
