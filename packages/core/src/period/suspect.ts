/**
 * Text that was meant as a period but cannot be one: "Q5 2024", "H3 2024", "FY23 Q7", "2024-13",
 * "Feb 30, 2024", "Febuary 2020", "Quartr 3", "Q3 20245". Valid periods and ordinary prose give null.
 */
import {MONTH_NAMES, daysInMonth, monthFromName} from './calendar.js';
import {MONTH_WORD} from '../words/months.js';

export interface SuspectPeriod {
  index: number;
  length: number;
  raw: string;
  message: string;
}

export interface Rule {
  re: RegExp;
  /** The pattern always contains a four-digit year (19xx/20xx). */
  year?: boolean;
  /** Message for a match, or null when the match is fine after all. */
  check(m: RegExpExecArray): string | null;
  /** Offset and length of the suspicious part inside the match (default: the whole match). */
  part?(m: RegExpExecArray): [number, number];
}

const YEAR = `(?:19|20)\\d{2}`;
const YEAR_AHEAD = `(?=\\s{0,3}(?:[,/\\-–]\\s{0,3}|of\\s{1,3})?(?:${YEAR}(?!\\d)|['’]\\d{2}(?!\\d)))`;

const quarterMessage = (n: string) =>
  n === '1' || n === '2' || n === '3' || n === '4' ? null : `Unknown quarter "Q${n}": quarters are Q1–Q4`;
const halfMessage = (n: string) => (n === '1' || n === '2' ? null : `Unknown half "H${n}": halves are H1–H2`);

function dateMessage(raw: string, year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12) return `Invalid month "${String(month).padStart(2, '0')}" in "${raw}": months are 01–12`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `Invalid date "${raw}": ${MONTH_NAMES[month - 1]} ${year} has ${days} days`;
  return null;
}

/** Damerau distance ≤ 1 (substitutions only in words of 8+ letters, where they are rarely another real word). */
function nearMiss(word: string, target: string): boolean {
  if (word === target) return false;
  const lw = word.length;
  const lt = target.length;
  if (Math.abs(lw - lt) > 1) return false;
  let i = 0;
  while (i < lw && i < lt && word[i] === target[i]) i++;
  if (lw === lt) {
    if (word.slice(i + 2) === target.slice(i + 2) && word[i] === target[i + 1] && word[i + 1] === target[i]) return true;
    return lt >= 8 && word.slice(i + 1) === target.slice(i + 1);
  }
  return lw > lt ? word.slice(i + 1) === target.slice(i) : word.slice(i) === target.slice(i + 1);
}

const VALID_MONTH_WORD = new RegExp(`^${MONTH_WORD}\\.?$`);

function misspelledMonth(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower.length < 5 || VALID_MONTH_WORD.test(lower)) return null;
  for (const name of MONTH_NAMES) {
    const target = name.toLowerCase();
    if (lower === `${target}s`) return null;
    if (nearMiss(lower, target)) return name;
  }
  return null;
}

const FOUR_DIGIT_YEAR = /(?:19|20)\d\d/;

