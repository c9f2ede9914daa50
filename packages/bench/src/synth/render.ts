/**
 * Plan → roadmap markdown in the styles real roadmaps mix: H2 themes, H3
 * periods ("2025 Q3", "H1 2026", "Now/Next/Later"), checkboxes and ✅/🚧,
 * ~~dropped~~ items, issue links, @owners, nested task lists and a status table.
 * Only MDX-safe characters are used, so the same text also works as a docs page.
 */
import {quarterOf, type Plan, type PlanItem} from './plan.js';
import {MONTHS, THEMES, type ThemeLayout} from './vocabulary.js';

const yearOf = (quarter: number) => Math.floor(quarter / 4);
const quarterLabel = (quarter: number) => `${yearOf(quarter)} Q${(quarter % 4) + 1}`;
const halfLabel = (quarter: number) => `H${(quarter % 4) < 2 ? 1 : 2} ${yearOf(quarter)}`;

/** The H3 bucket an item falls in, with a sort rank (earlier first, "Later" last). */
function bucket(layout: ThemeLayout, quarter: number | null, now: number): {label: string; rank: number} {
  if (quarter === null) return {label: 'Later', rank: Number.MAX_SAFE_INTEGER};
  switch (layout) {
    case 'quarter':
      return quarter > now + 3 ? {label: 'Later', rank: Number.MAX_SAFE_INTEGER} : {label: quarterLabel(quarter), rank: quarter};
    case 'half': {
      const half = Math.floor(quarter / 2);
      return half > Math.floor(now / 2) + 2 ? {label: 'Later', rank: Number.MAX_SAFE_INTEGER} : {label: halfLabel(quarter), rank: half};
    }
    default:
      if (quarter <= now) return {label: 'Now', rank: 0};
      return quarter <= now + 2 ? {label: 'Next', rank: 1} : {label: 'Later', rank: 2};
  }
}

function issueLink(item: PlanItem, repo: string): string {
  return item.issue === null ? '' : `[#${item.issue}](https://github.com/${repo}/issues/${item.issue})`;
}

/** Each item keeps one writing style across versions, as its author would. */
function listItem(item: PlanItem, repo: string): string {
  const link = issueLink(item, repo);
  const owner = `@${item.owner}`;
  if (item.status === 'dropped') return `- ~~${item.title}~~ ${link} (dropped)`.replace('  ', ' ');
  const done = item.status === 'done';
  const emoji = done ? '✅ ' : item.status === 'in-progress' ? '🚧 ' : '';
  const box = done ? '[x] ' : '[ ] ';
  switch (item.key % 4) {
    case 0:
      return `- ${box}${item.title}${link ? ` (${link})` : ''} ${owner}`;
    case 1:
      return `- ${emoji}${item.title} — ${owner}${link ? ` ${link}` : ''}`;
    case 2:
      return `- ${box}${emoji}**${item.title}**${link ? ` ${link}` : ''} (owner: ${owner})`;
    default: {
      const words = done ? 'done' : item.status === 'in-progress' ? 'in progress' : 'planned';
      return `- ${item.title} (${owner}${link ? `, ${link}` : ''}) — ${words}`;
    }
  }
}

function tableStatus(item: PlanItem): string {
  switch (item.status) {
    case 'done': return '✅ Done';
    case 'in-progress': return '🚧 In progress';
    case 'dropped': return 'Dropped';
    default: return 'Planned';
  }
}

function renderTable(items: PlanItem[], repo: string, now: number): string[] {
  const rows = [...items].sort((a, b) => (a.quarter ?? Infinity) - (b.quarter ?? Infinity) || a.key - b.key);
  return [
    '| Feature | Status | Quarter | Owner |',
    '| --- | --- | --- | --- |',
    ...rows.map((item) => {
      const feature = item.status === 'dropped' ? `~~${item.title}~~` : item.title;
      const link = issueLink(item, repo);
      const quarter = item.quarter === null ? 'TBD' : item.quarter > now + 5 ? halfLabel(item.quarter) : quarterLabel(item.quarter);
      return `| ${feature}${link ? ` ${link}` : ''} | ${tableStatus(item)} | ${quarter} | @${item.owner} |`;
    }),
  ];
}

function renderLists(items: PlanItem[], layout: ThemeLayout, repo: string, now: number): string[] {
  const buckets = new Map<string, {rank: number; items: PlanItem[]}>();
  for (const item of items) {
    const {label, rank} = bucket(layout, item.quarter, now);
    const entry = buckets.get(label) ?? {rank, items: []};
    entry.items.push(item);
    buckets.set(label, entry);
  }
  const lines: string[] = [];
  for (const [label, entry] of [...buckets].sort((a, b) => a[1].rank - b[1].rank)) {
    lines.push(`### ${label}`, '');
    for (const item of entry.items) {
      lines.push(listItem(item, repo));
      for (const task of item.tasks) lines.push(`  - [${task.done ? 'x' : ' '}] ${task.title}`);
    }
    lines.push('');
  }
  return lines;
}

export function renderRoadmap(plan: Plan): string {
  const now = quarterOf(plan.month);
  const year = Math.floor(plan.month / 12);
  const repo = `example-org/${plan.project.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const lines = [
    `# ${plan.project} Roadmap`,
    '',
    `_Last updated: ${MONTHS[plan.month % 12]} 1, ${year}_`,
    '',
    `This page lists what the ${plan.project} team plans to build next. Items link to their tracking issues; owners are GitHub handles.`,
    '',
    '**Legend:** ✅ done · 🚧 in progress · ~~struck through~~ dropped',
    '',
  ];
  THEMES.forEach((theme, index) => {
    const items = plan.items.filter((item) => item.theme === index);
    if (items.length === 0) return;
    lines.push(`## ${theme.heading}`, '');
    if (theme.layout === 'table') lines.push(...renderTable(items, repo, now), '');
    else lines.push(...renderLists(items, theme.layout, repo, now));
  });
  return `${lines.join('\n').trimEnd()}\n`;
}
