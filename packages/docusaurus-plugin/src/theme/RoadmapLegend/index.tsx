import React, {useId} from 'react';
import Translate from '@docusaurus/Translate';
import RoadmapStatus from '@theme/RoadmapStatus';
import {STATUS_KEYS} from 'docusaurus-plugin-roadmark/client';
import type {Props} from '@theme/RoadmapLegend';
import styles from './styles.module.css';

export default function RoadmapLegend({statuses = STATUS_KEYS}: Props): React.ReactElement {
  const titleId = useId();
  return (
    <div className={styles.legend} data-testid="roadmap-legend">
      <span className={styles.title} id={titleId}>
        <Translate id="roadmark.legend.title" description="Heading of the status legend">
          Legend
        </Translate>
      </span>
      <ul className={styles.list} aria-labelledby={titleId}>
        {statuses.map((status) => (
          <li key={status}>
            <RoadmapStatus status={status} />
          </li>
        ))}
      </ul>
    </div>
  );
}
