/** A plain-text (optionally ANSI-coloured) report of a diff, grouped by kind, then by theme. */
import {changeTheme} from './summary.js';
import {CHANGE_KINDS, NO_THEME, type Change, type ChangeKind, type RoadmapDiff} from './types.js';

const HEADINGS: Record<ChangeKind, string> = {
  added: 'Added',
  dropped: 'Dropped',
  rescheduled: 'Rescheduled',
  status: 'Status changed',
  retitled: 'Retitled',
  theme: 'Theme changed',
  release: 'Release changed',
  links: 'Links changed',
};

const MARKS: Record<ChangeKind, string> = {added: '+', dropped: '-', rescheduled: '~', status: '*', retitled: '~', theme: '~', release: '~', links: '~'};

const ANSI = {reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', green: '\u001b[32m', yellow: '\u001b[33m', blue: '\u001b[34m', magenta: '\u001b[35m', cyan: '\u001b[36m'};

/** Below this, the report says how sure the match was. */
const SHOWN_CONFIDENCE = 0.75;

function colorOf(change: Change): string {
  switch (change.kind) {
    case 'added':
      return ANSI.green;
    case 'dropped':
      return ANSI.red;
    case 'rescheduled':
      return change.move === 'pulled-in' || change.move === 'scheduled' ? ANSI.cyan : ANSI.yellow;
    case 'status':
      return change.done ? ANSI.green : ANSI.blue;
    case 'retitled':
      return ANSI.magenta;
    default:
      return ANSI.dim;
  }
}

/** Theme groups alphabetically, items without a theme last. */
function compareThemes(a: string, b: string): number {
  if (a === b) return 0;
  if (a === NO_THEME) return 1;
  if (b === NO_THEME) return -1;
  return a < b ? -1 : 1;
}

export function formatDiff(diff: RoadmapDiff, options: {color?: boolean} = {}): string {
  const paint = (code: string, text: string): string => (options.color ? `${code}${text}${ANSI.reset}` : text);
  const {summary} = diff;
  if (summary.total === 0) return 'No changes.';
  const counts = CHANGE_KINDS.filter((kind) => summary.byKind[kind] > 0).map((kind) => `${summary.byKind[kind]} ${kind}`);
  const lines = [`${summary.total} change${summary.total === 1 ? '' : 's'}: ${counts.join(', ')}`];

  for (const kind of CHANGE_KINDS) {
    const ofKind = diff.changes.filter((c) => c.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push('', paint(ANSI.bold, `${HEADINGS[kind]} (${ofKind.length})`));
    const themes = [...new Set(ofKind.map(changeTheme))].sort(compareThemes);
    for (const theme of themes) {
      lines.push(`  ${theme === NO_THEME ? '(no theme)' : theme}`);
      for (const change of ofKind.filter((c) => changeTheme(c) === theme)) {
        const unsure = change.confidence < SHOWN_CONFIDENCE ? ` (match ${Math.round(change.confidence * 100)}%)` : '';
        lines.push(`    ${paint(colorOf(change), `${MARKS[kind]} ${change.summary}`)}${paint(ANSI.dim, unsure)}`);
      }
    }
  }
  return lines.join('\n');
}
