/**
 * The ground truth a synthetic roadmap is rendered from: items with a theme,
 * a quarter, a status, an owner, an issue and sub-tasks. Time is counted in
 * absolute months and quarters (year × 12 + month, year × 4 + quarter).
 */
import type {Random} from './random.js';
import {MODIFIERS, OWNERS, SUBJECTS, TASK_PREFIXES, THEMES, VERBS} from './vocabulary.js';

export type PlanStatus = 'planned' | 'in-progress' | 'done' | 'dropped';

export interface PlanTask {
  title: string;
  done: boolean;
}

export interface PlanItem {
  /** Stable identity across versions (titles change, keys do not). */
  key: number;
  title: string;
  /** Index into THEMES. */
  theme: number;
  /** Absolute quarter, or null when unscheduled ("Later" / "TBD"). */
  quarter: number | null;
  status: PlanStatus;
  /** Version number in which the status last changed. */
  statusSince: number;
  owner: string;
  issue: number | null;
  tasks: PlanTask[];
}

export interface Plan {
  project: string;
  /** Absolute month of this version (year × 12 + month index). */
  month: number;
  /** 0 for the first version, +1 per evolution step. */
  version: number;
  items: PlanItem[];
  nextKey: number;
  nextIssue: number;
  usedTitles: Set<string>;
}

export const quarterOf = (month: number) => Math.floor(month / 3);

/** Items as the core counts them: every list item or table row, sub-tasks included. */
export function itemCount(plan: Plan): number {
  return plan.items.reduce((sum, item) => sum + 1 + item.tasks.length, 0);
}

export function freshTitle(random: Random, used: Set<string>): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const title = `${random.pick(VERBS)} ${random.pick(MODIFIERS)} ${random.pick(SUBJECTS)}`;
    if (!used.has(title)) {
      used.add(title);
      return title;
    }
  }
  // The vocabulary has ~7,500 combinations; a numbered title is the fallback for very long histories.
  const title = `${random.pick(VERBS)} ${random.pick(SUBJECTS)} #${used.size + 1}`;
  used.add(title);
  return title;
}

function tasksFor(random: Random, title: string, theme: number, status: PlanStatus): PlanTask[] {
  if (THEMES[theme]!.layout === 'table') return []; // table rows have no nested items
  const count = random.pick([0, 0, 1, 2, 2, 3]);
  const subject = title.split(' ').slice(-2).join(' ');
  const prefixes = [...TASK_PREFIXES];
  return Array.from({length: count}, () => ({
    title: `${prefixes.splice(random.int(0, prefixes.length - 1), 1)[0]} ${subject}`,
    done: status === 'done' || (status === 'in-progress' && random.chance(0.5)),
  }));
}

export function newItem(plan: Plan, random: Random, quarter: number | null, status: PlanStatus): PlanItem {
  const theme = random.int(0, THEMES.length - 1);
  const title = freshTitle(random, plan.usedTitles);
  plan.nextIssue += random.int(1, 40);
  return {
    key: plan.nextKey++,
    title,
    theme,
    quarter,
    status,
    statusSince: plan.version,
    owner: random.pick(OWNERS),
    issue: random.chance(0.8) ? plan.nextIssue : null,
    tasks: tasksFor(random, title, theme, status),
  };
}

/** A first version with `target` items spread from last quarter to six quarters ahead. */
export function createPlan(random: Random, options: {project: string; month: number; target: number}): Plan {
  const plan: Plan = {
    project: options.project,
    month: options.month,
    version: 0,
    items: [],
    nextKey: 1,
    nextIssue: random.int(100, 2000),
    usedTitles: new Set(),
  };
  const now = quarterOf(options.month);
  while (itemCount(plan) < options.target) {
    const offset = random.int(-1, 6);
    const quarter = random.chance(0.1) ? null : now + offset;
    const status: PlanStatus =
      quarter === null ? 'planned'
      : offset < 0 ? (random.chance(0.85) ? 'done' : 'in-progress')
      : offset === 0 ? random.pick(['done', 'in-progress', 'in-progress', 'planned'] as const)
      : random.chance(0.1) ? 'in-progress' : 'planned';
    plan.items.push(newItem(plan, random, quarter, random.chance(0.03) ? 'dropped' : status));
  }
  return plan;
}
