/**
 * One month of roadmap history: a few items finish, start, slip, get dropped,
 * retitled or added; shipped and dropped items are archived after a while.
 * The item count stays near `target`, as a maintained roadmap's does.
 */
import type {Random} from './random.js';
import {freshTitle, itemCount, newItem, quarterOf, type Plan, type PlanItem, type PlanStatus} from './plan.js';
import {RETITLE_SUFFIXES} from './vocabulary.js';

export interface EvolveOptions {
  target: number;
}

function sample<T>(random: Random, values: readonly T[], count: number): T[] {
  const pool = [...values];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(random.int(0, pool.length - 1), 1)[0]!);
  return chosen;
}

function setStatus(item: PlanItem, status: PlanStatus, version: number): void {
  item.status = status;
  item.statusSince = version;
  if (status === 'done') for (const task of item.tasks) task.done = true;
}

export function evolve(previous: Plan, random: Random, options: EvolveOptions): Plan {
  const plan: Plan = structuredClone(previous);
  plan.version += 1;
  plan.month += 1;
  const now = quarterOf(plan.month);
  const open = (item: PlanItem) => item.status === 'planned' || item.status === 'in-progress';

  // Archive: dropped items linger two versions struck through; shipped ones go some months after
  // their quarter, a few per version (people tidy up lazily, not all on the first day of a quarter).
  plan.items = plan.items.filter((item) => {
    if (item.status === 'dropped') return plan.version - item.statusSince < 3;
    if (item.status !== 'done') return true;
    const stale = item.quarter === null ? plan.version - item.statusSince >= 4 : item.quarter < now - 1;
    return !(stale && random.chance(0.35));
  });

  // Finish and start work, nearest quarters first.
  const dueSoon = plan.items.filter((item) => open(item) && (item.quarter === null || item.quarter <= now + 1));
  for (const item of sample(random, dueSoon, random.int(3, 6))) {
    setStatus(item, item.status === 'planned' ? 'in-progress' : 'done', plan.version);
    if (item.quarter !== null && item.quarter < now) item.quarter = now;
  }
  for (const item of plan.items.filter((i) => i.status === 'in-progress')) {
    const task = item.tasks.find((t) => !t.done);
    if (task && random.chance(0.3)) task.done = true;
  }

  // Slips: open work whose quarter has passed moves on, sooner or later; a few more get pushed out on purpose.
  for (const item of plan.items) {
    if (open(item) && item.quarter !== null && item.quarter < now && random.chance(0.4)) item.quarter = now + random.int(0, 1);
  }
  const planned = plan.items.filter((item) => item.status === 'planned' && item.quarter !== null);
  for (const item of sample(random, planned, random.int(1, 3))) item.quarter! += random.int(1, 2);

  // Drops.
  for (const item of sample(random, plan.items.filter((i) => i.status === 'planned'), random.int(0, 2))) {
    setStatus(item, 'dropped', plan.version);
  }

  // Retitles: a scope change, or the same plan worded anew.
  for (const item of sample(random, plan.items.filter(open), random.int(1, 2))) {
    const suffix = random.pick(RETITLE_SUFFIXES);
    const retitled = item.title.endsWith(suffix) ? freshTitle(random, plan.usedTitles) : `${item.title} ${suffix}`;
    plan.usedTitles.add(retitled);
    item.title = retitled;
  }

  // Additions keep the roadmap near its usual size.
  let added = 0;
  const ceiling = Math.ceil(options.target * 1.05);
  while (added < 20 && (itemCount(plan) < options.target || (added < 2 && itemCount(plan) < ceiling))) {
    const quarter = random.chance(0.1) ? null : now + random.int(0, 5);
    const item = newItem(plan, random, quarter, random.chance(0.1) ? 'in-progress' : 'planned');
    // New items are appended at the end of their theme's section, as people add them.
    plan.items.push(item);
    added++;
  }
  return plan;
}

/** `count` successive versions, oldest first, from one seed. */
export function history(random: Random, first: Plan, count: number, options: EvolveOptions): Plan[] {
  const plans = [first];
  while (plans.length < count) plans.push(evolve(plans[plans.length - 1]!, random, options));
  return plans;
}

