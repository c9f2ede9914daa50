/**
 * Open-ended periods in headings: "After Q2 2024", "Beyond 2025", "2027+", "2025 and beyond", "2027年及以后".
 * They have no end date, so they are read as the Later horizon; the label keeps the date
 * ("After 2024 Q2", "2027+") so that two such buckets stay distinguishable.
 */
import type {HorizonPeriod} from '../model.js';
import type {Candidate} from './scan.js';

const BEFORE = /(?:^|[^A-Za-z])(after|beyond|post)(?:\s{1,3}|-)$/i;
const AFTER = /^(?:\s{0,2}\+|\s{1,3}(?:and|&)\s{1,3}(?:beyond|later|after|onwards?)|\s{1,3}onwards?|\s{0,2}(?:及|和)?\s{0,2}(?:以后|之后|以後|往后))/i;

export function readOpenEnded(text: string, candidate: Candidate, anchor: string | null): HorizonPeriod | null {
  const start = candidate.index;
  const end = start + candidate.length;
  const before = BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  if (before?.[1]) {
    const from = start - before[0].length + (before[0].length - before[0].replace(/^[^A-Za-z]/, '').length);
    return {horizon: 'later', label: `After ${candidate.shape.label}`, raw: text.slice(from, end), anchor};
  }
  const after = AFTER.exec(text.slice(end, end + 16));
  if (after) {
    return {horizon: 'later', label: `${candidate.shape.label}+`, raw: text.slice(start, end + after[0].length), anchor};
  }
  return null;
}
