/**
 * The words that name a field of an item: a table's header cell ("Target Release", "负责人") and the key
 * of an attribute line under an item ("Owner: @kim", "ETA: Q3") are read with the same table, so a column
 * and a sub-bullet that say the same thing mean the same thing.
 */
export type Field = 'period' | 'status' | 'owners' | 'theme' | 'release' | 'links' | 'title';

/** Both forms of each noun: "owner" and "owners". */
const nouns = (...words: string[]) => words.flatMap((word) => [word, `${word}s`]);

/** Tried in this order: a header that names two fields ("Feature status") takes the first one it names. */
export const FIELD_WORDS: ReadonlyArray<readonly [Field, readonly string[]]> = [
  ['period', [
    'timeline', 'target', 'target date', 'when', 'quarter', 'date', 'release date', 'eta', 'period', 'due', 'due date',
    'deadline', 'time frame', 'timeframe', 'schedule', 'planned for', 'expected', '时间', '日期', '季度',
  ]],
  ['status', ['status', 'state', 'progress', 'stage', 'maturity', 'done', '状态', '进度']],
  ['owners', [
    ...nouns('owner', 'assignee', 'lead', 'driver', 'contact', 'champion', 'maintainer'), 'dri', 'responsible', 'who', 'sig',
    '负责人',
  ]],
  ['theme', [
    ...nouns('theme', 'area', 'component', 'domain', 'group', 'track', 'pillar', 'topic', 'epic', 'workstream'),
    'category', 'categories', '领域', '类别', '主题',
  ]],
  ['release', [...nouns('release', 'version', 'milestone'), 'target release', 'target version', '版本', '目标版本']],
  ['links', [...nouns('issue', 'link', 'pr', 'rfc', 'ticket', 'ref', 'reference'), 'tracking']],
  ['title', [
    ...nouns('feature', 'item', 'title', 'name', 'goal', 'initiative', 'description', 'task', 'objective', 'project', 'deliverable'),
    'summary', 'capability', 'capabilities', 'what', '特性', '功能', '目标',
  ]],
];

/**
 * Keys of attribute lines that describe an item without naming a field: "Description: …", "Benefit: …",
 * "Completion: 10%", "Notes: …". Under a heading or an item whose lines are all "Key: value", they are
 * the item's description, not sub-items.
 */
export const DESCRIPTIVE_KEYS: ReadonlySet<string> = new Set([
  ...nouns('benefit', 'note', 'detail', 'dependency', 'risk', 'requirement', 'deliverable', 'outcome', 'metric', 'spec', 'doc', 'example'),
  'scope', 'why', 'rationale', 'motivation', 'impact', 'completion', 'effort', 'estimate', 'size', 'priority', 'type', 'problem',
  'solution', 'approach', 'context', 'background', 'depends on', 'blocked by', 'acceptance criteria', 'success criteria',
  'done when', 'comments', 'remarks', 'design', 'use case', 'use cases', 'value', 'kpi', 'kpis', 'tech stack', 'platforms',
]);

/** The words of one field ("owner", "owners", "assignee" …). */
export function wordsOf(field: Field): readonly string[] {
  return FIELD_WORDS.find(([name]) => name === field)?.[1] ?? [];
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const isAscii = (word: string) => /^[\x00-\x7f]*$/.test(word);
const asciiWords = (words: readonly string[]) => words.filter((word) => isAscii(word) && !word.includes(' '));

/** Single ASCII words, between word boundaries, one pattern per field in table order. */
const SINGLE = FIELD_WORDS.map(([field, words]) => [field, new RegExp(`\\b(?:${asciiWords(words).map(escape).join('|')})\\b`, 'i')] as const);
/** Phrases of two words, longest first: "Release date" is a date and "Target release" a release, whatever the order says. */
const PHRASES = FIELD_WORDS.flatMap(([field, words]) => words.filter((w) => w.includes(' ')).map((phrase) => [field, phrase] as const))
  .sort((a, b) => b[1].length - a[1].length)
  .map(([field, phrase]) => [field, new RegExp(`\\b${escape(phrase)}\\b`, 'i')] as const);
/** CJK words have no word boundaries and match inside the header; longest first, as two can overlap (目标版本 holds 目标 and 版本). */
const CJK = FIELD_WORDS.flatMap(([field, words]) => words.filter((w) => !isAscii(w)).map((word) => [field, word] as const))
  .sort((a, b) => b[1].length - a[1].length);

/** The field a table header names, or null ("Notes", "Kubernetes"). */
export function fieldOfHeader(header: string): Field | null {
  for (const [field, pattern] of PHRASES) if (pattern.test(header)) return field;
  for (const [field, word] of CJK) if (header.includes(word)) return field;
  for (const [field, pattern] of SINGLE) if (pattern.test(header)) return field;
  return null;
}

const KEYS = new Map(FIELD_WORDS.flatMap(([field, words]) => words.map((word) => [word, field] as const)));

/** The field an attribute key names as a whole ("Owner", "Target date"), or null ("Note", "See also"). */
export function fieldOfKey(key: string): Field | null {
  return KEYS.get(key.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}
