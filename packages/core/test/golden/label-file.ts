/**
 * Line-range expectations (docs/labels.md), read and validated.
 * Beyond labels.md a range may carry `count` (exact number of items, nested included, starting in
 * the range) and `theme` (canonical theme id), and `section` may be a list of headings that must
 * appear in the item's section path in that order. A key that is absent is not checked; a key set
 * to null is (the item must carry null there).
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {STATUSES, type Horizon, type Status} from '../../src/model.js';
import {labelsDir} from './paths.js';

export interface ExpectedPeriod {
  start: string;
  end: string;
}

export interface LabelRange {
  from: number;
  to: number;
  section?: string[];
  period?: ExpectedPeriod | null;
  horizon?: Horizon;
  status?: Status | null;
  release?: string | null;
  theme?: string | null;
  count?: number;
  skip?: boolean;
  why?: string;
  /** A gap the parser has today: what a careful reader sees but the model does not say yet. */
  known?: string;
}

export interface LabelFile {
  /** The label file's own name, for messages. */
  name: string;
  /** Source path relative to the shared dir. */
  file: string;
  doc: {title?: string | null; updated?: string | null};
  ranges: LabelRange[];
}

const RANGE_KEYS = new Set(['from', 'to', 'section', 'period', 'horizon', 'status', 'release', 'theme', 'count', 'skip', 'why', 'known']);
const HORIZONS: readonly string[] = ['now', 'next', 'later'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Throws on anything malformed, so that a typo cannot turn an expectation into a silent no-op. */
function readRange(raw: unknown, where: string): LabelRange {
  if (!isObject(raw)) throw new Error(`${where}: a range must be an object`);
  for (const key of Object.keys(raw)) if (!RANGE_KEYS.has(key)) throw new Error(`${where}: unknown key "${key}"`);
  const {from, to} = raw;
  if (!Number.isInteger(from) || !Number.isInteger(to) || (from as number) < 1 || (to as number) < (from as number)) {
    throw new Error(`${where}: from/to must be integers with 1 <= from <= to`);
  }
  const range: LabelRange = {from: from as number, to: to as number};
  if ('known' in raw) {
    if (typeof raw.known !== 'string' || raw.known.trim() === '') throw new Error(`${where}: known must say what the parser does not read yet`);
    range.known = raw.known;
  }
  const at = `${where} (lines ${range.from}-${range.to})`;
  if ('section' in raw) {
    const section = typeof raw.section === 'string' ? [raw.section] : raw.section;
    if (!Array.isArray(section) || section.length === 0 || !section.every((s) => typeof s === 'string' && s.trim() !== '')) {
      throw new Error(`${at}: section must be a heading text or a non-empty list of them`);
    }
    range.section = section as string[];
  }
  if ('period' in raw) {
    const period = raw.period;
    if (period === null) range.period = null;
    else if (isObject(period) && typeof period.start === 'string' && typeof period.end === 'string'
      && ISO_DATE.test(period.start) && ISO_DATE.test(period.end) && period.start <= period.end) {
      range.period = {start: period.start, end: period.end};
    } else throw new Error(`${at}: period must be null or {start, end} ISO dates with start <= end`);
  }
  if ('horizon' in raw) {
    if ('period' in raw) throw new Error(`${at}: give either period or horizon, not both`);
    if (typeof raw.horizon !== 'string' || !HORIZONS.includes(raw.horizon)) throw new Error(`${at}: bad horizon`);
    range.horizon = raw.horizon as Horizon;
  }
  if ('status' in raw) {
    if (raw.status !== null && !STATUSES.includes(raw.status as Status)) throw new Error(`${at}: bad status`);
    range.status = raw.status as Status | null;
  }
  for (const key of ['release', 'theme'] as const) {
    if (key in raw) {
      if (raw[key] !== null && (typeof raw[key] !== 'string' || raw[key] === '')) throw new Error(`${at}: ${key} must be a string or null`);
      range[key] = raw[key] as string | null;
    }
  }
  if ('count' in raw) {
    if (!Number.isInteger(raw.count) || (raw.count as number) < 0) throw new Error(`${at}: count must be an integer >= 0`);
    range.count = raw.count as number;
  }
  if ('skip' in raw) {
    if (raw.skip !== true) throw new Error(`${at}: skip must be true when present`);
    if (typeof raw.why !== 'string' || raw.why === '') throw new Error(`${at}: a skip range needs a why`);
    // `known`: a list the parser still reads as items although it is none (checked in the todo test).
    const others = Object.keys(raw).filter((k) => !['from', 'to', 'skip', 'why', 'known'].includes(k));
    if (others.length > 0) throw new Error(`${at}: a skip range carries no expectations (${others.join(', ')})`);
    range.skip = true;
  }
  if ('why' in raw) {
    if (typeof raw.why !== 'string') throw new Error(`${at}: why must be a string`);
    range.why = raw.why;
  }
  return range;
}

export function parseLabelFile(name: string, text: string): LabelFile {
  const raw: unknown = JSON.parse(text);
  if (!isObject(raw)) throw new Error(`${name}: not a JSON object`);
  if (typeof raw.file !== 'string' || raw.file === '') throw new Error(`${name}: file must name the source`);
  if (!isObject(raw.doc)) throw new Error(`${name}: doc must be an object`);
  const doc: LabelFile['doc'] = {};
  for (const key of ['title', 'updated'] as const) {
    if (key in raw.doc) {
      const value = raw.doc[key];
      if (value !== null && typeof value !== 'string') throw new Error(`${name}: doc.${key} must be a string or null`);
      if (key === 'updated' && typeof value === 'string' && !ISO_DATE.test(value)) throw new Error(`${name}: doc.updated must be YYYY-MM-DD`);
      doc[key] = value as string | null;
    }
  }
  if (!Array.isArray(raw.ranges) || raw.ranges.length === 0) throw new Error(`${name}: ranges must be a non-empty list`);
  const ranges = raw.ranges.map((r, i) => readRange(r, `${name} range #${i + 1}`));
  return {name, file: raw.file, doc, ranges};
}

/** All label files, sorted by name. */
export function loadLabelFiles(dir: string = labelsDir): LabelFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => parseLabelFile(name, readFileSync(join(dir, name), 'utf8')));
}
