/**
 * The words roadmaps use for each status, in tags, table cells and short phrases (English and Chinese).
 *
 * Choices (the model has only four statuses):
 * - maturity: GA / stable / released / shipped / available are done; alpha / beta / preview / experimental /
 *   release candidate / in review / in design are in progress (the work is out but not finished).
 * - exploring / investigating / proposed / backlog / todo / not started / on hold / paused / postponed are
 *   planned: nothing is being built now and nothing was given up.
 * - blocked is in progress: an item is only blocked once work on it has started.
 * - deprecated / removed / won't fix / out of scope are dropped: the roadmap will not take them further.
 * - frozen is no status: a frozen feature exists and is kept as it is.
 */
import type {Status} from '../model.js';

export const STATUS_WORDS: Readonly<Record<Status, readonly string[]>> = {
  done: [
    'done', 'complete', 'completed', 'finished', 'shipped', 'released', 'delivered', 'implemented', 'landed',
    'merged', 'launched', 'achieved', 'accomplished', 'resolved', 'fixed', 'available', 'now available',
    'generally available', 'general availability', 'ga', 'stable', 'live', 'in production', 'production ready',
    'supported', 'fully supported', 'yes', 'y', 'working', 'works', 'ok',
    '已完成', '完成', '已实现', '已发布', '已上线', '已交付', '已支持', '已合入',
  ],
  'in-progress': [
    'in progress', 'wip', 'work in progress', 'ongoing', 'on going', 'in development', 'under development',
    'in dev', 'started', 'in review', 'under review', 'in design', 'in testing', 'testing', 'alpha', 'beta',
    'preview', 'public preview', 'private preview', 'technical preview', 'tech preview', 'developer preview',
    'experimental', 'early access', 'release candidate', 'rc', 'partial', 'partially', 'partially done',
    'partially complete', 'partially completed', 'partially implemented', 'partially supported',
    'partially working', 'partly done', 'in flight', 'being worked on', 'working on it', 'implementing',
    'doing', 'active', 'current', 'blocked', 'incubating', 'alpha release', 'alpha released', 'beta release',
    'beta released', 'preview release', 'released as alpha', 'released as beta', 'released as preview',
    '开发中', '进行中', '实施中', '测试中', '部分完成', '部分支持', '内测', '公测',
  ],
  planned: [
    'planned', 'planning', 'todo', 'to do', 'not started', 'not yet started', 'backlog', 'proposed', 'proposal',
    'exploring', 'exploration', 'investigating', 'under investigation', 'research', 'researching',
    'under consideration', 'considering', 'idea', 'scheduled', 'upcoming', 'coming soon', 'soon', 'next',
    'future', 'later', 'tbd', 'to be determined', 'pending', 'not yet', 'on hold', 'paused', 'postponed',
    'deferred', 'queued', 'committed', 'accepted', 'targeted', 'target', 'expected', 'eta', 'open',
    '计划中', '规划中', '待开发', '未开始', '待办', '待定', '计划', '规划', '暂停', '延期',
  ],
  dropped: [
    'dropped', 'cancelled', 'canceled', 'abandoned', 'rejected', 'declined', 'removed', 'deprecated',
    'discontinued', 'obsolete', 'superseded', "won't do", 'wont do', "won't fix", 'wontfix', 'wont fix',
    'will not do', 'will not be done', 'not planned', 'out of scope', 'descoped', 'de scoped',
    'not doing', 'killed', 'shelved',
    '已取消', '取消', '已废弃', '废弃', '已放弃', '放弃', '不计划', '不做', '已移除', '移除',
  ],
};
