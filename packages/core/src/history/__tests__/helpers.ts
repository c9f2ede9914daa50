/** Building history inputs from the diff tests' roadmap factory. */
import type {Item, Roadmap, ThemeSummary} from '../../model.js';
import {roadmap} from '../../diff/__tests__/factory.js';
import type {HistoryVersion} from '../types.js';

/** Versions named and labelled by `labels`, one roadmap each. */
export function versions(labels: string[], contents: Item[][], themes: ThemeSummary[] = []): HistoryVersion[] {
  return contents.map((items, i): HistoryVersion => {
    const built: Roadmap = roadmap(items, {themes});
    return {name: `v${labels[i]}`, label: labels[i]!, date: null, roadmap: built};
  });
}

export const theme = (id: string, label: string): ThemeSummary => ({id, label, color: null, raw: [], count: 0});