export const RULES: Rule[] = [
  {re: new RegExp(`\\bQ(\\d{1,2})${YEAR_AHEAD}`, 'gi'), check: (m) => quarterMessage(m[1]!)},
  {re: new RegExp(`\\b${YEAR}\\s{0,3}[-/]?\\s{0,3}Q(\\d{1,2})\\b`, 'gi'), year: true, check: (m) => quarterMessage(m[1]!)},
  {re: /\bFY\s{0,2}['’]?\d{2,4}\s{0,3}[-/]?\s{0,3}([QH])(\d{1,2})\b/gi, check: (m) => fiscalMessage(m)},
  {re: /\b([QH])(\d{1,2})\s{0,3}[-/]?\s{0,3}FY\s{0,2}['’]?\d{2,4}\b/gi, check: (m) => fiscalMessage(m)},
  {re: new RegExp(`\\bH(\\d{1,2})${YEAR_AHEAD}`, 'gi'), check: (m) => halfMessage(m[1]!)},
  {re: new RegExp(`\\b${YEAR}\\s{0,3}[-/]?\\s{0,3}H(\\d{1,2})\\b`, 'gi'), year: true, check: (m) => halfMessage(m[1]!)},
  // "Q3 20245", "March 20245": a year with too many digits.
  {
    re: new RegExp(`\\b(?:Q[1-4]|H[12]|${MONTH_WORD})\\.?\\s{0,3}[,/\\-]?\\s{0,3}((?:19|20)\\d{3,})\\b`, 'gi'),
    year: true,
    check: (m) => `Invalid year "${m[1]}" in "${m[0]}": years have four digits`,
  },
  // "2024-13", "2024-02-30", "2024/13/01", "2024.02.30" (not "2022-23", the season 2022–2023).
  {
    re: new RegExp(`(?<![\\w./#$-])(${YEAR})([-/.])(\\d{2})(?:\\2(\\d{2}))?(?![\\w]|[-./]\\d)`, 'g'),
    year: true,
    check: (m) => {
      const year = Number(m[1]);
      const month = Number(m[3]);
      if (m[4] === undefined) {
        if (m[2] !== '-' || (month >= 1 && month <= 12) || month === (year + 1) % 100) return null;
        return `Invalid month "${m[3]}" in "${m[0]}": months are 01–12`;
      }
      return dateMessage(m[0], year, month, Number(m[4]));
    },
  },
  // "Feb 30, 2024", "30 February 2023".
  {
    re: new RegExp(`\\b(${MONTH_WORD})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(${YEAR})\\b`, 'gi'),
    year: true,
    check: (m) => dateMessage(m[0], Number(m[3]), monthFromName(m[1]!) ?? 0, Number(m[2])),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?(${MONTH_WORD})\\.?,?\\s{1,3}(${YEAR})\\b`, 'gi'),
    year: true,
    check: (m) => dateMessage(m[0], Number(m[3]), monthFromName(m[2]!) ?? 0, Number(m[1])),
  },
  // Chinese: "2024年13月", "2024年第五季度".
  {re: new RegExp(`(${YEAR})\\s{0,2}年\\s{0,2}(\\d{1,2})\\s{0,2}月`, 'g'), year: true, check: (m) => {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? null : `Invalid month "${m[2]}月" in "${m[0]}": months are 1–12`;
  }},
  {re: new RegExp(`(${YEAR})\\s{0,2}年\\s{0,2}第?\\s{0,2}([五六七八九十0]|[5-9]|\\d{2,})\\s{0,2}季度?`, 'g'), year: true,
    check: (m) => `Unknown quarter "${m[2]}" in "${m[0]}": quarters are 1–4`},
  // "Febuary 2020", "Septmber 15, 2021".
  {
    re: new RegExp(`\\b([A-Za-z]{5,10})\\.?\\s{1,3}(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s{1,3})?${YEAR}\\b`, 'g'),
    year: true,
    check: (m) => {
      const name = misspelledMonth(m[1]!);
      return name ? `Unknown month "${m[1]}": did you mean "${name}"?` : null;
    },
    part: (m) => [0, m[1]!.length],
  },
  // "Quartr 3", "Qaurter 2 2024".
  {
    re: /\b([A-Za-z]{5,9})\s{1,3}[1-4]\b/g,
    check: (m) => (m[1]!.toLowerCase() !== 'quarters' && nearMiss(m[1]!.toLowerCase(), 'quarter') ? `Unknown word "${m[1]}": did you mean "Quarter"?` : null),
  },
];

function fiscalMessage(m: RegExpExecArray): string | null {
  const unit = m[1]!.toUpperCase();
  return unit === 'Q' ? quarterMessage(m[2]!) : halfMessage(m[2]!);
}

/** The first (leftmost) suspicious period-like text, or null. */
export function findSuspectPeriod(text: string): SuspectPeriod | null {
  if (!/\d/.test(text)) return null;
  const hasYear = FOUR_DIGIT_YEAR.test(text);
  let best: SuspectPeriod | null = null;
  for (const rule of RULES) {
    if (rule.year && !hasYear) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (best && m.index >= best.index) break;
      const message = rule.check(m);
      if (message) {
        const [offset, length] = rule.part ? rule.part(m) : [0, m[0].length];
        const index = m.index + offset;
        best = {index, length, raw: text.slice(index, index + length), message};
        break;
      }
      rule.re.lastIndex = m.index + 1;
    }
  }
  return best;
}
