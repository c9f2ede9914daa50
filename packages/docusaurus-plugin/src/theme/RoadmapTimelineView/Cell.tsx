/**
 * One cell of a lane: the cards of one theme in one period. A crowded cell
 * shows its first cards, then a "Show all N" button that discloses the rest
 * (its overflow) below it. The overflow is in the server HTML either way, so
 * readers without JavaScript and crawlers get every item.
 */
import React, {memo, useEffect, useId, useRef, useState} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import RoadmapItemCard from '@theme/RoadmapItemCard';
import {cellHeadCount, cellHeightEstimate, type TimelineCell, type TimelineFilters} from 'docusaurus-plugin-roadmark/client';
import type {HistoryLinks} from './historyLinks.js';
import type {OverflowMode} from './overflowMode.js';
import styles from './styles.module.css';

/** Cards re-render only when their own props change (not on every filter keystroke or zoom). */
const Card = memo(RoadmapItemCard);

export interface CellProps {
  cell: TimelineCell;
  mode: OverflowMode;
  /** Items the filters leave visible; null when nothing is filtered. */
  shown: ReadonlySet<string> | null;
  /** Cards that hide some of their sub-items: they get the filters to do so. */
  partial: ReadonlySet<string> | null;
  filters: TimelineFilters | undefined;
  /** Nothing is expanded on the server and during hydration (the server HTML shows every cell collapsed). */
  expanded: boolean;
  onToggle: (key: string) => void;
  editUrl: string | null;
  themeLabel: string;
  themes: Readonly<Record<string, {label: string; color: string | null}>>;
  history: HistoryLinks | null;
  showStatus: boolean;
  /** Header labels of the grid's columns, in grid order (empty without an axis). */
  columnLabels: readonly string[];
  pageTitle: string;
}

function Cell({cell, mode: wanted, shown, partial, filters, expanded, onToggle, editUrl, themeLabel, themes, history, showStatus, columnLabels, pageTitle}: CellProps): React.ReactElement | null {
  const overflowId = useId();
  // An island is empty when React had to render the page afresh (a hydration error elsewhere): render it live then.
  const island = useRef<HTMLDivElement>(null);
  const [islandLost, setIslandLost] = useState(false);
  useEffect(() => {
    if (island.current && island.current.childElementCount === 0) setIslandLost(true);
  }, []);
  const mode = wanted === 'island' && islandLost ? 'live' : wanted;

  const visible = shown ? cell.items.filter((item) => shown.has(item.id)) : cell.items;
  if (visible.length === 0) return null;
  const headCount = cellHeadCount(visible.length);
  // A card in one column need not repeat that column's header; one spanning columns says its own period.
  const columnLabel = cell.to === cell.from + 1 ? columnLabels[cell.from - 1] : undefined;
  // On a phone the axis gives way to stacked cells, each headed by its period (styles: .cellPeriod).
  const first = columnLabels[cell.from - 1];
  const last = columnLabels[cell.to - 2];
  const range = first === undefined ? null : last && last !== first ? `${first} – ${last}` : first;
  const rest = visible.slice(headCount);
  const card = (item: TimelineCell['items'][number]) => (
    <Card key={item.id} item={item} editUrl={editUrl} themeLabel={themeLabel} themes={themes} filters={partial?.has(item.id) ? filters : undefined} historyHref={history?.hrefOf(item.id)} showStatus={showStatus} columnLabel={columnLabel} pageTitle={pageTitle} />
  );

  let overflow: React.ReactElement | null = null;
  if (rest.length > 0) {
    if (mode === 'server') {
      overflow = (
        <div key="island" id={overflowId} className={styles.overflow} hidden>
          {rest.map(card)}
        </div>
      );
    } else if (mode === 'island') {
      // A leaf to React (see overflowMode.ts): only ever shown or hidden, its content is the server's.
      overflow = <div key="island" ref={island} id={overflowId} className={styles.overflow} hidden={!expanded} suppressHydrationWarning dangerouslySetInnerHTML={{__html: ''}} />;
    } else if (expanded) {
      overflow = (
        <div key="live" id={overflowId} className={styles.overflow}>
          {rest.map(card)}
        </div>
      );
    }
  }
  const style = {gridColumn: `${cell.from} / ${cell.to}`, containIntrinsicBlockSize: `auto ${cellHeightEstimate(cell, editUrl !== null).toFixed(1)}rem`};
  return (
    <div className={styles.cell} style={style} data-testid="roadmap-cell">
      {range ? (
        <p className={styles.cellPeriod} aria-hidden="true">
          {range}
        </p>
      ) : null}
      {visible.slice(0, headCount).map(card)}
      {rest.length > 0 ? (
        // A disclosure button before what it discloses: expanding never moves it, and Tab goes on into the new cards.
        <button type="button" className={clsx('button button--sm button--secondary', styles.more)} aria-expanded={expanded} aria-controls={overflow ? overflowId : undefined} onClick={() => onToggle(cell.key)} data-testid="roadmap-cell-toggle">
          {expanded ? (
            <Translate id="roadmark.timeline.showFewer" description="Button that collapses a crowded timeline cell again">
              Show fewer
            </Translate>
          ) : (
            <Translate id="roadmark.timeline.showAll" description="Button that shows every card of a crowded timeline cell" values={{count: visible.length}}>
              {'Show all {count}'}
            </Translate>
          )}
        </button>
      ) : null}
      {overflow}
    </div>
  );
}

export default memo(Cell);
