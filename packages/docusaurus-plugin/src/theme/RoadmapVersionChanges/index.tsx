/**
 * What changed between two versions, per roadmap: changes grouped by kind,
 * then by theme; each shows before → after. Used by the precomputed compare
 * pages and by the in-browser picker. Snapshot fields are plain strings from
 * the roadmap files: rendered as text only.
 */
import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import RoadmapStatus from '@theme/RoadmapStatus';
import {CHANGE_KINDS} from '@roadmark/core/diff';
import type {Change, ItemSnapshot} from '@roadmark/core/diff';
import {
  anchorLink,
  type MoveCounts,
  countMoves,
  groupChanges,
  historyKeyOf,
  isUncertain,
  type RoadmapChangeSet,
  type VersionRef,
} from 'docusaurus-plugin-roadmark/client';
import type {ChangeCountsProps, Props} from '@theme/RoadmapVersionChanges';
import styles from './styles.module.css';
import {changeKindHeading, changeKindLabel, deltaText, moveLabel, periodLabel, themeName} from './labels.js';

export {changeKindHeading, changeKindLabel, deltaText, moveLabel, periodLabel, themeName};

/** Which way the rescheduled items went; only the directions that occurred. */
function MoveBreakdown({moves}: {moves: MoveCounts}): React.ReactElement | null {
  const {slipped, pulledIn} = moves;
  if (slipped + pulledIn === 0) return null;
  return (
    <span className={styles.breakdown}>
      {' '}
      {slipped > 0 && pulledIn > 0 ? (
        <Translate id="roadmark.version.counts.moves" values={{slipped, pulledIn}}>
          {'({slipped} slipped, {pulledIn} pulled in)'}
        </Translate>
      ) : slipped > 0 ? (
        <Translate id="roadmark.version.counts.slipped" values={{slipped}}>
          {'({slipped} slipped)'}
        </Translate>
      ) : (
        <Translate id="roadmark.version.counts.pulledIn" values={{pulledIn}}>
          {'({pulledIn} pulled in)'}
        </Translate>
      )}
    </span>
  );
}

