/**
 * The sentence under each item of the history page, translated clause by clause from the
 * structured events: "First planned for 2019 Q2 in 1.0, slipped to 2019 Q4 in 1.1 (+2 quarters),
 * done in 2.0." Core's history/narrative.ts tells the same story in English for feeds and the CLI;
 * this one cannot reuse it, since every clause here is a <Translate> message of its own.
 */
import {translate} from '@docusaurus/Translate';
import {deltaText} from '@theme/RoadmapVersionChanges';
import type {HistoryEvent} from '@roadmark/core/history';
import {isNoTheme, type RoadmapHistoryPageData} from 'docusaurus-plugin-roadmark/client';

export type Themes = RoadmapHistoryPageData['themes'];

export function themeLabel(themes: Themes, id: string | null): string {
  if (id === null || isNoTheme(id)) return translate({id: 'roadmark.lane.unthemed', message: 'Other items'});
  return themes[id]?.label ?? id;
}

const label = (period: {label: string} | null): string => period?.label ?? '';

/** One event as a clause of the row's sentence; `note` is the size of a move ("+2 quarters"). */
function clause(event: HistoryEvent, themes: Themes): {text: string; note: string | null} {
  const at = (text: string): {text: string; note: null} => ({text, note: null});
  switch (event.kind) {
    case 'introduced': {
      const period = label(event.period);
      const v = {period};
      if (event.status === 'done')
        return at(period ? translate({id: 'roadmark.history.event.introducedDoneFor', message: 'first listed as done for {period}'}, v) : translate({id: 'roadmark.history.event.introducedDone', message: 'first listed as done'}));
      if (event.status === 'in-progress')
        return at(period ? translate({id: 'roadmark.history.event.introducedStartedFor', message: 'first listed as in progress for {period}'}, v) : translate({id: 'roadmark.history.event.introducedStarted', message: 'first listed as in progress'}));
      if (event.status === 'dropped')
        return at(period ? translate({id: 'roadmark.history.event.introducedDroppedFor', message: 'first listed as dropped for {period}'}, v) : translate({id: 'roadmark.history.event.introducedDropped', message: 'first listed as dropped'}));
      return at(period ? translate({id: 'roadmark.history.event.introducedFor', message: 'first planned for {period}'}, v) : translate({id: 'roadmark.history.event.introduced', message: 'first listed'}));
    }
    case 're-added': {
      const period = label(event.period);
      if (event.status === 'done') return at(translate({id: 'roadmark.history.event.reAddedDone', message: 're-added as done'}));
      return at(period ? translate({id: 'roadmark.history.event.reAddedFor', message: 're-added for {period}'}, {period}) : translate({id: 'roadmark.history.event.reAdded', message: 're-added'}));
    }
    case 'dropped':
      // A finished item that leaves the roadmap was delivered, not abandoned.
      return at(event.status === 'done' ? translate({id: 'roadmark.history.event.delisted', message: 'no longer listed'}) : translate({id: 'roadmark.history.event.dropped', message: 'dropped'}));
    case 'rescheduled': {
      const period = label(event.to);
      const note = event.delta ? deltaText(event.delta) : null;
      switch (event.move) {
        case 'slipped':
          return {text: translate({id: 'roadmark.history.event.slipped', message: 'slipped to {period}'}, {period}), note};
        case 'pulled-in':
          return {text: translate({id: 'roadmark.history.event.pulledIn', message: 'pulled in to {period}'}, {period}), note};
        case 'scheduled':
          return at(translate({id: 'roadmark.history.event.scheduled', message: 'scheduled for {period}'}, {period}));
        case 'unscheduled':
          return at(translate({id: 'roadmark.history.event.unscheduled', message: 'unscheduled'}));
        default:
          return at(translate({id: 'roadmark.history.event.moved', message: 'moved to {period}'}, {period}));
      }
    }
    case 'status':
      if (event.to === 'done') return at(translate({id: 'roadmark.history.event.done', message: 'done'}));
      if (event.to === 'in-progress') return at(translate({id: 'roadmark.history.event.started', message: 'started'}));
      if (event.to === 'dropped') return at(translate({id: 'roadmark.history.event.markedDropped', message: 'marked as dropped'}));
      if (event.to === 'planned') return at(event.from === null ? translate({id: 'roadmark.history.event.markedPlanned', message: 'marked as planned'}) : translate({id: 'roadmark.history.event.backToPlanned', message: 'back to planned'}));
      return at(translate({id: 'roadmark.history.event.statusCleared', message: 'status cleared'}));
    case 'retitled':
      return at(translate({id: 'roadmark.history.event.renamed', message: 'renamed to “{title}”'}, {title: event.to}));
    case 'theme':
      return at(event.to === null ? translate({id: 'roadmark.history.event.themeRemoved', message: 'theme removed'}) : translate({id: 'roadmark.history.event.theme', message: 'filed under {theme}'}, {theme: themeLabel(themes, event.to)}));
    case 'links':
      return at(linksClause(event.added.length, event.removed.length));
    default:
      return at(event.to === null ? translate({id: 'roadmark.history.event.releaseRemoved', message: 'release target removed'}) : translate({id: 'roadmark.history.event.release', message: 'targeted at release {release}'}, {release: event.to}));
  }
}

