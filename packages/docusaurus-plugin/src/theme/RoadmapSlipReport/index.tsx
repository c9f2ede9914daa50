/**
 * How often and how far a roadmap's dates moved, per theme, with a total row.
 * Sizes are in quarters (a year is 4, a month a third); only moves between two
 * calendar periods have a size.
 */
import React from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Translate, {translate} from '@docusaurus/Translate';
import type {SlipRow} from '@roadmark/core/history';
import type {Props} from '@theme/RoadmapSlipReport';
import styles from './styles.module.css';

function useFormat(): {number: (value: number) => string; percent: (value: number) => string} {
  const {i18n} = useDocusaurusContext();
  const number = new Intl.NumberFormat(i18n.currentLocale, {maximumFractionDigits: 2});
  const percent = new Intl.NumberFormat(i18n.currentLocale, {style: 'percent', maximumFractionDigits: 0});
  return {number: (value) => number.format(value), percent: (value) => percent.format(value)};
}

function Empty(): React.ReactElement {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className={styles.srOnly}>
        <Translate id="roadmark.slips.none">none</Translate>
      </span>
    </>
  );
}

function Row({row, label, color, format, total = false}: {row: SlipRow; label: string; color: string | null; format: ReturnType<typeof useFormat>; total?: boolean}): React.ReactElement {
  return (
    <tr className={clsx(total && styles.total)} data-testid={total ? 'roadmap-slip-total' : 'roadmap-slip-row'} data-theme-id={row.theme ?? undefined}>
      <th scope="row" className={styles.theme} style={color ? ({'--rm-lane-color': color} as React.CSSProperties) : undefined}>
        {label}
      </th>
      <td>{format.number(row.items)}</td>
      <td>{format.number(row.rescheduledItems)}</td>
      <td>{format.number(row.slips)}</td>
      <td>{format.number(row.pullIns)}</td>
      <td>
        {format.number(row.slippedItems)}
        {row.slippedShare !== null && row.items > 0 ? <span className={styles.share}> ({format.percent(row.slippedShare)})</span> : null}
      </td>
      <td>{row.slips > 0 ? format.number(row.totalSlipQuarters) : <Empty />}</td>
      <td>{row.meanSlipQuarters !== null ? format.number(row.meanSlipQuarters) : <Empty />}</td>
      <td>{row.reschedules > 0 ? format.number(row.netShiftQuarters) : <Empty />}</td>
      <td className={styles.largest}>
        {row.largestSlip ? (
          <>
            <a href={`#${row.largestSlip.key}`}>{row.largestSlip.title}</a>{' '}
            <span className={styles.share}>
              <Translate id="roadmark.slips.largestSize" values={{quarters: format.number(row.largestSlip.quarters)}}>
                {'(+{quarters} quarters)'}
              </Translate>
            </span>
          </>
        ) : (
          <Empty />
        )}
      </td>
    </tr>
  );
}

export default function RoadmapSlipReport({slips, themes}: Props): React.ReactElement {
  const format = useFormat();
  if (slips.rows.length === 0) {
    return (
      <p className={styles.empty} data-testid="roadmap-slip-report">
        <Translate id="roadmark.slips.empty">No item of this roadmap has a calendar date in any version, so nothing can have slipped.</Translate>
      </p>
    );
  }
  // A table of zeros says less than one sentence: no dated item ever moved.
  if (slips.totals.reschedules === 0) {
    return (
      <p className={styles.empty} data-testid="roadmap-slip-report">
        <Translate id="roadmark.slips.noMoves" values={{count: format.number(slips.totals.items)}} description="The slip report of a roadmap whose dated items never moved to another period">
          {'None of the {count} dated items moved to another period in any version.'}
        </Translate>
      </p>
    );
  }
  const themeLabel = (row: SlipRow): string =>
    row.theme === null ? translate({id: 'roadmark.lane.unthemed', message: 'Other items'}) : (row.label ?? themes[row.theme]?.label ?? row.theme);
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={translate({id: 'roadmark.slips.region', message: 'Slip report'})} data-testid="roadmap-slip-report">
      <table className={styles.table}>
        <caption className={styles.caption}>
          <Translate id="roadmark.slips.caption">How often and how far dated items moved, per theme (sizes in quarters: a year is 4, a month ⅓)</Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="roadmark.slips.theme">Theme</Translate>
            </th>
            <th scope="col">
              <Translate id="roadmark.slips.items">Dated items</Translate>
            </th>
            <th scope="col">
              <Translate id="roadmark.slips.rescheduledItems">Items moved</Translate>
            </th>
            <th scope="col">
              <Translate id="roadmark.slips.slips">Slips</Translate>
            </th>
            <th scope="col">
              <Translate id="roadmark.slips.pullIns">Pull-ins</Translate>
            </th>
            <th scope="col">
              <Translate id="roadmark.slips.slippedItems">Items that slipped</Translate>
            </th>
            <th scope="col">
              <Translate id="roadmark.slips.total">Total slip</Translate>
            </th>
            <th scope="col">
              <Translate id="roadmark.slips.mean">Mean slip</Translate>
            </th>
            <th scope="col">
              <Translate id="roadmark.slips.net">Net shift</Translate>
            </th>
            <th scope="col">
              <Translate id="roadmark.slips.largest">Largest slip</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {slips.rows.map((row) => (
            <Row key={row.theme ?? ''} row={row} label={themeLabel(row)} color={row.theme ? (themes[row.theme]?.color ?? null) : null} format={format} />
          ))}
        </tbody>
        <tfoot>
          <Row row={slips.totals} label={translate({id: 'roadmark.slips.allThemes', message: 'All themes'})} color={null} format={format} total />
        </tfoot>
      </table>
    </div>
  );
}
