/** Feed dates from YYYY-MM-DD version dates, at midnight UTC: the same text on every machine and in every time zone. */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The date as [year, month, day] when it is a real calendar date, else null. */
function readDate(date: string | null): [number, number, number] | null {
  const match = date == null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(y, m - 1, d));
  return utc.getUTCFullYear() === y && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d ? [y, m, d] : null;
}

export function isFeedDate(date: string | null): date is string {
  return readDate(date) !== null;
}

/** RFC 822 (with the four-digit year RFC 1123 and RSS 2.0 use): "Tue, 05 Mar 2024 00:00:00 GMT". */
export function rfc822(date: string): string {
  const [y, m, d] = readDate(date) ?? [1970, 1, 1];
  const weekday = DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  return `${weekday}, ${String(d).padStart(2, '0')} ${MONTHS[m - 1]} ${y} 00:00:00 GMT`;
}

/** RFC 3339: "2024-03-05T00:00:00Z". */
export function rfc3339(date: string): string {
  const [y, m, d] = readDate(date) ?? [1970, 1, 1];
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T00:00:00Z`;
}

/** The newest valid date among the entries' (YYYY-MM-DD sorts as text), or null. */
export function newestDate(dates: readonly (string | null)[]): string | null {
  let newest: string | null = null;
  for (const date of dates) if (isFeedDate(date) && (newest === null || date > newest)) newest = date;
  return newest;
}
