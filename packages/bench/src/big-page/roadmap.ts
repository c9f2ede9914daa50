/**
 * A large, realistic roadmap file for the big-page benchmark: themes as H2,
 * quarters / halves / Now-Next-Later as H3, checkbox lists nested up to three
 * levels, status emoji, issue links, owners and one table per theme. The same
 * (count, seed) always gives the same text.
 */

const THEMES = [
  'Performance', 'Security', 'Developer experience', 'Documentation', 'Storage engine', 'Networking',
  'Observability', 'User interface', 'Public API', 'Platform & deployment', 'Integrations', 'Mobile clients',
];

const PERIODS = ['2024 Q1', '2024 Q2', '2024 Q3', '2024 Q4', '2025 Q1', '2025 Q2', '2025 H2', 'Now', 'Next', 'Later'];

const VERBS = ['Add', 'Improve', 'Support', 'Migrate', 'Rewrite', 'Document', 'Harden', 'Speed up', 'Replace', 'Introduce', 'Remove', 'Stabilize'];
const OBJECTS = [
  'the query planner', 'incremental snapshots', 'SSO login', 'the plugin loader', 'tenant quotas', 'audit logging',
  'the metrics exporter', 'dark mode', 'bulk import', 'the CLI installer', 'webhook retries', 'offline sync',
  'the search index', 'TLS certificate rotation', 'the config schema', 'rate limiting', 'the admin console',
  'GraphQL subscriptions', 'read replicas', 'the build cache', 'trace sampling', 'keyboard shortcuts', 'the upgrade guide',
  'the Helm chart', 'disk compaction', 'connection pooling', 'role-based access', 'the onboarding tour', 'data export',
];
const QUALIFIERS = ['for large clusters', 'behind a feature flag', 'in the web app', 'for self-hosted users', 'across regions', 'on ARM64', 'with zero downtime', ''];
const OWNERS = ['@ana', '@bo', '@chen', '@dara', '@eli', '@farah', '@gus', '@hana'];

/** Mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Writer {
  lines: string[];
  /** Items written so far (every bullet and table row is one item). */
  count: number;
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function title(rand: () => number, n: number): string {
  const qualifier = pick(rand, QUALIFIERS);
  return `${pick(rand, VERBS)} ${pick(rand, OBJECTS)}${qualifier ? ` ${qualifier}` : ''} (${n})`;
}

/** Checkbox, emoji and link mix: most items planned, a fair share done or moving, a few dropped. */
function bullet(rand: () => number, n: number, period: string): string {
  const roll = rand();
  const past = period.startsWith('2024');
  const done = past ? roll < 0.6 : roll < 0.1;
  const moving = !done && roll < (past ? 0.8 : 0.35);
  const dropped = !done && !moving && roll > 0.96;
  const box = done ? '[x] ' : rand() < 0.7 ? '[ ] ' : '';
  const emoji = done ? (rand() < 0.5 ? ' ✅' : '') : moving ? ' 🔄' : dropped ? ' ❌' : '';
  const link = rand() < 0.35 ? ` ([#${1000 + n}](https://github.com/acme/platform/issues/${1000 + n}))` : '';
  const owner = rand() < 0.2 ? ` — ${pick(rand, OWNERS)}` : '';
  return `${box}${title(rand, n)}${link}${owner}${emoji}`;
}

function writeList(w: Writer, rand: () => number, budget: number, period: string): void {
  let left = budget;
  while (left > 0) {
    w.lines.push(`- ${bullet(rand, w.count, period)}`);
    w.count += 1;
    left -= 1;
    // About a third of the items carry sub-items, some of those one level deeper.
    if (left > 0 && rand() < 0.33) {
      const children = Math.min(left, 1 + Math.floor(rand() * 3));
      for (let c = 0; c < children && left > 0; c++) {
        w.lines.push(`  - ${bullet(rand, w.count, period)}`);
        w.count += 1;
        left -= 1;
        if (left > 0 && rand() < 0.2) {
          w.lines.push(`    - ${bullet(rand, w.count, period)}`);
          w.count += 1;
          left -= 1;
        }
      }
    }
  }
}

function writeTable(w: Writer, rand: () => number, rows: number): void {
  w.lines.push('| Feature | Status | Target |', '| ------- | ------ | ------ |');
  const statuses = ['Done', 'In progress', 'Planned'];
  for (let r = 0; r < rows; r++) {
    w.lines.push(`| ${title(rand, w.count)} | ${pick(rand, statuses)} | ${pick(rand, PERIODS.slice(0, 7))} |`);
    w.count += 1;
  }
  w.lines.push('');
}

/** Spreads `total` over themes × periods unevenly, as real roadmaps do (some cells are crowded). */
function cellSizes(rand: () => number, total: number, cells: number): number[] {
  const weights = Array.from({length: cells}, () => 0.2 + rand() ** 2 * 3);
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.floor((w / sum) * total));
  let rest = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % cells, rest--) sizes[i]! += 1;
  return sizes;
}

export interface GeneratedRoadmap {
  markdown: string;
  /** Items written (bullets at any depth and table rows). */
  items: number;
}

export function generateRoadmap(total: number, seed = 1): GeneratedRoadmap {
  const rand = random(seed);
  const w: Writer = {lines: [], count: 0};
  w.lines.push(
    '---',
    `title: Platform roadmap (${total} items)`,
    `description: A generated roadmap with ${total} items for the big-page benchmark.`,
    '---',
    '',
    `# Platform roadmap`,
    '',
    '_Last updated: 2025-01-15_',
    '',
    'Status: ✅ done, 🔄 in progress, ❌ dropped; unchecked boxes are planned.',
    '',
  );
  const tableRows = Math.max(2, Math.round(total / 400));
  const listTotal = total - tableRows * THEMES.length;
  const sizes = cellSizes(rand, listTotal, THEMES.length * PERIODS.length);
  THEMES.forEach((theme, t) => {
    // The table sits under the theme heading itself: its rows carry their own target period.
    w.lines.push(`## ${theme}`, '', 'Tracked features:', '');
    writeTable(w, rand, tableRows);
    PERIODS.forEach((period, p) => {
      const size = sizes[t * PERIODS.length + p]!;
      if (size === 0) return;
      w.lines.push(`### ${period}`, '');
      writeList(w, rand, size, period);
      w.lines.push('');
    });
  });
  return {markdown: `${w.lines.join('\n')}\n`, items: w.count};
}
