/** Cross-roadmap matrix: canonical themes × the instance's roadmaps. */
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Translate, {translate} from '@docusaurus/Translate';

function itemCount(count: number): string {
  return count === 1
    ? translate({id: 'roadmark.count.one', message: '1 item'})
    : translate({id: 'roadmark.count.many', message: '{count} items'}, {count});
}
import {STATUS_ICONS, STATUS_KEYS} from 'docusaurus-plugin-roadmark/client';
import {statusLabel} from '@theme/RoadmapStatus';
import RoadmapLegend from '@theme/RoadmapLegend';
import type {Props} from '@theme/RoadmapComparisonPage';
import styles from './styles.module.css';

export default function RoadmapComparisonPage({comparison}: Props): React.ReactElement {
  const brokenLinks = useBrokenLinks();
  return (
    <Layout title={comparison.title} description={comparison.description}>
      <main className="container container--fluid margin-vert--lg roadmark" data-testid="roadmap-comparison-page">
        <nav className={styles.breadcrumbs} aria-label="Breadcrumbs">
          <Link to={comparison.homePermalink}>
            <Translate id="roadmark.nav.allRoadmaps">All roadmaps</Translate>
          </Link>
        </nav>
        <h1>
          <Translate id="roadmark.comparison.title">Themes across roadmaps</Translate>
        </h1>
        <p className={styles.lead}>
          <Translate id="roadmark.comparison.lead">
            Each row is a canonical theme; each cell counts the items a roadmap plans for it, by status. Different wordings in different files map to the same theme.
          </Translate>
        </p>
        <RoadmapLegend />
        <div className={styles.scroller} tabIndex={0} role="region" aria-label={translate({id: 'roadmark.comparison.region', message: 'Themes across roadmaps'})}>
          <table className={styles.table} data-testid="roadmap-comparison">
            <thead>
              <tr>
                <th scope="col">
                  <Translate id="roadmark.comparison.themeColumn">Theme</Translate>
                </th>
                {comparison.roadmaps.map((roadmap) => (
                  <th key={roadmap.slug} scope="col">
                    <Link to={roadmap.permalink}>{roadmap.title}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {comparison.themes.map((theme) => {
                brokenLinks.collectAnchor(`theme-${theme.id}`);
                return (
                <tr key={theme.id} id={`theme-${theme.id}`} data-testid="roadmap-comparison-theme" data-theme-id={theme.id}>
                  <th scope="row" className={styles.theme} style={theme.color ? ({'--rm-lane-color': theme.color} as React.CSSProperties) : undefined}>
                    {theme.label}
                  </th>
                  {comparison.roadmaps.map((roadmap) => {
                    const cell = comparison.cells[theme.id]?.[roadmap.slug];
                    if (!cell) {
                      return (
                        <td key={roadmap.slug} className={styles.none}>
                          <span aria-hidden="true">—</span>
                          <span className={styles.srOnly}>
                            <Translate id="roadmark.comparison.none">not planned</Translate>
                          </span>
                        </td>
                      );
                    }
                    return (
                      <td key={roadmap.slug} className={styles.cell} data-count={cell.count} title={cell.items.join('\n')}>
                        <Link to={`${roadmap.permalink}?theme=${encodeURIComponent(theme.id)}`} className={styles.count}>
                          {itemCount(cell.count)}
                        </Link>
                        <ul className={styles.breakdown}>
                          {STATUS_KEYS.filter((s) => cell.byStatus[s] > 0).map((s) => (
                            <li key={s} data-status={s}>
                              <span aria-hidden="true">{STATUS_ICONS[s]}</span> {cell.byStatus[s]} {statusLabel(s)}
                            </li>
                          ))}
                        </ul>
                      </td>
                    );
                  })}
                </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </main>
    </Layout>
  );
}
