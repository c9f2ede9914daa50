/**
 * The timeline: a time axis of calendar columns (quarters by default; only the
 * columns that hold an item), then Now / Next / Later / Unscheduled columns;
 * or one column per release; or, for a roadmap that is mostly unscheduled, a
 * wrapping grid of cards per lane (shared/layout.ts timelineLayoutOf). One lane
 * per canonical theme, one cell per lane and column. The server renders every item; in the browser,
 * filters and zoom are read from and written to the URL query (only after
 * hydration, so the first client render matches the HTML).
 *
 * Big roadmaps (thousands of items) stay fast and usable:
 * - crowded cells show their first cards and a "Show all N" button; the rest
 *   is in the HTML but neither laid out nor hydrated (see overflowMode.ts);
 * - lanes off screen are not laid out or painted (content-visibility);
 * - the grid follows filters and zoom through useDeferredValue, so typing
 *   stays responsive and React renders the timeline in interruptible slices;
 * - layout and matches are computed once per zoom / filter, and cards are
 *   memoized, so a keystroke re-renders only the cards it shows or hides.
 */
import React, {startTransition, useDeferredValue, useEffect, useMemo, useState} from 'react';
import clsx from 'clsx';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import Translate, {translate} from '@docusaurus/Translate';
import RoadmapFilters from '@theme/RoadmapFilters';
import RoadmapLegend from '@theme/RoadmapLegend';
import RoadmapItemDetail from '@theme/RoadmapItemDetail';
import {
  findItem,
  flatten,
  isFiltering,
  themeIdOf,
  lanesOf,
  laneCells,
  laneItemCount,
  themeChoices,
  laneHeightEstimate,
  lanesToFill,
  matchTimeline,
  overflowIndex,
  timelineGrid,
  statusesIn,
  todayPosition,
  type BucketKey,
  type TimelineLayout,
  type TimelineCell,
} from 'docusaurus-plugin-roadmark/client';
import type {Props} from '@theme/RoadmapTimelineView';
import Lane from './Lane.jsx';
import {useFilters} from './useFilters.js';
import {useExpandedCells} from './useExpandedCells.js';
import {detailIdOfClick, useItemDetail} from './useItemDetail.js';
import type {OverflowMode} from './overflowMode.js';
import {historyLinks} from './historyLinks.js';
import styles from './styles.module.css';

function bucketLabel(bucket: BucketKey, layout: TimelineLayout): string {
  if (layout === 'release') return translate({id: 'roadmark.bucket.noRelease', message: 'No release', description: 'Timeline column of the items that name no release'});
  switch (bucket) {
    case 'now':
      return translate({id: 'roadmark.bucket.now', message: 'Now'});
    case 'next':
      return translate({id: 'roadmark.bucket.next', message: 'Next'});
    case 'later':
      return translate({id: 'roadmark.bucket.later', message: 'Later'});
    default:
      return translate({id: 'roadmark.bucket.unscheduled', message: 'Unscheduled'});
  }
}

function columnHeadLabel(label: string, layout: TimelineLayout): string {
  return layout === 'release' ? translate({id: 'roadmark.item.release', message: 'Release {release}'}, {release: label}) : label;
}

function unthemedLabel(): string {
  return translate({id: 'roadmark.lane.unthemed', message: 'Other items', description: 'Lane of roadmap items without a theme'});
}

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** About two screens of lanes: what a client-side navigation renders before the rest. */
const FIRST_SCREENS_REM = 120;
/** From this many items a timeline skips laying out what is off screen (content-visibility; see styles). */
const VIRTUALIZE_FROM_ITEMS = 150;
const NO_CELLS: readonly TimelineCell[] = [];

/** Without scripts nothing can expand a cell: show every card and drop the buttons. */
const NO_SCRIPT_CSS = `.${styles.overflow}[hidden]{display:contents!important}.${styles.more}{display:none!important}`;

