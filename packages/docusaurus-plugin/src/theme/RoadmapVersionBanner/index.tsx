/**
 * On pages of a version other than the last one: says which version the
 * reader is looking at and links to the same page in the last version.
 */
import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/RoadmapVersionBanner';
import styles from './styles.module.css';

function LatestLink({context}: Props): React.ReactElement {
  return (
    <Link to={context.latestPermalink} data-testid="roadmap-version-latest">
      <Translate id="roadmark.version.banner.latestLink" values={{version: context.lastVersionLabel}}>
        {'See the latest version ({version})'}
      </Translate>
    </Link>
  );
}

export default function RoadmapVersionBanner({context}: Props): React.ReactElement | null {
  const {version} = context;
  if (version.banner === 'none') return null;
  const label = <strong>{version.label}</strong>;
  return (
    <div className={clsx('alert', version.banner === 'unreleased' ? 'alert--info' : 'alert--warning', styles.banner)} data-testid="roadmap-version-banner" data-banner={version.banner}>
      {version.banner === 'unreleased' ? (
        <Translate id="roadmark.version.banner.unreleased" values={{version: label}}>
          {'This is the unreleased roadmap ({version}): plans still being written, not yet published.'}
        </Translate>
      ) : version.date ? (
        <Translate id="roadmark.version.banner.unmaintained" values={{version: label, date: <time dateTime={version.date}>{version.date}</time>}}>
          {'This is the roadmap as of version {version} ({date}).'}
        </Translate>
      ) : (
        <Translate id="roadmark.version.banner.unmaintainedUndated" values={{version: label}}>
          {'This is the roadmap as of version {version}.'}
        </Translate>
      )}{' '}
      <LatestLink context={context} />
    </div>
  );
}
