/**
 * Headings that organize a roadmap without naming a topic: "Goals of the release", "Core Milestones", "Plan",
 * "Status", "How Can I Help?", "项目目标", "Alpha 里程碑". Items under such a heading take their theme from
 * their own words or their parent group, as if the heading were not there; the heading stays in the section path.
 * A heading is structural when every word of it is in these tables (a word with one topical word is a topic:
 * "Core Improvements" is structural, "Features and refactoring" names refactoring).
 */

/** Latin words, singular and lower case ("milestones" is matched as "milestone"). */
const STRUCTURE_WORDS = [
  'goal', 'objective', 'milestone', 'plan', 'overview', 'summary', 'status', 'scenario', 'phase', 'stage',
  'highlight', 'key', 'result', 'priority', 'deliverable', 'item', 'task', 'initiative', 'focus',
  'area', 'epic', 'vision', 'mission', 'scope', 'background', 'introduction', 'intro', 'timeline', 'schedule',
  'theme', 'topic', 'feature', 'improvement', 'enhancement', 'change', 'update', 'work', 'project', 'release',
  'help', 'contribute', 'contributing', 'contribution', 'feedback', 'faq', 'note', 'detail', 'misc',
  'miscellaneous', 'general', 'other', 'core', 'main', 'major', 'primary', 'top', 'overall', 'big', 'new',
  'alpha', 'beta', 'preview', 'ga', 'rc',
];

/** Words that only join the others ("Goals of the release", "How can I help"). */
const JOINING_WORDS = [
  'a', 'an', 'the', 'of', 'and', 'or', 'for', 'in', 'on', 'to', 'our', 'this', 'that', 'we', 'i', 'you', 'can',
  'how', 'what', 'is', 'are', 'with', 'by', 'at', 'be', 'will', 'do', 'my', 'your',
];

/** CJK terms, longest first when matched: "发布计划" before "计划". */
const CJK_STRUCTURE_TERMS = [
  '发布计划', '版本计划', '项目目标', '项目总览', '里程碑', '目标', '总览', '概览', '概述', '计划', '规划', '特性',
  '功能', '项目', '主要', '关键', '重点', '场景', '状态', '阶段', '任务', '版本', '发布', '和', '与', '的',
  '目標', '概要', '計画', '機能', 'マイルストーン',
];

const WORDS = new Set([...STRUCTURE_WORDS, ...JOINING_WORDS]);
const CJK = new RegExp(CJK_STRUCTURE_TERMS.slice().sort((a, b) => b.length - a.length).join('|'), 'g');
const PUNCTUATION_AND_SYMBOLS = /[\p{P}\p{S}\s]+/gu;

function singular(word: string): string {
  if (WORDS.has(word)) return word;
  if (word.endsWith('ies') && WORDS.has(`${word.slice(0, -3)}y`)) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && WORDS.has(word.slice(0, -1))) return word.slice(0, -1);
  return word;
}

/** True when `text` (a heading or label, markdown removed) is made only of structure words. */
export function isStructuralHeading(text: string): boolean {
  const rest = text.toLowerCase().replace(CJK, ' ');
  const words = rest.split(PUNCTUATION_AND_SYMBOLS).filter(Boolean);
  if (words.length === 0) return rest !== text.toLowerCase();
  return words.every((word) => WORDS.has(singular(word)));
}

/**
 * Headings about how the project works rather than what it builds: "How to Propose New Work",
 * "Issue Triage & Prioritization", "Release Cadence", "Roadmap Process", "发布流程". Their lists are
 * steps and rules, not roadmap items. Every word must be a process word, a structure word or one of
 * the few nouns such headings use, and one at least a process word ("Improve the release process"
 * names work: "improve" is none of them).
 */
const PROCESS_WORDS = new Set([
  'process', 'triage', 'prioritization', 'prioritisation', 'prioritize', 'prioritise', 'prioritizing',
  'prioritising', 'cadence', 'governance', 'workflow', 'propose', 'proposing', 'suggest', 'suggesting',
  // How to take part ("How to Contribute", "Participation Methods", "Get involved", "Contact") and what the
  // document's words mean ("Definitions", "Glossary", "Legend"): ways and terms, not work.
  'contribute', 'contributing', 'participation', 'participate', 'involved', 'contact', 'definitions', 'glossary', 'legend',
]);
const PROCESS_CONTEXT_WORDS = new Set([
  'issue', 'roadmap', 'request', 'entry', 'idea', 'decision', 'planning', 'get', 'add', 'adding', 'make', 'method', 'way', 'channel', 'status', 'term',
]);
const CJK_PROCESS_TERMS = /流程|プロセス/;

export function isProcessHeading(text: string): boolean {
  if (CJK_PROCESS_TERMS.test(text)) return true;
  const words = text.toLowerCase().split(PUNCTUATION_AND_SYMBOLS).filter(Boolean);
  const known = (word: string) => PROCESS_WORDS.has(word) || PROCESS_CONTEXT_WORDS.has(word.replace(/s$/, '')) || WORDS.has(singular(word));
  return words.some((word) => PROCESS_WORDS.has(word)) && words.every(known);
}