export default function RoadmapTimelineView({document, syncUrl = true, showFilters = true, initialFilters}: Props): React.ReactElement {
  const {roadmap} = document;
  const initial = useMemo(() => initialFilters ?? {}, [initialFilters]);
  const {filters, initial: serverFilters, setFilters, isBrowser} = useFilters(syncUrl, initial);
  // The filter bar follows every keystroke; the grid follows at a lower priority, in slices React can interrupt.
  const gridFilters = useDeferredValue(filters);
  const zoom = gridFilters.zoom ?? document.defaultZoom;
  const grid = useMemo(() => timelineGrid(roadmap, zoom, document.fiscalYearStartMonth), [roadmap, zoom, document.fiscalYearStartMonth]);
  const lanes = useMemo(() => lanesOf(roadmap), [roadmap]);
  const labels = useMemo(() => lanes.map((lane) => lane.label ?? unthemedLabel()), [lanes]);
  const cells = useMemo(() => lanes.map((lane) => laneCells(lane.items, grid.place)), [lanes, grid]);
  const overflowOf = useMemo(() => overflowIndex(cells.flat()), [cells]);
  const history = useMemo(() => historyLinks(document), [document]);
  const heights = useMemo(() => cells.map((cellsOfLane) => laneHeightEstimate(cellsOfLane, document.editUrl !== null)), [cells, document.editUrl]);
  const totalColumns = Math.max(1, grid.columns.length + grid.buckets.length);
  // Filter choices cover every theme an item or sub-item has (the home page links to each of them), lanes first;
  // the themes only sub-items carry are marked so.
  const themes = useMemo(() => themeChoices(lanes, labels, roadmap.themes), [lanes, labels, roadmap.themes]);
  // Cards mark their sub-items of another theme with that theme's name.
  const themeInfo = useMemo(() => {
    const info: Record<string, {label: string; color: string | null}> = {};
    for (const theme of themes) info[theme.id] = {label: theme.label, color: theme.color};
    return info;
  }, [themes]);
  const laneCounts = useMemo(() => lanes.map(laneItemCount), [lanes]);
  // What each column header says, so that cards in one column need not say it again.
  const columnLabels = useMemo(
    () =>
      grid.layout === 'cards'
        ? []
        : [...grid.columns.map((column) => columnHeadLabel(column.label, grid.layout)), ...grid.buckets.map((bucket) => bucketLabel(bucket, grid.layout))],
    [grid],
  );

  // Only what carries information: no status pills, filters or legend for a file that states no status.
  const statuses = useMemo(() => statusesIn(roadmap.items), [roadmap.items]);
  const showStatus = statuses.some((status) => status !== 'unknown');

  const [today, setToday] = useState<string | null>(null);
  useEffect(() => setToday(localToday()), []);
  // Only a time axis has a today; computed after hydration, so the HTML is the same whatever day it is built.
  const timeAxis = grid.layout === 'time' && grid.columns.length > 0;
  const todayAt = today && timeAxis ? todayPosition(grid.columns, today) : null;
  const todayOutside = today !== null && timeAxis && (today < grid.columns[0]!.start || today > grid.columns[grid.columns.length - 1]!.end);

  const filtering = isBrowser && isFiltering(gridFilters);
  const total = useMemo(() => flatten(roadmap.items).length, [roadmap.items]);
  const matches = useMemo(() => {
    if (!filtering) return null;
    const themeLabels = new Map(themes.map((t) => [t.id, t.label]));
    return matchTimeline(lanes.map((lane, index) => ({label: labels[index]!, items: lane.items})), gridFilters, (id) => themeLabels.get(id) ?? '');
  }, [filtering, gridFilters, lanes, labels, themes]);

  // Crowded cells keep the server's HTML for their hidden cards until the view differs from the server's.
  const [hydratesServerHtml] = useState(!isBrowser);
  const [keepIslands, setKeepIslands] = useState(true);
  const pristine = zoom === (serverFilters.zoom ?? document.defaultZoom) && !filtering;
  if (keepIslands && isBrowser && !pristine) setKeepIslands(false);
  const mode: OverflowMode = !ExecutionEnvironment.canUseDOM ? 'server' : hydratesServerHtml && keepIslands ? 'island' : 'live';
  const {expanded, toggle} = useExpandedCells(overflowOf, isBrowser);

  // Without server HTML (client-side navigation), React renders the lanes of the first screens at once
  // and the others in a transition, in slices, so that no single task renders the whole timeline.
  const [allLanes, setAllLanes] = useState(hydratesServerHtml);
  useEffect(() => {
    if (!allLanes) startTransition(() => setAllLanes(true));
  }, [allLanes]);
  const firstLanes = useMemo(() => lanesToFill(heights, FIRST_SCREENS_REM), [heights]);

  // The item detail: one dialog for the whole timeline, opened from any card's detail link.
  const detail = useItemDetail(syncUrl);
  const found = useMemo(() => (detail.openId ? findItem(roadmap.items, detail.openId) : null), [detail.openId, roadmap.items]);
  const detailThemeLabel = useMemo(() => {
    if (!found) return '';
    const id = themeIdOf(found.item);
    return themes.find((theme) => theme.id === id)?.label ?? found.item.themeRaw ?? unthemedLabel();
  }, [found, themes]);
  const onClick = (event: React.MouseEvent): void => {
    const id = detailIdOfClick(event);
    if (id === null) return;
    event.preventDefault();
    detail.open(id);
  };

  const template = {'--rm-columns': totalColumns} as React.CSSProperties;

  if (roadmap.items.length === 0) {
    return (
      <p className={styles.empty} data-testid="roadmap-empty">
        <Translate id="roadmark.timeline.empty">This roadmap file lists no items.</Translate>
      </p>
    );
  }

  return (
    <div className={clsx(styles.timeline, grid.layout === 'cards' && styles.cardsLayout, roadmap.items.length >= VIRTUALIZE_FROM_ITEMS && styles.virtualized)} data-testid="roadmap-timeline" data-zoom={zoom} data-layout={grid.layout} onClick={onClick}>
      <noscript>
        <style>{NO_SCRIPT_CSS}</style>
      </noscript>
      {showFilters ? (
        <RoadmapFilters filters={{...filters, zoom: filters.zoom ?? document.defaultZoom}} onChange={setFilters} themes={themes} statuses={showStatus ? statuses : []} zoom={filters.zoom ?? document.defaultZoom} showZoom={grid.layout === 'time' && grid.columns.length > 1} visible={matches ? matches.count : total} total={total} />
      ) : null}
      {showStatus && !showFilters ? <RoadmapLegend statuses={statuses} /> : null}
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={translate({id: 'roadmark.timeline.region', message: 'Timeline of {title}'}, {title: document.title})}>
        <div className={styles.grid} style={template}>
          {grid.layout === 'cards' ? null : (
          <div className={clsx(styles.lane, styles.axis)} aria-hidden="true">
            <div className={styles.laneLabel} />
            <div className={styles.laneCells}>
              {grid.columns.map((column) => (
                <div key={column.key} className={clsx(styles.columnHead, grid.gapBefore.has(column.key) && styles.gapBefore)} data-testid="roadmap-axis-column">
                  {columnHeadLabel(column.label, grid.layout)}
                </div>
              ))}
              {grid.buckets.map((bucket) => (
                <div key={bucket} className={clsx(styles.columnHead, styles.bucketHead)} data-testid="roadmap-bucket-column">
                  {bucketLabel(bucket, grid.layout)}
                </div>
              ))}
            </div>
          </div>
          )}
          {lanes.map((lane, index) => (
            <Lane key={lane.id} lane={lane} label={labels[index]!} count={laneCounts[index]!} themes={themeInfo} cells={allLanes || index < firstLanes ? cells[index]! : NO_CELLS} heightEstimate={heights[index]!} mode={mode} matches={matches} filters={filtering ? gridFilters : undefined} expanded={expanded} onToggle={toggle} editUrl={document.editUrl} history={history} showStatus={showStatus} columnLabels={columnLabels} pageTitle={roadmap.title ?? document.title} />
          ))}
          {todayAt !== null ? (
            <div className={styles.today} style={{'--rm-today': todayAt * (grid.columns.length / totalColumns)} as React.CSSProperties} data-testid="roadmap-today">
              <span className={styles.todayLabel}>
                <Translate id="roadmark.timeline.today">Today</Translate>
              </span>
            </div>
          ) : null}
        </div>
      </div>
      <RoadmapItemDetail item={found?.item ?? null} parents={found?.parents ?? []} document={document} themeLabel={detailThemeLabel} themes={themeInfo} pageHref={syncUrl ? null : document.permalinks.timeline} showStatus={showStatus} onClose={detail.close} />
      {todayOutside ? (
        <p className={styles.note} data-testid="roadmap-today-outside">
          <Translate id="roadmark.timeline.todayOutside" values={{today: today!, from: grid.columns[0]!.label, to: grid.columns[grid.columns.length - 1]!.label}}>
            {'Today ({today}) is outside this roadmap’s range ({from} – {to}).'}
          </Translate>
        </p>
      ) : null}
    </div>
  );
}
