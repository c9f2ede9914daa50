/**
 * One English sentence telling a lineage's story, for feeds, the CLI and as a fallback in the UI
 * (which builds its own, translated sentence from the structured events):
 * "First planned for 2019 Q2 in 1.0, slipped to 2019 Q4 in 1.1 (+2 quarters), done in 2.0."
 * Events of the same version share one "in <version>": "slipped to 2020 Q1 (+1 quarter) and done in 2.0".
 */
import type {Period, Status} from '../model.js';
import type {HistoryEvent, IntroducedEvent, Lineage, RoadmapHistory, VersionInfo} from './types.js';

interface Clause {
  text: string;
  /** Shown in parentheses after the version (or after the clause when the version has several). */
  note?: string;
}

const quote = (title: string): string => `“${title}”`;
const statusWords = (status: Status): string => status.replace('-', ' ');

function opening(event: IntroducedEvent): string {
  const period = event.period?.label;
  if (event.status === 'done' || event.status === 'in-progress' || event.status === 'dropped') {
    return `First listed as ${statusWords(event.status)}${period ? ` for ${period}` : ''}`;
  }
  return period ? `First planned for ${period}` : 'First listed';
}

const themeLabel = (themes: RoadmapHistory['themes'], id: string): string => (Object.hasOwn(themes, id) ? themes[id]!.label : id);
const labelOf = (period: Period | null): string => period?.label ?? 'no period';

function clause(event: HistoryEvent, themes: RoadmapHistory['themes']): Clause {
  switch (event.kind) {
    case 'introduced':
      return {text: opening(event)};
    case 're-added': {
      const as = event.status === 'done' ? ' as done' : '';
      return {text: `re-added${as}${event.period ? ` for ${event.period.label}` : ''}`};
    }
    case 'dropped':
      // A finished item that leaves the roadmap was delivered, not abandoned.
      return {text: event.status === 'done' ? 'no longer listed' : 'dropped'};
    case 'rescheduled': {
      const note = event.delta ? {note: event.delta.label} : {};
      if (event.move === 'slipped') return {text: `slipped to ${labelOf(event.to)}`, ...note};
      if (event.move === 'pulled-in') return {text: `pulled in to ${labelOf(event.to)}`, ...note};
      if (event.move === 'scheduled') return {text: `scheduled for ${labelOf(event.to)}`};
      if (event.move === 'unscheduled') return {text: 'unscheduled'};
      return {text: `moved to ${labelOf(event.to)}`};
    }
    case 'status':
      if (event.to === 'done') return {text: 'done'};
      if (event.to == null) return {text: 'status cleared'};
      if (event.to === 'planned' && event.from != null) return {text: 'back to planned'};
      return {text: `marked ${statusWords(event.to)}`};
    case 'retitled':
      return {text: `renamed to ${quote(event.to)}`};
    case 'theme':
      return {text: event.to == null ? 'theme removed' : `filed under ${themeLabel(themes, event.to)}`};
    case 'release':
      return {text: event.to == null ? 'release target removed' : `targeted at release ${event.to}`};
    case 'links':
      return {text: linksText(event.added.length, event.removed.length)};
  }
}

function linksText(added: number, removed: number): string {
  const count = (n: number) => `${n} link${n === 1 ? '' : 's'}`;
  if (removed === 0) return `${count(added)} added`;
  if (added === 0) return `${count(removed)} removed`;
  return `links changed (${added} added, ${removed} removed)`;
}

/** `themes` (e.g. `history.themes`) names themes by label rather than by id. */
export function narrative(
  lineage: Pick<Lineage, 'events'>,
  versions: readonly Pick<VersionInfo, 'label'>[],
  themes: RoadmapHistory['themes'] = {},
): string {
  const parts: string[] = [];
  const events = lineage.events;
  for (let i = 0; i < events.length; ) {
    const version = events[i]!.version;
    const clauses: Clause[] = [];
    for (; i < events.length && events[i]!.version === version; i++) clauses.push(clause(events[i]!, themes));
    const where = ` in ${versions[version]?.label ?? `version ${version + 1}`}`;
    if (clauses.length === 1) {
      const [only] = clauses as [Clause];
      parts.push(`${only.text}${where}${only.note ? ` (${only.note})` : ''}`);
    } else {
      parts.push(`${clauses.map((c) => (c.note ? `${c.text} (${c.note})` : c.text)).join(' and ')}${where}`);
    }
  }
  const sentence = parts.join(', ');
  return sentence === '' ? '' : `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}
