/**
 * `<base>/changes`: the instance's versions, newest first, with what changed
 * in each since the one before, links to the comparison pages (also against
 * the latest version), the feeds, each roadmap's history, and the picker for
 * any other pair (first: the version list can be long).
 */
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Translate from '@docusaurus/Translate';
import RoadmapVersionPicker from '@theme/RoadmapVersionPicker';
import {ChangeCounts} from '@theme/RoadmapVersionChanges';
import type {RoadmapChangeLogData, RoadmapVersionMetadata} from 'docusaurus-plugin-roadmark/client';
import {PICKER_ANCHOR} from 'docusaurus-plugin-roadmark/client';
import type {Props} from '@theme/RoadmapChangeLogPage';
import styles from './styles.module.css';

type Step = RoadmapChangeLogData['againstLatest'][number] & {moves?: RoadmapChangeLogData['steps'][number]['moves']};

function Feeds({changelog}: {changelog: RoadmapChangeLogData}): React.ReactElement {
  const {feeds} = changelog;
  return (
    <>
      {/* No <link rel="alternate"> here: the plugin declares every instance's feeds in the head of every page. */}
      <p className={styles.feeds} data-testid="roadmap-feeds">
        <Translate id="roadmark.version.feeds.label">Follow the changes:</Translate>
        {/* Feeds are files, not pages: plain links, so the router does not try to render them. */}
        <a href={feeds.rss} type="application/rss+xml">
          RSS
        </a>
        <a href={feeds.atom} type="application/atom+xml">
          Atom
        </a>
        <a href={feeds.json} type="application/feed+json">
          JSON Feed
        </a>
      </p>
    </>
  );
}

function VersionBadges({version}: {version: RoadmapVersionMetadata}): React.ReactElement | null {
  if (version.isLast) {
    return (
      <span className={clsx(styles.badge, styles.latestBadge)}>
        <Translate id="roadmark.version.badge.latest">latest</Translate>
      </span>
    );
  }
  if (version.banner === 'unreleased') {
    return (
      <span className={styles.badge}>
        <Translate id="roadmark.version.badge.unreleased">unreleased</Translate>
      </span>
    );
  }
  return null;
}

function VersionEntry({version, step, againstLatest, lastLabel}: {version: RoadmapVersionMetadata; step: Step | undefined; againstLatest: Step | undefined; lastLabel: string}): React.ReactElement {
  useBrokenLinks().collectAnchor(`version-${version.name}`);
  return (
    <li className={styles.version} id={`version-${version.name}`} data-testid="roadmap-changelog-version" data-version={version.name}>
      <h3 className={styles.versionTitle}>
        <Link to={version.path}>{version.label}</Link>
        {version.date ? <time dateTime={version.date}>{version.date}</time> : null}
        <VersionBadges version={version} />
      </h3>
      {step ? (
        <div className={styles.step}>
          <p className={styles.since}>
            <Translate id="roadmark.version.changelog.since" values={{version: step.from.label}}>
              {'Since {version}:'}
            </Translate>
          </p>
          <ChangeCounts summary={step.summary} moves={step.moves} />
          <Link to={step.permalink} className={styles.compareLink} data-testid="roadmap-changelog-step">
            <Translate id="roadmark.version.changelog.stepLink" values={{from: step.from.label, to: step.to.label}}>
              {'What changed from {from} to {to}'}
            </Translate>
          </Link>
        </div>
      ) : (
        <p className={styles.since}>
          <Translate id="roadmark.version.changelog.first">The first version.</Translate>
        </p>
      )}
      {againstLatest ? (
        <p className={styles.latest}>
          <Link to={againstLatest.permalink} data-testid="roadmap-changelog-latest">
            <Translate id="roadmark.version.changelog.latestLink" values={{version: lastLabel}}>
              {'Compare with the latest version ({version})'}
            </Translate>
          </Link>{' '}
          <span className={styles.total}>
            <Translate id="roadmark.version.changelog.latestTotal" values={{total: againstLatest.summary.total}}>
              {'(changes: {total})'}
            </Translate>
          </span>
        </p>
      ) : null}
    </li>
  );
}

export default function RoadmapChangeLogPage({changelog}: Props): React.ReactElement {
  useBrokenLinks().collectAnchor(PICKER_ANCHOR);
  const last = changelog.versions.find((v) => v.isLast) ?? changelog.versions[0];
  const stepTo = new Map(changelog.steps.map((step) => [step.to.name, step]));
  const latestFrom = new Map(changelog.againstLatest.map((step) => [step.from.name, step]));
  // The version just before the last one is compared with it by its step already.
  const againstLatest = (version: RoadmapVersionMetadata): Step | undefined =>
    latestFrom.get(version.name) ?? changelog.steps.find((step) => step.from.name === version.name && step.to.name === last?.name);
  const historyPermalinks = Object.fromEntries(changelog.roadmaps.map((roadmap) => [roadmap.slug, roadmap.history]));
  return (
    <Layout title={changelog.title} description={changelog.description}>
      <main className="container margin-vert--lg roadmark" data-testid="roadmap-changelog-page">
        <nav className={styles.breadcrumbs} aria-label="Breadcrumbs">
          <Link to={changelog.homePermalink}>
            <Translate id="roadmark.nav.allRoadmaps">All roadmaps</Translate>
          </Link>
        </nav>
        <h1>{changelog.title}</h1>
        {changelog.description ? <p className={styles.lead}>{changelog.description}</p> : null}
        <Feeds changelog={changelog} />

        <section aria-labelledby={PICKER_ANCHOR}>
          <h2 id={PICKER_ANCHOR}>
            <Translate id="roadmark.version.changelog.picker">Compare any two versions</Translate>
          </h2>
          <RoadmapVersionPicker
            pluginId={changelog.pluginId}
            versions={changelog.versions}
            comparePermalinks={changelog.comparePermalinks}
            historyPermalinks={historyPermalinks}
          />
        </section>
        {changelog.roadmaps.length > 0 ? (
          <section aria-labelledby="roadmark-histories">
            <h2 id="roadmark-histories">
              <Translate id="roadmark.version.changelog.histories">History of each roadmap</Translate>
            </h2>
            <ul className={styles.histories}>
              {changelog.roadmaps.map((roadmap) => (
                <li key={roadmap.slug}>
                  <Link to={roadmap.history} data-testid="roadmap-changelog-history">
                    {roadmap.title}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="roadmark-versions">
          <h2 id="roadmark-versions">
            <Translate id="roadmark.version.changelog.versions" values={{count: changelog.versions.length}}>
              {'Versions ({count})'}
            </Translate>
          </h2>
          <ol className={styles.versions} reversed>
            {changelog.versions.map((version) => (
              <VersionEntry key={version.name} version={version} step={stepTo.get(version.name)} againstLatest={againstLatest(version)} lastLabel={last?.label ?? ''} />
            ))}
          </ol>
        </section>
      </main>
    </Layout>
  );
}
