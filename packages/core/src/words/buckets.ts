/**
 * The one table of bucket words: what a heading, bold label or group item that IS a bucket says about
 * status and horizon. Read by classify/bucket.ts (sections, group items) and by period/horizon.ts
 * (cells, period tails), which must agree with it on every phrase it holds (tested in
 * words/__tests__/words.test.ts): pure states ("In progress", "Backlog", "进行中") carry a status and no
 * horizon, so a state bucket under a dated heading keeps the date; pure spans ("Near term", "Long term")
 * a horizon and no status.
 */
import type {Horizon, Status} from '../model.js';

export type BucketKind = [Status | null, Horizon | null];

const DONE: BucketKind = ['done', null];
const PROGRESS: BucketKind = ['in-progress', null];
const NOW: BucketKind = ['in-progress', 'now'];
const PLANNED: BucketKind = ['planned', null];
const NEXT: BucketKind = ['planned', 'next'];
const LATER: BucketKind = ['planned', 'later'];
const DROPPED: BucketKind = ['dropped', null];

export const BUCKET_PHRASES: Array<[BucketKind, string[]]> = [
  [DONE, ['completed', 'complete', 'done', 'finished', 'shipped', 'released', 'delivered', 'achieved', 'accomplished',
    'launched', 'landed', 'implemented', 'recently shipped', 'recently completed', 'recently released',
    'recently delivered', 'recently landed', 'recently launched', 'previously delivered', 'previously released',
    'previously shipped', 'previously completed', 'previous', 'past', 'already done', 'already shipped',
    'already completed', 'already implemented', "what's done", 'whats done', "what we've shipped", 'what we shipped',
    "what we've done", 'what we did', 'what we have done', 'what we have shipped',
    '已完成', '完成', '已发布', '已交付', '已实现', '已上线']],
  [PROGRESS, ['in progress', 'in development', 'under development', 'wip', 'work in progress', 'being worked on',
    'in flight', 'active', 'started', 'in review', 'under review', 'in design', '开发中', '实施中', '进行中', '正在进行']],
  [NOW, ['ongoing', 'on going', 'current', 'currently', 'currently working on', 'currently in progress', 'now',
    'right now', 'now working on', "what we're working on", 'what we are working on', "we're working on",
    'we are working on', 'working on', 'current focus', 'current priorities', '当前']],
  [PLANNED, ['planned', 'planning', 'backlog', 'todo', 'to do', 'not started', 'proposed', 'proposals', 'ideas',
    'under consideration', 'considering', 'exploring', 'investigating', 'research', 'on the radar', 'radar',
    'wishlist', 'wish list', 'icebox', 'scheduled', 'in the pipeline', 'not yet started', 'on hold',
    '计划中', '规划中', '待办']],
  [NEXT, ['next', 'up next', 'next up', "what's next", 'whats next', 'what is next', "what's coming", 'coming next',
    'coming up', 'upcoming', 'coming soon', 'soon', '下一步', '后续', '后续计划', '即将推出']],
  [LATER, ['future', 'in the future', 'later', 'someday', 'eventually', 'beyond', 'after that', 'future plans',
    '未来', '未来计划', '将来']],
  [[null, 'next'], ['near term', 'short term', 'mid term', 'medium term', '近期', '短期', '中期']],
  [[null, 'later'], ['long term', 'longer term', 'long run', '远期', '长期']],
  [DROPPED, ['not planned', 'out of scope', "won't do", 'wont do', "won't fix", 'will not do', 'non goals', 'nongoals',
    'not doing', 'dropped', 'cancelled', 'canceled', 'abandoned', 'rejected', 'deprecated', 'deprecations',
    'removed', 'removals', 'discontinued', 'descoped', 'sunset', 'no longer planned', 'graveyard',
    '已取消', '不计划', '已废弃', '已移除']],
];

/** Nouns that a bucket word may qualify: "Completed milestones", "Future work", "Features in progress". */
export const BUCKET_NOUNS = new Set(['work', 'items', 'item', 'features', 'feature', 'milestones', 'milestone', 'goals', 'tasks',
  'projects', 'plans', 'initiatives', 'releases', 'release', 'efforts', 'development', 'roadmap', 'topics',
  'areas', 'priorities', 'objectives', 'epics', 'issues', 'changes', 'things', 'steps', 'improvements',
  'enhancements', 'versions', 'deliverables', 'functionality', 'capabilities', 'work items', 'roadmap items',
  'phases', 'phase', 'stuff', 'so far', 'by release', 'by version']);
