/** One theme's row of the timeline: its label, then its cells on the grid. */
import React, {memo} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {UNTHEMED, type Lane as LaneData, type TimelineCell, type TimelineFilters, type TimelineMatches} from 'docusaurus-plugin-roadmark/client';
import Cell from './Cell.jsx';
import type {HistoryLinks} from './historyLinks.js';
import type {OverflowMode} from './overflowMode.js';
import styles from './styles.module.css';

export interface LaneProps {
  lane: LaneData;
  label: string;
  /** Items in the lane, sub-items included. */
  count: number;
  /** Theme id → label and colour, for sub-items of another theme. */
  themes: Readonly<Record<string, {label: string; color: string | null}>>;
  cells: readonly TimelineCell[];
  /** Placeholder height (rem) while the lane is off screen and not laid out. */
  heightEstimate: number;
  mode: OverflowMode;
  matches: TimelineMatches | null;
  filters: TimelineFilters | undefined;
  /** Keys of the expanded cells of the whole timeline. */
  expanded: ReadonlySet<string>;
  onToggle: (key: string) => void;
  editUrl: string | null;
  /** False when the roadmap states no status at all: cards show no "No status" pill. */
  showStatus: boolean;
  history: HistoryLinks | null;
  /** Header labels of the grid's columns, in grid order. */
  columnLabels: readonly string[];
  pageTitle: string;
}

function Lane({lane, label, count, themes, cells, heightEstimate, mode, matches, filters, expanded, onToggle, editUrl, history, showStatus, columnLabels, pageTitle}: LaneProps): React.ReactElement {
  const shown = matches?.shown ?? null;
  const empty = shown !== null && !lane.items.some((item) => shown.has(item.id));
  const style = {containIntrinsicBlockSize: `auto ${heightEstimate.toFixed(1)}rem`, ...(lane.color ? {'--rm-lane-color': lane.color} : {})} as React.CSSProperties;
  return (
    <section className={styles.lane} aria-label={label} hidden={empty} data-testid="roadmap-lane" data-theme-id={lane.id} style={style}>
      <h2 className={clsx(styles.laneLabel, lane.id === UNTHEMED && styles.unthemed)}>
        <span>{label}</span>
        <span className={styles.laneCount} data-testid="roadmap-lane-count" title={translate({id: 'roadmark.lane.count', message: '{count} items, sub-items included', description: 'Tooltip of the number under a timeline lane label'}, {count})}>
          {count}
        </span>
      </h2>
      <div className={styles.laneCells}>
        {empty
          ? null
          : cells.map((cell) => (
              <Cell key={cell.key} cell={cell} mode={mode} shown={shown} partial={matches?.partial ?? null} filters={filters} expanded={expanded.has(cell.key)} onToggle={onToggle} editUrl={editUrl} themeLabel={label} themes={themes} history={history} showStatus={showStatus} columnLabels={columnLabels} pageTitle={pageTitle} />
            ))}
      </div>
    </section>
  );
}

export default memo(Lane);
