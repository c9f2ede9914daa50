/** Turning one matched pair's diff changes into history events. */
import type {Change} from '../diff/types.js';
import type {HistoryEvent} from './types.js';

/** The event a pair change stands for; `at` is the change's index in its step. */
export function pairEvent(change: Change, version: number, at: number): HistoryEvent {
  const before = change.before!;
  const after = change.after!;
  const base = {version, change: at};
  switch (change.kind) {
    case 'rescheduled':
      return {kind: 'rescheduled', ...base, from: before.period, to: after.period, move: change.move ?? 'moved', delta: change.delta ?? null};
    case 'status':
      return {kind: 'status', ...base, from: before.status, to: after.status, done: after.status === 'done'};
    case 'retitled':
      return {kind: 'retitled', ...base, from: before.title, to: after.title};
    case 'theme':
      return {kind: 'theme', ...base, from: before.theme, to: after.theme};
    case 'release':
      return {kind: 'release', ...base, from: before.release, to: after.release};
    case 'links':
      return {kind: 'links', ...base, added: change.links?.added ?? [], removed: change.links?.removed ?? []};
    default:
      throw new Error(`a matched pair cannot have a change of kind ${change.kind}`);
  }
}