function linksClause(added: number, removed: number): string {
  if (removed === 0) return translate({id: 'roadmark.history.event.linksAdded', message: '{count} link(s) added'}, {count: added});
  if (added === 0) return translate({id: 'roadmark.history.event.linksRemoved', message: '{count} link(s) removed'}, {count: removed});
  return translate({id: 'roadmark.history.event.linksChanged', message: 'links changed ({added} added, {removed} removed)'}, {added, removed});
}

function withNote({text, note}: {text: string; note: string | null}): string {
  return note ? translate({id: 'roadmark.history.narrative.note', message: '{clause} ({note})'}, {clause: text, note}) : text;
}

/** What happened in one version: "slipped to 2020 Q1 (+1 quarter) and done". */
export function versionClauses(events: readonly HistoryEvent[], themes: Themes): string {
  return events.map((event) => withNote(clause(event, themes))).reduce((a, b) => translate({id: 'roadmark.history.narrative.and', message: '{first} and {second}'}, {first: a, second: b}));
}

/** "First planned for 2019 Q2 in 1.0, slipped to 2019 Q4 in 1.1 (+2 quarters), done in 2.0." */
export function storyOf(byVersion: Map<number, HistoryEvent[]>, versions: readonly {label: string}[], themes: Themes): Story {
  const parts: string[] = [];
  for (const [version, events] of byVersion) {
    const name = versions[version]?.label ?? String(version + 1);
    if (events.length === 1) {
      const only = clause(events[0]!, themes);
      parts.push(
        only.note
          ? translate({id: 'roadmark.history.narrative.inVersionNote', message: '{clause} in {version} ({note})'}, {clause: only.text, version: name, note: only.note})
          : translate({id: 'roadmark.history.narrative.inVersion', message: '{clause} in {version}'}, {clause: only.text, version: name}),
      );
    } else {
      parts.push(translate({id: 'roadmark.history.narrative.inVersion', message: '{clause} in {version}'}, {clause: versionClauses(events, themes), version: name}));
    }
  }
  if (parts.length === 0) return {text: '', steps: 0};
  const sentence = parts.reduce((a, b) => translate({id: 'roadmark.history.narrative.then', message: '{before}, {after}'}, {before: a, after: b}));
  const text = translate({id: 'roadmark.history.narrative.sentence', message: '{sentence}.'}, {sentence});
  return {text: text.charAt(0).toUpperCase() + text.slice(1), steps: parts.length};
}

export interface Story {
  text: string;
  /** Versions in which something happened to the item. */
  steps: number;
}
