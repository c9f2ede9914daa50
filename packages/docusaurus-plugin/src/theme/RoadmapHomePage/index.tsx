/** The instance's home: every roadmap with its date, counts by status and theme, and links. */
import React from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Translate from '@docusaurus/Translate';
import RoadmapStatus from '@theme/RoadmapStatus';
import RoadmapVersionBanner from '@theme/RoadmapVersionBanner';
import {STATUS_KEYS, type RoadmapSummary} from 'docusaurus-plugin-roadmark/client';
import type {Props} from '@theme/RoadmapHomePage';
import styles from './styles.module.css';

function RoadmapCard({summary}: {summary: RoadmapSummary}): React.ReactElement {
  const {stats, permalinks} = summary;
  return (
    <li className={styles.card} data-testid="roadmap-summary" data-slug={summary.slug}>
      <h2 className={styles.cardTitle}>
        <Link to={permalinks.timeline}>{summary.title}</Link>
      </h2>
      <p className={styles.meta}>
        {summary.updated ? (
          <Translate id="roadmark.page.updated" values={{date: <time dateTime={summary.updated}>{summary.updated}</time>}}>
            {'Updated {date}'}
          </Translate>
        ) : (
          <Translate id="roadmark.home.undated">No date in the file</Translate>
        )}
        <span aria-hidden="true"> · </span>
        <span>{summary.source}</span>
      </p>
      <p className={styles.count}>
        <Translate id="roadmark.page.itemCount" values={{count: stats.items, themes: summary.themes.length}}>
          {'{count} items in {themes} themes'}
        </Translate>
        {stats.scheduled > 0 ? (
          <>
            {' · '}
            <Translate id="roadmark.home.scheduled" values={{count: stats.scheduled}}>
              {'{count} scheduled'}
            </Translate>
          </>
        ) : null}
      </p>
      {/* A file that states no status anywhere gets no status counts: "No status 11" says nothing. */}
      {stats.byStatus.unknown < stats.items ? (
        <ul className={styles.statuses} aria-label="Items by status">
          {STATUS_KEYS.filter((status) => stats.byStatus[status] > 0).map((status) => (
            <li key={status}>
              <RoadmapStatus status={status} /> <span className={styles.number}>{stats.byStatus[status]}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {summary.themes.length > 0 ? (
        <ul className={styles.themes} aria-label="Themes">
          {summary.themes.map((theme) => (
            <li key={theme.id} style={theme.color ? ({'--rm-lane-color': theme.color} as React.CSSProperties) : undefined}>
              <Link to={`${permalinks.timeline}?theme=${encodeURIComponent(theme.id)}`}>
                {theme.label} <span className={styles.number}>{theme.count}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <div className={styles.actions}>
        <Link className="button button--primary" to={permalinks.timeline}>
          <Translate id="roadmark.nav.timeline">Timeline</Translate>
        </Link>
        <Link className="button button--secondary" to={permalinks.matrix}>
          <Translate id="roadmark.nav.matrix">Feature matrix</Translate>
        </Link>
        {permalinks.history ? (
          <Link className="button button--secondary" to={permalinks.history}>
            <Translate id="roadmark.nav.history">History</Translate>
          </Link>
        ) : null}
      </div>
    </li>
  );
}

export default function RoadmapHomePage({home}: Props): React.ReactElement {
  return (
    <Layout title={home.title} description={home.description}>
      {home.versionContext?.version.noIndex ? (
        <Head>
          <meta name="robots" content="noindex, nofollow" />
        </Head>
      ) : null}
      <main className="container margin-vert--lg roadmark" data-testid="roadmap-home-page">
        {home.versionContext ? <RoadmapVersionBanner context={home.versionContext} /> : null}
        <h1>{home.title}</h1>
        {home.versionContext ? (
          <p className={styles.version} data-testid="roadmap-version">
            <Translate id="roadmark.version.fact" values={{version: <strong>{home.versionContext.version.label}</strong>}}>
              {'Version {version}'}
            </Translate>
            {home.versionContext.version.date ? (
              <>
                {' · '}
                <time dateTime={home.versionContext.version.date}>{home.versionContext.version.date}</time>
              </>
            ) : null}
          </p>
        ) : null}
        <p className={styles.lead}>{home.description}</p>
        {home.comparisonPermalink || home.changesPermalink ? (
          <p className={styles.links}>
            {home.comparisonPermalink ? (
              <Link to={home.comparisonPermalink} className="button button--outline button--primary" data-testid="roadmap-comparison-link">
                <Translate id="roadmark.home.compare" values={{count: home.roadmaps.length}}>
                  {'Compare themes across the {count} roadmaps'}
                </Translate>
              </Link>
            ) : null}
            {home.changesPermalink ? (
              <Link to={home.changesPermalink} className="button button--outline button--secondary" data-testid="roadmap-changes-link">
                <Translate id="roadmark.home.changes">What changed between versions</Translate>
              </Link>
            ) : null}
          </p>
        ) : null}
        {home.roadmaps.length === 0 ? (
          <p>
            <Translate id="roadmark.home.empty">No roadmap files were found.</Translate>
          </p>
        ) : (
          <ul className={styles.grid}>
            {home.roadmaps.map((summary) => (
              <RoadmapCard key={summary.slug} summary={summary} />
            ))}
          </ul>
        )}
      </main>
    </Layout>
  );
}
