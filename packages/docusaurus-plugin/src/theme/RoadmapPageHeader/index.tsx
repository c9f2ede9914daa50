/** Title, facts and the page tabs shared by the timeline and matrix pages; the version banner on older versions. */
import React from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import RoadmapVersionBanner from '@theme/RoadmapVersionBanner';
import type {Props} from '@theme/RoadmapPageHeader';
import styles from './styles.module.css';

export default function RoadmapPageHeader({document, active}: Props): React.ReactElement {
  const {roadmap, permalinks, versionContext} = document;
  return (
    <header className={styles.header}>
      {versionContext?.version.noIndex ? (
        <Head>
          <meta name="robots" content="noindex, nofollow" />
        </Head>
      ) : null}
      {versionContext ? <RoadmapVersionBanner context={versionContext} /> : null}
      <nav className={styles.breadcrumbs} aria-label="Breadcrumbs">
        <Link to={permalinks.home}>
          <Translate id="roadmark.nav.allRoadmaps">All roadmaps</Translate>
        </Link>
      </nav>
      <h1 className={styles.title}>{document.title}</h1>
      <p className={styles.facts}>
        {versionContext ? (
          <span data-testid="roadmap-version">
            <Translate id="roadmark.version.fact" values={{version: <strong>{versionContext.version.label}</strong>}}>
              {'Version {version}'}
            </Translate>
          </span>
        ) : null}
        {roadmap.updated ? (
          <span data-testid="roadmap-updated">
            <Translate id="roadmark.page.updated" values={{date: <time dateTime={roadmap.updated}>{roadmap.updated}</time>}}>
              {'Updated {date}'}
            </Translate>
          </span>
        ) : null}
        <span>
          <Translate id="roadmark.page.itemCount" values={{count: roadmap.stats.items, themes: roadmap.themes.length}}>
            {'{count} items in {themes} themes'}
          </Translate>
        </span>
        {document.editUrl ? (
          <a href={document.editUrl} target="_blank" rel="noopener noreferrer" data-testid="roadmap-source">
            <Translate id="roadmark.page.source" values={{file: document.source}}>
              {'Source: {file}'}
            </Translate>
          </a>
        ) : (
          <span>{document.source}</span>
        )}
      </p>
      <nav className={clsx('tabs', styles.tabs)} aria-label="Roadmap views">
        <Link to={permalinks.timeline} className={clsx('tabs__item', active === 'timeline' && 'tabs__item--active')} aria-current={active === 'timeline' ? 'page' : undefined}>
          <Translate id="roadmark.nav.timeline">Timeline</Translate>
        </Link>
        <Link to={permalinks.matrix} className={clsx('tabs__item', active === 'matrix' && 'tabs__item--active')} aria-current={active === 'matrix' ? 'page' : undefined}>
          <Translate id="roadmark.nav.matrix">Feature matrix</Translate>
        </Link>
        {permalinks.comparison ? (
          <Link to={permalinks.comparison} className="tabs__item">
            <Translate id="roadmark.nav.comparison">Compare roadmaps</Translate>
          </Link>
        ) : null}
        {permalinks.history ? (
          <Link to={permalinks.history} className="tabs__item" data-testid="roadmap-history-tab">
            <Translate id="roadmark.nav.history">History</Translate>
          </Link>
        ) : null}
        {permalinks.changes ? (
          <Link to={permalinks.changes} className={clsx('tabs__item', styles.changesLink)} data-testid="roadmap-changes-link">
            <Translate id="roadmark.nav.changes">Changes between versions</Translate>
          </Link>
        ) : null}
      </nav>
    </header>
  );
}
