import React from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {STATUS_ICONS, type StatusKey} from 'docusaurus-plugin-roadmark/client';
import type {Props} from '@theme/RoadmapStatus';
import styles from './styles.module.css';

export function statusLabel(status: StatusKey): string {
  switch (status) {
    case 'planned':
      return translate({id: 'roadmark.status.planned', message: 'Planned', description: 'Status of a roadmap item not started yet'});
    case 'in-progress':
      return translate({id: 'roadmark.status.inProgress', message: 'In progress', description: 'Status of a roadmap item being worked on'});
    case 'done':
      return translate({id: 'roadmark.status.done', message: 'Done', description: 'Status of a finished roadmap item'});
    case 'dropped':
      return translate({id: 'roadmark.status.dropped', message: 'Dropped', description: 'Status of an abandoned roadmap item'});
    default:
      return translate({id: 'roadmark.status.unknown', message: 'No status', description: 'A roadmap item whose status the file does not say'});
  }
}

/** A status badge: the icon is decoration, the words carry the meaning. */
export default function RoadmapStatus({status, compact = false, className}: Props): React.ReactElement {
  const label = statusLabel(status);
  return (
    <span className={clsx(styles.status, styles[`status-${status}`], compact && styles.compact, className)} data-status={status} title={compact ? label : undefined}>
      <span className={styles.icon} aria-hidden="true">
        {STATUS_ICONS[status]}
      </span>
      <span className={compact ? styles.srOnly : styles.text}>{label}</span>
    </span>
  );
}
