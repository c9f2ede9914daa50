/**
 * A roadmap's history across versions: items followed from version to version, what happened
 * to them when, and how much the dates slipped. Pure and browser-safe (no markdown parser):
 * importable as `@roadmark/core/history`.
 */
export {buildHistory, diffHistoryStep, type HistoryStepDiff} from './build.js';
export {narrative} from './narrative.js';
export {slipReport, deltaQuarters, type SlipReport, type SlipRow, type SlipExtreme} from './slip.js';
export {stateAt, presentAt} from './states.js';
export type {
  HistoryVersion,
  VersionInfo,
  RoadmapHistory,
  Lineage,
  ItemState,
  StateRun,
  VersionRange,
  HistoryStep,
  HistoryEvent,
  HistoryEventKind,
  IntroducedEvent,
  ReAddedEvent,
  DroppedEvent,
  RescheduledEvent,
  StatusEvent,
  RetitledEvent,
  ThemeEvent,
  ReleaseEvent,
} from './types.js';