/** "3 added · 2 dropped · 4 rescheduled (2 slipped, 1 pulled in) · 1 status changed (1 done)". */
export function ChangeCounts({summary, moves, className}: ChangeCountsProps): React.ReactElement {
  if (summary.total === 0) {
    return (
      <p className={clsx(styles.counts, className)} data-testid="roadmap-change-counts">
        <Translate id="roadmark.version.noChanges">No changes</Translate>
      </p>
    );
  }
  return (
    <ul className={clsx(styles.counts, className)} data-testid="roadmap-change-counts">
      {CHANGE_KINDS.filter((kind) => summary.byKind[kind] > 0).map((kind) => (
        <li key={kind} data-kind={kind} className={styles[`kind-${kind}`]}>
          <span className={styles.number}>{summary.byKind[kind]}</span> {changeKindLabel(kind)}
          {kind === 'rescheduled' && moves ? <MoveBreakdown moves={moves} /> : null}
          {kind === 'status' && moves && moves.done > 0 ? (
            <span className={styles.breakdown}>
              {' '}
              <Translate id="roadmark.version.counts.done" values={{done: moves.done}}>
                {'({done} done)'}
              </Translate>
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Arrow(): React.ReactElement {
  return (
    <>
      <span aria-hidden="true" className={styles.arrow}>
        →
      </span>
      <span className={styles.srOnly}>
        {' '}
        <Translate id="roadmark.version.arrow" description="Read by screen readers between the old and the new value">
          changed to
        </Translate>{' '}
      </span>
    </>
  );
}

function Value({children, old = false}: {children: React.ReactNode; old?: boolean}): React.ReactElement {
  return <span className={clsx(styles.value, old && styles.old)}>{children}</span>;
}

/** Period and status of an added or dropped item; nothing when the file gives neither. */
function hasFacts(snapshot: ItemSnapshot | null): snapshot is ItemSnapshot {
  return snapshot !== null && (snapshot.period !== null || snapshot.status !== null);
}

function SnapshotFacts({snapshot}: {snapshot: ItemSnapshot}): React.ReactElement {
  return (
    <>
      {snapshot.period ? <Value>{snapshot.period.label}</Value> : null}
      {snapshot.status ? <RoadmapStatus status={snapshot.status} /> : null}
    </>
  );
}

/** What the change did to the item, before → after; null when the row's heading says it all. */
function changeDetail(change: Change, themes: RoadmapChangeSet['themes']): React.ReactElement | null {
  const {before, after} = change;
  switch (change.kind) {
    case 'added':
      return hasFacts(after) ? <SnapshotFacts snapshot={after} /> : null;
    case 'dropped':
      return hasFacts(before) ? (
        <>
          <Translate id="roadmark.version.change.was">was</Translate> <SnapshotFacts snapshot={before} />
        </>
      ) : null;
    case 'rescheduled':
      return (
        <>
          <Value old>{periodLabel(before?.period)}</Value> <Arrow /> <Value>{periodLabel(after?.period)}</Value>
          {change.move ? <span className={clsx(styles.move, styles[`move-${change.move}`])}>{moveLabel(change.move)}</span> : null}
          {change.delta ? (
            <span className={styles.delta} data-testid="roadmap-change-delta">
              {deltaText(change.delta)}
            </span>
          ) : null}
        </>
      );
    case 'status':
      return (
        <>
          <RoadmapStatus status={before?.status ?? 'unknown'} /> <Arrow /> <RoadmapStatus status={after?.status ?? 'unknown'} />
          {change.done ? (
            <strong className={styles.doneCallout}>
              <Translate id="roadmark.version.change.done">delivered</Translate>
            </strong>
          ) : null}
        </>
      );
    case 'retitled':
      // The old and new titles are the row's heading.
      return null;
    case 'theme':
      return (
        <>
          <Value old>{themeName(themes, before?.theme ?? null)}</Value> <Arrow /> <Value>{themeName(themes, after?.theme ?? null)}</Value>
        </>
      );
    case 'links':
      // Targets as text, never as links: roadmap text is data, and the item's card links them safely.
      return (
        <>
          {(change.links?.removed ?? []).map((url) => (
            <React.Fragment key={`-${url}`}>
              <Value old>{url}</Value>{' '}
            </React.Fragment>
          ))}
          {(change.links?.added ?? []).map((url) => (
            <React.Fragment key={`+${url}`}>
              <Value>{url}</Value>{' '}
            </React.Fragment>
          ))}
        </>
      );
    default:
      return (
        <>
          <Value old>{before?.release ?? '—'}</Value> <Arrow /> <Value>{after?.release ?? '—'}</Value>
        </>
      );
  }
}

interface RowContext {
  set: RoadmapChangeSet;
  from: VersionRef;
  to: VersionRef;
  keys: NonNullable<Props['historyKeys']>[string] | undefined;
}

/**
 * "in 1.0", naming the item for screen readers in hidden text after the
 * visible words (lists of links are read out of context); the accessible name
 * then starts with what is shown, in every language, as voice control needs.
 */
function InVersionLink({href, title, version}: {href: string; title: string; version: string}): React.ReactElement {
  return (
    <a href={href}>
      <Translate id="roadmark.version.change.inVersion" values={{version}}>
        {'in {version}'}
      </Translate>
      <span className={styles.srOnly}>{translate({id: 'roadmark.version.change.inVersionItem', message: ': “{title}”', description: 'Read after "in <version>" by screen readers'}, {title})}</span>
    </a>
  );
}

function ChangeRow({change, context}: {change: Change; context: RowContext}): React.ReactElement {
  const {set, from, to, keys} = context;
  const snapshot = (change.after ?? change.before)!;
  const uncertain = isUncertain(change);
  const percent = Math.round(change.confidence * 100);
  const detail = changeDetail(change, set.themes);
  return (
    <li
      className={styles.change}
      data-testid="roadmap-change"
      data-kind={change.kind}
      data-item-id={change.id}
      data-uncertain={uncertain ? 'true' : undefined}>
      <div className={styles.changeHead}>
        {snapshot.path.length > 0 ? <span className={styles.path}>{snapshot.path.join(' › ')} › </span> : null}
        {change.kind === 'retitled' ? (
          <>
            <Value old>“{change.before?.title}”</Value> <Arrow /> <span className={styles.itemTitle}>“{change.after?.title}”</span>
          </>
        ) : (
          <span className={styles.itemTitle}>{snapshot.title}</span>
        )}
        {uncertain ? (
          <span
            className={styles.uncertain}
            data-testid="roadmap-change-uncertain"
            title={translate({
              id: 'roadmark.version.uncertain.help',
              message: 'The two versions give this item different titles and no common id; it was matched by a similar title or its place in the list. Check that it is the same item.',
            })}>
            <span aria-hidden="true">≈ </span>
            <Translate id="roadmark.version.uncertain" values={{percent}}>
              {'uncertain match ({percent}%)'}
            </Translate>
          </span>
        ) : null}
      </div>
      <div className={styles.changeMeta}>
        {detail ? <div className={styles.detail}>{detail}</div> : null}
        {/* Plain anchors: item ids are element ids, not headings, so Docusaurus's anchor checker cannot see them. */}
        <ul className={styles.itemLinks}>
          {change.before && set.fromPermalink ? (
            <li>
              <InVersionLink href={anchorLink(set.fromPermalink, change.before.id)} title={change.before.title} version={from.label} />
            </li>
          ) : null}
          {change.after && set.toPermalink ? (
            <li>
              <InVersionLink href={anchorLink(set.toPermalink, change.after.id)} title={change.after.title} version={to.label} />
            </li>
          ) : null}
          {set.historyPermalink ? (
            <li>
              <a
                href={anchorLink(set.historyPermalink, historyKeyOf(change, keys ?? {}))}
                aria-label={translate({id: 'roadmark.version.change.historyLabel', message: 'History of “{title}”'}, {title: snapshot.title})}>
                <Translate id="roadmark.version.change.history">history</Translate>
              </a>
            </li>
          ) : null}
        </ul>
      </div>
    </li>
  );
}

type Level = 2 | 3;
function Heading({level, children, ...rest}: {level: number; children: React.ReactNode; id?: string; className?: string}): React.ReactElement {
  const Tag = `h${Math.min(6, level)}` as 'h2';
  return <Tag {...rest}>{children}</Tag>;
}

function ChangeSetView({set, comparison, level, keys, only}: {set: RoadmapChangeSet; comparison: Props['comparison']; level: Level; keys: RowContext['keys']; only: boolean}): React.ReactElement {
  const groups = groupChanges(set.changes, set.themes);
  const context: RowContext = {set, from: comparison.from, to: comparison.to, keys};
  return (
    <section className={styles.roadmap} data-testid="roadmap-change-set" data-slug={set.slug}>
      <Heading level={level} className={styles.roadmapTitle}>
        {set.title}
        {set.presence === 'added' ? (
          <span className={clsx(styles.presence, styles['kind-added'])}>
            <Translate id="roadmark.version.presence.added" values={{version: comparison.to.label}}>
              {'new in {version}'}
            </Translate>
          </span>
        ) : null}
        {set.presence === 'dropped' ? (
          <span className={clsx(styles.presence, styles['kind-dropped'])}>
            <Translate id="roadmark.version.presence.dropped" values={{version: comparison.to.label}}>
              {'not in {version}'}
            </Translate>
          </span>
        ) : null}
      </Heading>
      <p className={styles.roadmapLinks}>
        {set.fromPermalink ? (
          <Link to={set.fromPermalink}>
            <Translate id="roadmark.version.roadmapIn" values={{version: comparison.from.label}}>
              {'Roadmap in {version}'}
            </Translate>
          </Link>
        ) : null}
        {set.toPermalink ? (
          <Link to={set.toPermalink}>
            <Translate id="roadmark.version.roadmapIn" values={{version: comparison.to.label}}>
              {'Roadmap in {version}'}
            </Translate>
          </Link>
        ) : null}
        {set.historyPermalink ? (
          <Link to={set.historyPermalink}>
            <Translate id="roadmark.version.historyLink">History of every item</Translate>
          </Link>
        ) : null}
      </p>
      {/* With one roadmap its counts are the comparison's, shown above. */}
      {only ? null : <ChangeCounts summary={set.summary} moves={countMoves(set.changes)} />}
      {groups.map((group) => (
        <section key={group.kind} className={clsx(styles.kindGroup, styles[`kind-${group.kind}`])} data-kind={group.kind}>
          <Heading level={level + 1} className={styles.kindTitle}>
            {changeKindHeading(group.kind)} <span className={styles.groupCount}>({group.count})</span>
          </Heading>
          {group.themes.map((themeGroup) => (
            <div key={themeGroup.theme} className={styles.themeGroup} style={themeStyle(set, themeGroup.theme)}>
              <Heading level={level + 2} className={styles.themeTitle}>
                {themeName(set.themes, themeGroup.theme)}
              </Heading>
              <ul className={styles.changeList}>
                {themeGroup.changes.map((change, index) => (
                  <ChangeRow key={`${change.id}-${index}`} change={change} context={context} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}

function themeStyle(set: RoadmapChangeSet, theme: string): React.CSSProperties | undefined {
  const color = set.themes[theme]?.color;
  return color ? ({'--rm-lane-color': color} as React.CSSProperties) : undefined;
}

export default function RoadmapVersionChanges({comparison, headingLevel = 2, historyKeys}: Props): React.ReactElement {
  const changed = comparison.roadmaps.filter((set) => set.summary.total > 0 || set.presence !== 'both');
  const unchanged = comparison.roadmaps.filter((set) => !changed.includes(set));
  const moves = countMoves(comparison.roadmaps.flatMap((set) => set.changes));
  return (
    <div className={styles.changes} data-testid="roadmap-version-changes" data-from={comparison.from.name} data-to={comparison.to.name}>
      <p className={styles.lead}>
        <Translate
          id="roadmark.version.changes.lead"
          values={{total: comparison.summary.total, count: changed.length, from: <strong>{comparison.from.label}</strong>, to: <strong>{comparison.to.label}</strong>}}>
          {'From {from} to {to} · changes: {total} · roadmaps changed: {count}'}
        </Translate>
      </p>
      <ChangeCounts summary={comparison.summary} moves={moves} />
      {changed.map((set) => (
        <ChangeSetView key={set.slug} set={set} comparison={comparison} level={headingLevel as Level} keys={historyKeys?.[set.slug]} only={comparison.roadmaps.length === 1} />
      ))}
      {unchanged.length > 0 ? (
        <p className={styles.unchanged} data-testid="roadmap-unchanged">
          <Translate id="roadmark.version.unchanged" values={{roadmaps: unchanged.map((set) => set.title).join(', ')}}>
            {'Unchanged: {roadmaps}'}
          </Translate>
        </p>
      ) : null}
    </div>
  );
}

