/**
 * Month names, in the one form every reader uses: the English names and their three-letter
 * abbreviations, and one pattern for a month word as people write it ("Sep", "Sept", "September";
 * "Jun", "June"). Period matchers, suspect-date checks and the status-tail reader all build on it.
 */
export const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** "Sept" is the one abbreviation people write that is not a prefix of three letters plus the rest. */
const EXTRA_ABBR: Record<string, string[]> = {sep: ['sept']};

/** One month's forms, shortest first, nested as optional steps: sep, sept, september → sep(?:t(?:ember)?)?. */
function monthAlternative(index: number): string {
  const forms = [MONTH_ABBR[index]!.toLowerCase(), ...(EXTRA_ABBR[MONTH_ABBR[index]!.toLowerCase()] ?? []), MONTH_NAMES[index]!.toLowerCase()];
  let tail = '';
  for (let i = forms.length - 1; i >= 1; i--) {
    if (forms[i] !== forms[i - 1]) tail = `(?:${forms[i]!.slice(forms[i - 1]!.length)}${tail})?`;
  }
  return forms[0] + tail;
}

/**
 * A month word, case-insensitive by the caller's flag, without boundaries (each caller adds its own):
 * jan(?:uary)?|feb(?:ruary)?|…|sep(?:t(?:ember)?)?|…
 */
export const MONTH_WORD = `(?:${MONTH_NAMES.map((_, i) => monthAlternative(i)).join('|')})`;

/** Three-letter stems, for readers that only need to know a month word starts here ("may", "sept."). */
export const MONTH_STEMS = MONTH_ABBR.map((abbr) => abbr.toLowerCase());

/** "Sept." → 9, "june" → 6; null for anything that is not a month word. */
export function monthFromName(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  const index = MONTH_STEMS.indexOf(key);
  return index === -1 ? null : index + 1;
}
