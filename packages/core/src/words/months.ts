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

/** `abbr(?:rest)?` for one month, with the extra abbreviations as optional steps ("sep(?:t(?:ember)?)?"). */
function monthAlternative(index: number): string {
  const name = MONTH_NAMES[index]!.toLowerCase();
  const abbr = MONTH_ABBR[index]!.toLowerCase();
  if (name === abbr) return abbr;
  const steps = [...(EXTRA_ABBR[abbr] ?? []), name].map((form) => form.slice(abbr.length));
  // Nest each longer form inside the shorter one: "sep" + "t" + "ember" → sep(?:t(?:ember)?)?.
  let tail = '';
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = i === 0 ? steps[0]! : steps[i]!.slice(steps[i - 1]!.length);
    tail = `(?:${step}${tail})?`;
  }
  return abbr + tail;
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
