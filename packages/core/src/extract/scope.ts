/** Deriving the scope of nested content from a heading, label, parent item or table cell. */
import type {Point} from '../rules.js';
import type {Draft, Scope, ThemeCandidate} from './draft.js';
import type {ItemText} from './item-text.js';
import type {SectionRole} from './section.js';

export function scopeWithRole(scope: Scope, role: SectionRole, from: 'heading' | 'label' | 'table', sectionText?: string): Scope {
  const next: Scope = {...scope};
  if (sectionText !== undefined) next.section = [...scope.section, sectionText];
  if (role.period) {
    next.period = role.period;
    next.periodFrom = from;
  }
  if (role.status) {
    next.status = role.status;
    next.statusRaw = role.statusRaw;
    next.statusFrom = from;
  }
  // "The core changes in v3:" under "v3.0 — Reference Implementation" names the same release less precisely.
  if (role.release && !(scope.release && isVersionPrefix(role.release, scope.release))) next.release = role.release;
  if (role.themeRaw) next.themeCandidates = [{text: role.themeRaw, from}, ...scope.themeCandidates];
  return next;
}

/** True when `short` is `long` with fewer version segments ("v3" of "3.0", "2" of "2.1.4"; not "3" of "30"). */
export function isVersionPrefix(short: string, long: string): boolean {
  const segments = (release: string) => release.trim().replace(/^v/i, '').split('.');
  const a = segments(short);
  const b = segments(long);
  return a.length <= b.length && a.every((segment, index) => segment.toLowerCase() === b[index]!.toLowerCase());
}

/** Children of an item inherit its period, its bucket status and (as a topic) its title. */
export function scopeForChildren(scope: Scope, parent: Draft, bucket: SectionRole | null): Scope {
  const next: Scope = {...scope};
  if (parent.period) {
    next.period = parent.period;
    next.periodFrom = 'parent';
  }
  if (parent.release) next.release = parent.release;
  if (bucket && bucket.status) {
    next.status = bucket.status;
    next.statusRaw = bucket.statusRaw;
    next.statusFrom = 'label';
  }
  if (parent.title && (!bucket || bucket.themeRaw)) {
    const candidate: ThemeCandidate = {text: parent.title, from: 'parent'};
    next.themeCandidates = [candidate, ...scope.themeCandidates];
  }
  return next;
}

export function newDraft(scope: Scope, kind: Draft['kind'], {line, column}: Point, endLine: number): Draft {
  return {
    title: '',
    content: [],
    description: [],
    kind,
    line,
    column,
    endLine,
    section: scope.section,
    themeCandidates: scope.themeCandidates,
    period: scope.period,
    periodFrom: scope.periodFrom,
    release: scope.release,
    status: scope.status,
    statusRaw: scope.statusRaw,
    statusFrom: scope.statusFrom,
    links: [],
    owners: [],
    explicitId: null,
    children: [],
  };
}

/** Apply what the item's own text states over what it inherited; maturity words do not override a status around the item. */
export function applyOwn(
  draft: Draft,
  own: {status: Draft['status']; statusRaw: string | null; statusWeak?: boolean; period: Draft['period']},
): void {
  if (own.status && !(own.statusWeak && draft.status)) {
    draft.status = own.status;
    draft.statusRaw = own.statusRaw;
    draft.statusFrom = 'self';
  }
  if (own.period) {
    draft.period = own.period;
    draft.periodFrom = 'self';
  }
}

/** Copy what an item's own text says about its identity (not its status or period) into the draft. */
export function takeText(draft: Draft, text: ItemText): void {
  draft.title = text.title;
  draft.content = text.content;
  draft.links = text.links;
  draft.owners = text.owners;
  draft.explicitId = text.explicitId;
}
