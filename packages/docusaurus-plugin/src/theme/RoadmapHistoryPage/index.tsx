/**
 * `<base>/<slug>/history`: every item of one roadmap across its versions. A
 * matrix with the versions as columns and one row per item (its lineage key is
 * the row's anchor), each row telling its story in a translated sentence, a
 * theme filter, and the slip report. 100 versions × 300 items stay light:
 * a run of versions in which an item did not change is one cell spanning them
 * (the DOM grows with the changes), and only the last versions are shown until
 * the reader asks for all (100 columns do not fit a screen; each row's
 * sentence covers every version, so the window hides no fact).
 * The route module is `roadmapHistory`, not `history`: react-router passes its
 * own `history` prop to route components, which would shadow the data.
 */
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import React, {useCallback, useMemo} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Layout from '@theme/Layout';
import Translate, {translate} from '@docusaurus/Translate';
import RoadmapStatus from '@theme/RoadmapStatus';
import RoadmapSlipReport from '@theme/RoadmapSlipReport';
import type {HistoryEvent, Lineage} from '@roadmark/core/history';
import {
  eventsByVersion,
  historyCells,
  lineageTheme,
  parseHistoryQuery,
  serializeHistoryQuery,
  themeOptions,
  versionWindow,
  type HistoryCell,
  type HistoryQuery,
} from 'docusaurus-plugin-roadmark/client';
import type {Props} from '@theme/RoadmapHistoryPage';
import styles from './styles.module.css';
import {storyOf, themeLabel, versionClauses, type Story, type Themes} from './story.js';

/** Beyond this many steps a story folds away, so one busy item does not make its row a page tall. */
const SHORT_STORY = 4;

function Cell({cell, tooltip}: {cell: HistoryCell; tooltip: string | undefined}): React.ReactElement {
  const {state} = cell;
  const span = cell.to - cell.from + 1;
  return (
    <td
      colSpan={span > 1 ? span : undefined}
      className={clsx(styles.cell, cell.changed && styles.changed, cell.isNew && styles.isNew, !state && styles.absent)}
      title={tooltip}
      data-from={cell.from}
      data-changed={cell.changed || cell.isNew ? 'true' : undefined}>
      {state ? (
        <span className={styles.cellLine}>
          {cell.changed ? (
            <span className={styles.mark}>
              <span aria-hidden="true">Δ</span>
              <span className={styles.srOnly}>
                <Translate id="roadmark.history.cell.changed">changed:</Translate>
              </span>
            </span>
          ) : null}
          {cell.isNew ? (
            <span className={styles.mark}>
              <span aria-hidden="true">+</span>
              <span className={styles.srOnly}>
                <Translate id="roadmark.history.cell.new">new:</Translate>
              </span>
            </span>
          ) : null}
          {state.period ? (
            <span className={styles.period}>{state.period}</span>
          ) : (
            <span className={styles.unscheduled}>
              <span aria-hidden="true">•</span>
              <span className={styles.srOnly}>
                <Translate id="roadmark.history.cell.unscheduled">listed, no date</Translate>
              </span>
            </span>
          )}
          {state.status ? <RoadmapStatus status={state.status} compact /> : null}
        </span>
      ) : cell.dropped ? (
        <span className={styles.gone}>
          <span aria-hidden="true">✕ </span>
          <Translate id="roadmark.history.cell.gone">not listed</Translate>
        </span>
      ) : null}
    </td>
  );
}

interface Row {
  lineage: Lineage;
  byVersion: Map<number, HistoryEvent[]>;
  story: Story;
}

/**
 * The row's header and cells. Memoized: filtering only toggles the rows'
 * `hidden`, so the cells of 300 rows are not rendered again.
 */
