/**
 * The feature matrix: rows are canonical themes and their items, columns are
 * periods (then releases, horizons, unscheduled), cells show the status.
 */
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import React from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';

function itemCount(count: number): string {
  return count === 1
    ? translate({id: 'roadmark.count.one', message: '1 item'})
    : translate({id: 'roadmark.count.many', message: '{count} items'}, {count});
}
import RoadmapStatus from '@theme/RoadmapStatus';
import RoadmapInline from '@theme/RoadmapInline';
import RoadmapLegend from '@theme/RoadmapLegend';
import {flatten, lanesOf, matrixColumnOf, matrixColumns, statusesIn, statusKey, UNTHEMED} from 'docusaurus-plugin-roadmark/client';
import type {Props} from '@theme/RoadmapMatrixView';
import styles from './styles.module.css';

export default function RoadmapMatrixView({document, linkToTimeline = true}: Props): React.ReactElement {
  const brokenLinks = useBrokenLinks();
  const {roadmap} = document;
  const columns = matrixColumns(roadmap);
  const lanes = lanesOf(roadmap);
  // Only what carries information: the legend lists the statuses the file uses; a file that states
  // none gets a plain mark in each item's column instead of a "No status" pill on every row.
  const statuses = statusesIn(roadmap.items);
  const showStatus = statuses.some((status) => status !== 'unknown');
  if (roadmap.items.length === 0) {
    return (
      <p className={styles.empty} data-testid="roadmap-empty">
        <Translate id="roadmark.timeline.empty">This roadmap file lists no items.</Translate>
      </p>
    );
  }
  const columnLabel = (label: string, kind: string) =>
    kind === 'unscheduled' ? translate({id: 'roadmark.bucket.unscheduled', message: 'Unscheduled'}) : label;
  return (
    <div className={styles.matrix} data-testid="roadmap-matrix">
      {showStatus ? <RoadmapLegend statuses={statuses} /> : null}
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={translate({id: 'roadmark.matrix.region', message: 'Feature matrix of {title}'}, {title: document.title})}>
        <table className={styles.table}>
          <caption className={styles.caption}>
            <Translate id="roadmark.matrix.caption" values={{title: document.title}}>
              {'{title}: items by theme and period'}
            </Translate>
          </caption>
          <thead>
            <tr>
              <th scope="col" className={styles.itemHead}>
                <Translate id="roadmark.matrix.itemColumn">Theme / item</Translate>
              </th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={clsx(styles.columnHead, column.kind !== 'period' && styles.softHead)} data-testid="roadmap-matrix-column">
                  {columnLabel(column.label, column.kind)}
                </th>
              ))}
            </tr>
          </thead>
          {lanes.map((lane) => {
            const rows = flatten(lane.items);
            const label = lane.label ?? translate({id: 'roadmark.lane.unthemed', message: 'Other items'});
            return (
              <tbody key={lane.id} data-testid="roadmap-matrix-theme" data-theme-id={lane.id} style={lane.color ? ({'--rm-lane-color': lane.color} as React.CSSProperties) : undefined}>
                <tr className={styles.themeRow}>
                  <th scope="rowgroup" className={clsx(styles.themeName, lane.id === UNTHEMED && styles.unthemed)}>
                    {label}
                  </th>
                  {columns.map((column) => {
                    const count = rows.filter(({item}) => matrixColumnOf(item).key === column.key).length;
                    return (
                      <td key={column.key} className={styles.themeCount}>
                        {count > 0 ? itemCount(count) : null}
                      </td>
                    );
                  })}
                </tr>
                {rows.map(({item, depth}) => {
                  brokenLinks.collectAnchor(item.id);
                  const at = matrixColumnOf(item).key;
                  return (
                    <tr key={item.id} id={item.id} className={styles.itemRow} data-testid="roadmap-matrix-item" data-item-id={item.id} data-status={statusKey(item)}>
                      <th scope="row" className={styles.itemName} style={{paddingLeft: `${0.75 + depth * 1.1}rem`}}>
                        {linkToTimeline ? (
                          <a href={`${document.permalinks.timeline}#${item.id}`} className={styles.itemLink}>
                            <RoadmapInline nodes={item.content} links={false} />
                          </a>
                        ) : (
                          <RoadmapInline nodes={item.content} links={false} />
                        )}
                      </th>
                      {columns.map((column) => (
                        <td key={column.key} className={styles.cell}>
                          {column.key !== at ? null : showStatus ? (
                            <RoadmapStatus status={statusKey(item)} />
                          ) : (
                            <span className={styles.mark} role="img" aria-label={translate({id: 'roadmark.matrix.listed', message: 'Listed here', description: 'Accessible name of the mark in the feature matrix cell of an item, for a roadmap that states no statuses'})} data-testid="roadmap-matrix-mark">
                              ●
                            </span>
                          )}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            );
          })}
        </table>
      </div>
    </div>
  );
}
