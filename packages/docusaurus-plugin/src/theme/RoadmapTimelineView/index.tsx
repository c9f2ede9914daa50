/**
 * The timeline: a time axis of calendar columns (quarters by default), then
 * Now / Next / Later / Unscheduled columns; one lane per canonical theme.
 * The server renders every item; in the browser, filters and zoom are read
 * from and written to the URL query (only after hydration, so the first
 * client render matches the HTML).
 */
import React, {useCallback, useEffect, useMemo, useState} from 'react';
import clsx from 'clsx';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Translate, {translate} from '@docusaurus/Translate';
import RoadmapItemCard from '@theme/RoadmapItemCard';
import RoadmapFilters from '@theme/RoadmapFilters';
import RoadmapLegend from '@theme/RoadmapLegend';
import {
  flatten,
  itemMatches,
  lanesOf,
  NO_FILTERS,
  parseFilters,
  serializeFilters,
  timelineGrid,
  todayPosition,
  treeMatches,
  UNTHEMED,
  type BucketKey,
  type TimelineFilters,
} from 'docusaurus-plugin-roadmark/client';
import type {Props} from '@theme/RoadmapTimelineView';
import styles from './styles.module.css';

function bucketLabel(bucket: BucketKey): string {
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

function unthemedLabel(): string {
  return translate({id: 'roadmark.lane.unthemed', message: 'Other items', description: 'Lane of roadmap items without a theme'});
}

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Filters live in the URL when `syncUrl`; otherwise in component state (embeds). */
function useFilters(syncUrl: boolean, initial: Partial<TimelineFilters>): [TimelineFilters, (next: TimelineFilters) => void, boolean] {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const base = useMemo(() => ({...NO_FILTERS, ...initial}), [initial]);
  const [local, setLocal] = useState<TimelineFilters>(base);
  const active = isBrowser ? (syncUrl ? {...base, ...definedOnly(parseFilters(location.search))} : local) : base;
  const update = useCallback(
    (next: TimelineFilters) => {
      if (!syncUrl) return setLocal(next);
      history.replace({...location, search: serializeFilters(next, location.search)});
    },
    [history, location, syncUrl],
  );
  return [active, update, isBrowser];
}

function definedOnly(filters: TimelineFilters): Partial<TimelineFilters> {
  const out: Partial<TimelineFilters> = {};
  if (filters.themes.length) out.themes = filters.themes;
  if (filters.statuses.length) out.statuses = filters.statuses;
  if (filters.text) out.text = filters.text;
  if (filters.zoom) out.zoom = filters.zoom;
  return out;
}

export default function RoadmapTimelineView({document, syncUrl = true, showFilters = true, initialFilters}: Props): React.ReactElement {
  const {roadmap} = document;
  const initial = useMemo(() => initialFilters ?? {}, [initialFilters]);
  const [filters, setFilters, isBrowser] = useFilters(syncUrl, initial);
  const zoom = filters.zoom ?? document.defaultZoom;
  const grid = useMemo(() => timelineGrid(roadmap, zoom, document.fiscalYearStartMonth), [roadmap, zoom, document.fiscalYearStartMonth]);
  const lanes = useMemo(() => lanesOf(roadmap), [roadmap]);
  const totalColumns = grid.columns.length + grid.buckets.length;
  // Filter choices cover every theme an item or sub-item has (the home page links to each of them), lanes first.
  const themes = useMemo(() => {
    const choices = lanes.map((lane) => ({id: lane.id, label: lane.label ?? unthemedLabel(), color: lane.color}));
    const seen = new Set(choices.map((choice) => choice.id));
    for (const theme of roadmap.themes) {
      if (!seen.has(theme.id)) choices.push({id: theme.id, label: theme.label, color: theme.color});
    }
    return choices;
  }, [lanes, roadmap.themes]);

  const [today, setToday] = useState<string | null>(null);
  useEffect(() => setToday(localToday()), []);
  const todayAt = today ? todayPosition(grid.columns, today) : null;

  const filtering = isBrowser && (filters.themes.length > 0 || filters.statuses.length > 0 || filters.text !== '');
  const shown = (itemTheme: string) => (item: Parameters<typeof treeMatches>[0]) => !filtering || treeMatches(item, filters, itemTheme);
  const total = flatten(roadmap.items).length;
  const themeLabels = new Map(themes.map((t) => [t.id, t.label]));
  const visible = filtering
    ? flatten(roadmap.items).filter(({item}) => itemMatches(item, filters, themeLabels.get(item.theme ?? UNTHEMED) ?? '')).length
    : total;

  const template = {'--rm-columns': totalColumns} as React.CSSProperties;

  if (roadmap.items.length === 0) {
    return (
      <p className={styles.empty} data-testid="roadmap-empty">
        <Translate id="roadmark.timeline.empty">This roadmap file lists no items.</Translate>
      </p>
    );
  }

  return (
    <div className={styles.timeline} data-testid="roadmap-timeline" data-zoom={zoom}>
      {showFilters ? <RoadmapFilters filters={{...filters, zoom}} onChange={setFilters} themes={themes} zoom={zoom} showZoom={grid.columns.length > 0} visible={visible} total={total} /> : null}
      <RoadmapLegend />
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={translate({id: 'roadmark.timeline.region', message: 'Timeline of {title}'}, {title: document.title})}>
        <div className={styles.grid} style={template}>
          <div className={clsx(styles.lane, styles.axis)} aria-hidden="true">
            <div className={styles.laneLabel} />
            <div className={styles.laneCells}>
              {grid.columns.map((column) => (
                <div key={column.key} className={styles.columnHead} data-testid="roadmap-axis-column">
                  {column.label}
                </div>
              ))}
              {grid.buckets.map((bucket) => (
                <div key={bucket} className={clsx(styles.columnHead, styles.bucketHead)} data-testid="roadmap-bucket-column">
                  {bucketLabel(bucket)}
                </div>
              ))}
            </div>
          </div>
          {lanes.map((lane) => {
            const label = lane.label ?? unthemedLabel();
            const laneShown = lane.items.filter(shown(label));
            return (
              <section key={lane.id} className={styles.lane} aria-label={label} hidden={filtering && laneShown.length === 0} data-testid="roadmap-lane" data-theme-id={lane.id} style={lane.color ? ({'--rm-lane-color': lane.color} as React.CSSProperties) : undefined}>
                <h2 className={clsx(styles.laneLabel, lane.id === UNTHEMED && styles.unthemed)}>
                  <span>{label}</span>
                  <span className={styles.laneCount}>{lane.items.length}</span>
                </h2>
                <div className={styles.laneCells}>
                  {lane.items.map((item) => {
                    const place = grid.place.get(item.id)!;
                    return (
                      <RoadmapItemCard key={item.id} item={item} editUrl={document.editUrl} themeLabel={label} filters={filtering ? filters : undefined} hidden={filtering && !treeMatches(item, filters, label)} style={{gridColumn: `${place.from} / ${place.to}`}} />
                    );
                  })}
                </div>
              </section>
            );
          })}
          {todayAt !== null ? (
            <div className={styles.today} style={{'--rm-today': todayAt * (grid.columns.length / totalColumns)} as React.CSSProperties} data-testid="roadmap-today">
              <span className={styles.todayLabel}>
                <Translate id="roadmark.timeline.today">Today</Translate>
              </span>
            </div>
          ) : null}
        </div>
      </div>
      {today && grid.columns.length > 0 && todayAt === null ? (
        <p className={styles.note} data-testid="roadmap-today-outside">
          <Translate id="roadmark.timeline.todayOutside" values={{today, from: grid.columns[0]!.label, to: grid.columns[grid.columns.length - 1]!.label}}>
            {'Today ({today}) is outside this roadmap’s range ({from} – {to}).'}
          </Translate>
        </p>
      ) : null}
    </div>
  );
}