const RowContent = React.memo(function RowContent({row, start, end, themes, open}: {row: Row; start: number; end: number; themes: Themes; open: boolean}): React.ReactElement {
  const {lineage, byVersion, story} = row;
  const text = (
    <span className={styles.story} data-testid="roadmap-history-story">
      {story.text}
    </span>
  );
  return (
    <>
      <th scope="row" className={styles.itemCell}>
        <span className={styles.itemTitle}>{lineage.title}</span>
        <span className={styles.itemTheme}>{themeLabel(themes, lineage.theme)}</span>
        {story.steps > SHORT_STORY ? (
          <details className={styles.storyDetails} open={open || undefined}>
            <summary>{translate({id: 'roadmark.history.storyToggle', message: 'Its story: {count} steps'}, {count: story.steps})}</summary>
            {text}
          </details>
        ) : (
          text
        )}
      </th>
      {historyCells(lineage, byVersion, start, end).map((cell) => {
        // The first version's items were not "introduced" by anything: no tooltip there.
        const events = cell.events.filter((e) => e.kind !== 'introduced' || cell.from > 0);
        return <Cell key={cell.from} cell={cell} tooltip={events.length > 0 ? versionClauses(events, themes) : undefined} />;
      })}
    </>
  );
});

/** The element id a `#hash` names; a malformed escape is taken as written. */
function hashTarget(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

function useHistoryQuery(): [HistoryQuery, (next: HistoryQuery) => void] {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  // Before hydration: the defaults, so the first client render matches the HTML.
  const query = useMemo(() => (isBrowser ? parseHistoryQuery(location.search) : {theme: null, allVersions: false}), [isBrowser, location.search]);
  const update = useCallback(
    (next: HistoryQuery) => history.replace({...location, search: serializeHistoryQuery(next, location.search)}),
    [history, location],
  );
  return [query, update];
}

export default function RoadmapHistoryPage({roadmapHistory: page}: Props): React.ReactElement {
  const brokenLinks = useBrokenLinks();
  const {history, versions, themes} = page;
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const [query, setQuery] = useHistoryQuery();
  const rows = useMemo(
    (): Row[] =>
      history.lineages.map((lineage) => {
        const byVersion = eventsByVersion(lineage.events);
        return {lineage, byVersion, story: storyOf(byVersion, versions, themes)};
      }),
    [history.lineages, versions, themes],
  );
  const options = useMemo(() => themeOptions(history.lineages, themes), [history.lineages, themes]);

  // A link to a row whose versions are all older than the window shows every version.
  const target = isBrowser && location.hash ? hashTarget(location.hash) : null;
  const windowed = versionWindow(versions.length, false);
  const targetOutside = target !== null && history.lineages.some((l) => l.key === target && l.last < windowed.start);
  const shown = versionWindow(versions.length, query.allVersions || targetOutside);
  const visibleVersions = versions.slice(shown.start, shown.end + 1);
  const theme = query.theme && options.some((o) => o.id === query.theme) ? query.theme : null;
  const visibleRows = theme ? rows.filter(({lineage}) => lineageTheme(lineage) === theme).length : rows.length;
  const newest = versions[versions.length - 1];
  const title = translate({id: 'roadmark.history.pageTitle', message: '{title}: history'}, {title: page.title});

  return (
    <Layout title={title} description={page.description}>
      <main className="container container--fluid margin-vert--lg roadmark" data-testid="roadmap-history-page">
        <nav className={styles.breadcrumbs} aria-label="Breadcrumbs">
          <Link to={page.changesPermalink}>
            <Translate id="roadmark.version.nav.changeLog">All versions and changes</Translate>
          </Link>
          {newest?.permalink ? (
            <>
              <span aria-hidden="true"> · </span>
              <Link to={newest.permalink}>
                <Translate id="roadmark.history.newestTimeline" values={{version: newest.label}}>
                  {'Timeline of the newest version ({version})'}
                </Translate>
              </Link>
            </>
          ) : null}
        </nav>
        <h1>
          <Translate id="roadmark.history.title" values={{title: page.title}}>
            {'{title}: history across versions'}
          </Translate>
        </h1>
        <p className={styles.lead}>
          <Translate
            id="roadmark.history.lead"
            values={{items: history.lineages.length, versions: versions.length, first: versions[0]?.label ?? '', last: newest?.label ?? ''}}>
            {'{versions} versions, from {first} to {last}; items followed: {items}.'}
          </Translate>
        </p>

        <section aria-labelledby="roadmark-slips">
          <h2 id="roadmark-slips">
            <Translate id="roadmark.history.slipsTitle">How far dates moved</Translate>
          </h2>
          <RoadmapSlipReport slips={page.slips} themes={themes} />
        </section>

        <section aria-labelledby="roadmark-matrix">
          <h2 id="roadmark-matrix">
            <Translate id="roadmark.history.matrixTitle">Every item in every version</Translate>
          </h2>
          <div className={styles.controls}>
            <label className={styles.control}>
              <Translate id="roadmark.history.themeFilter">Theme</Translate>
              <select value={theme ?? ''} disabled={!isBrowser} onChange={(e) => setQuery({...query, theme: e.target.value || null})} data-testid="roadmap-history-theme">
                <option value="">{translate({id: 'roadmark.history.allThemes', message: 'All themes ({count})'}, {count: rows.length})}</option>
                {options.map((option) => (
                  <option key={option.id} value={option.id}>
                    {themeLabel(themes, option.id)} ({option.count})
                  </option>
                ))}
              </select>
            </label>
            {shown.collapsible ? (
              <button
                type="button"
                className={clsx('button button--sm', query.allVersions ? 'button--primary' : 'button--secondary')}
                aria-pressed={query.allVersions}
                aria-controls="roadmark-history-table"
                disabled={!isBrowser}
                onClick={() => setQuery({...query, allVersions: !query.allVersions})}
                data-testid="roadmap-history-all-versions">
                <Translate id="roadmark.history.allVersions" values={{count: versions.length}}>
                  {'Show all {count} versions'}
                </Translate>
              </button>
            ) : null}
            <span className={styles.count} role="status">
              <Translate id="roadmark.history.shown" values={{rows: visibleRows, total: rows.length, versions: visibleVersions.length, all: versions.length}}>
                {'{rows} of {total} items · {versions} of {all} versions'}
              </Translate>
            </span>
          </div>
          <p className={styles.legend}>
            <Translate id="roadmark.history.legend">Δ changed in that version · + listed for the first time (or again) · • listed, no date · ✕ no longer listed. Each row tells the item’s whole story.</Translate>
          </p>
          <div className={styles.scroller} tabIndex={0} role="region" aria-label={translate({id: 'roadmark.history.region', message: 'History of every item of {title}'}, {title: page.title})}>
            <table className={styles.table} id="roadmark-history-table" data-testid="roadmap-history-matrix">
              <caption className={styles.caption}>
                <Translate id="roadmark.history.caption" values={{title: page.title}}>
                  {'{title}: each item (rows) in each version (columns)'}
                </Translate>
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={styles.itemHead}>
                    <Translate id="roadmark.history.itemColumn">Item and its story</Translate>
                  </th>
                  {visibleVersions.map((version) => (
                    <th key={version.name} scope="col" className={styles.versionHead} data-version={version.name}>
                      {version.permalink ? <Link to={version.permalink}>{version.label}</Link> : version.label}
                      {version.date ? <span className={styles.date}>{version.date}</span> : null}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const {lineage} = row;
                  brokenLinks.collectAnchor(lineage.key);
                  const color = lineage.theme ? themes[lineage.theme]?.color : null;
                  return (
                    <tr
                      key={lineage.key}
                      id={lineage.key}
                      className={styles.row}
                      hidden={theme !== null && lineageTheme(lineage) !== theme}
                      data-testid="roadmap-history-row"
                      data-theme-id={lineageTheme(lineage)}
                      style={color ? ({'--rm-lane-color': color} as React.CSSProperties) : undefined}>
                      <RowContent row={row} start={shown.start} end={shown.end} themes={themes} open={lineage.key === target} />
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      </main>
    </Layout>
  );
}
