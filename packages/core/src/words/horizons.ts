/**
 * Words that name a relative bucket of time (Now / Next / Later) when they are the whole text of a
 * heading or cell. State words ("In progress", "Backlog", "Under consideration") are not here: they are
 * status buckets (words/buckets.ts) and carry no horizon. A phrase in both tables has one meaning,
 * the bucket table's (tested).
 */
import type {Horizon} from '../model.js';

export const HORIZON_PHRASES: Record<Horizon, string[]> = {
  now: [
    'now', 'right now', 'current', 'currently', 'ongoing', 'on-going', 'this quarter',
    'this month', 'this sprint', 'this cycle', 'this release', 'current milestone', 'current release', 
    'working on', 'what we are working on',
    "what we're working on",
    '当前', '现在', '本季度', '本月', '近况', '当前重点', '当前阶段',
  ],
  next: [
    'next', 'up next', 'next up', 'coming next', 'near term', 'near-term', 'nearterm', 'short term', 'short-term',
    'upcoming', 'coming soon', 'coming up', 'soon', "what's next", 'what is next', 'next release', 'next version',
    'next quarter', 'next month', 'next sprint', 'next cycle', 'next milestone', 'next steps',
    // Medium term sits between the near future and "someday": it is read as Next, not Later.
    'mid term', 'mid-term', 'midterm', 'medium term', 'medium-term',
    '下一步', '下一个版本', '下个版本', '近期', '短期', '中期', '即将推出', '接下来', '下一阶段',
  ],
  later: [
    'later', 'future', 'in the future', 'future work', 'future releases', 'future release', 'future plans',
    'long term', 'long-term', 'longer term', 'longer-term', 'someday', 'some day', 'someday/maybe', 
    'beyond', 'eventually', 'on the horizon', 'parking lot',
    '未来', '长期', '远期', '以后', '将来', '后续阶段',
  ],
};
