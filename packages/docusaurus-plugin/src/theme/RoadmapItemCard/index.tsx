/**
 * One roadmap item: permalink, status (icon and words), period, its text from
 * the mdast, sub-items, issue/PR links and a link to its source line.
 */
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {Item} from '@roadmark/core';
import RoadmapStatus from '@theme/RoadmapStatus';
import RoadmapInline from '@theme/RoadmapInline';
import {describeLink, detailHref, itemMatches, otherThemeOf, safeHref, statusKey, themeIdOf, treeMatches} from 'docusaurus-plugin-roadmark/client';
import type {Props} from '@theme/RoadmapItemCard';
import styles from './styles.module.css';

function periodText(item: Item): string | null {
  if (item.period) return item.period.label;
  if (item.release) return translate({id: 'roadmark.item.release', message: 'Release {release}'}, {release: item.release});
  return null;
}

function sourceHref(editUrl: string | null, item: Item): string | null {
  return editUrl ? `${editUrl}#L${item.line}` : null;
}

/** Issue, PR, milestone and discussion links as chips; plain links already show in the text. */
function ItemLinks({item}: {item: Item}): React.ReactElement | null {
  const links = item.links.map((url) => ({url: safeHref(url), label: describeLink(url)})).filter((l) => l.url && l.label.kind !== 'link');
  if (links.length === 0) return null;
  return (
    <ul className={styles.links} aria-label={translate({id: 'roadmark.item.links', message: 'Linked issues and pages'})}>
      {links.map(({url, label}) => (
        <li key={url}>
          <a href={url!} target="_blank" rel="noopener noreferrer nofollow" className={clsx(styles.chip, styles[`chip-${label.kind}`])} title={url!}>
            {label.kind === 'pull' ? 'PR ' : label.kind === 'milestone' ? '⚑ ' : ''}
            {label.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * Where the item sits in the document ("MindArmour Security Hardening Package"): lanes group by theme,
 * so the heading the file put it under is shown when it says more than the lane's own label.
 */
function SectionPath({item, themeLabel, shown, dated}: {item: Item; themeLabel: string; shown: readonly (string | undefined)[]; dated: boolean}): React.ReactElement | null {
  const path = item.section.map((heading) => heading.trim().replace(/\s*[:：]$/, '')).filter((heading) => heading !== '');
  // Headings the page already shows around the card (its title, the lane, the column) say nothing new.
  const known = new Set(shown.map((text) => (text ? sameText(text) : '')).filter(Boolean));
  // The heading the item's period was read from ("Q4 2019 (October, November, December)") when its column says that period.
  const periodHeading = (heading: string) => dated && !!item.period?.raw && sameText(heading).startsWith(sameText(item.period.raw));
  const said = (heading: string) => known.has(sameText(heading)) || periodHeading(heading);
  while (path.length > 0 && said(path[0]!)) path.shift();
  while (path.length > 0 && said(path[path.length - 1]!)) path.pop();
  if (path.length === 0 || (path.length === 1 && sameText(path[0]!) === sameText(themeLabel))) return null;
  return (
    <p className={styles.section} data-testid="roadmap-item-section">
      <span className={styles.srOnly}>
        <Translate id="roadmark.item.section" description="Before the headings a roadmap item sits under in its file">
          In section:
        </Translate>{' '}
      </span>
      {path.join(' › ')}
    </p>
  );
}

/** Compared loosely: "Release v1.1", "v1.1" and "1.1:" name the same heading. */
function sameText(text: string): string {
  return text.trim().toLowerCase().replace(/[:：]$/, '').replace(/^release\s+/, '').replace(/^v(?=\d)/, '');
}

/** When an item matches by itself, all its sub-items stay visible with it. */
function narrow(item: Item, filters: Props['filters'], themeLabel: string): Props['filters'] {
  return filters && !itemMatches(item, filters, themeLabel) ? filters : undefined;
}

function Permalink({item}: {item: Item}): React.ReactElement {
  return (
    <a className={styles.permalink} href={`#${item.id}`} aria-label={translate({id: 'roadmark.item.permalink', message: 'Permalink to “{title}”'}, {title: item.title})} data-testid="roadmap-item-permalink">
      #
    </a>
  );
}

/** A sub-item filed under another theme than its card names that theme, so the theme filter's choices are visible on the cards. */
function OtherTheme({item, cardTheme, themes}: {item: Item; cardTheme: string; themes: Props['themes']}): React.ReactElement | null {
  const tag = otherThemeOf(item, cardTheme, themes);
  if (!tag) return null;
  return (
    <span className={styles.otherTheme} style={tag.color ? ({'--rm-lane-color': tag.color} as React.CSSProperties) : undefined} data-testid="roadmap-item-other-theme" data-theme-id={tag.id}>
      <span className={styles.srOnly}>
        <Translate id="roadmark.item.otherTheme" description="Before the theme of a sub-item filed under another theme than its card">
          Theme:
        </Translate>{' '}
      </span>
      {tag.label}
    </span>
  );
}

function SubItems({items, editUrl, filters, themeLabel, showStatus, cardTheme, themes}: Pick<Props, 'editUrl' | 'filters' | 'themeLabel' | 'themes'> & {items: Item[]; showStatus: boolean; cardTheme: string}): React.ReactElement {
  // Ids rendered outside markdown headings are anchors only once collected: other pages link to them.
  const brokenLinks = useBrokenLinks();
  for (const child of items) brokenLinks.collectAnchor(child.id);
  return (
    <ul className={styles.children}>
      {items.map((child) => (
        <li key={child.id} id={child.id} className={styles.child} data-testid="roadmap-item" data-item-id={child.id} data-status={statusKey(child)} hidden={filters ? !treeMatches(child, filters, themeLabel) : undefined}>
          <div className={styles.childLine}>
            {showStatus ? <RoadmapStatus status={statusKey(child)} compact /> : null}
            <span className={styles.childText}>
              <RoadmapInline nodes={child.content} />
            </span>
            <OtherTheme item={child} cardTheme={cardTheme} themes={themes} />
            {child.period && child.periodFrom === 'self' ? <span className={styles.period}>{child.period.label}</span> : null}
            <Permalink item={child} />
          </div>
          <ItemLinks item={child} />
          {child.children.length > 0 ? <SubItems items={child.children} editUrl={editUrl} filters={narrow(child, filters, themeLabel ?? "")} themeLabel={themeLabel} showStatus={showStatus} cardTheme={cardTheme} themes={themes} /> : null}
        </li>
      ))}
    </ul>
  );
}

export default function RoadmapItemCard({item, editUrl, themeLabel = '', themes, filters, style, hidden, historyHref, showStatus = true, columnLabel, pageTitle}: Props): React.ReactElement {
  const status = statusKey(item);
  const period = periodText(item);
  // The column header already says it: kept for screen readers only (the axis is aria-hidden).
  const periodInColumn = period !== null && period === columnLabel;
  const source = sourceHref(editUrl, item);
  useBrokenLinks().collectAnchor(item.id);
  return (
    <article id={item.id} className={clsx(styles.card, styles[`card-${status}`])} style={style} hidden={hidden} data-testid="roadmap-item" data-item-id={item.id} data-status={status} data-theme-id={themeIdOf(item)} tabIndex={-1}>
      <header className={styles.header}>
        {showStatus ? <RoadmapStatus status={status} /> : null}
        {period ? <span className={periodInColumn ? styles.srOnly : styles.period}>{period}</span> : null}
        <a className={styles.details} href={detailHref(item.id)} data-roadmark-detail={item.id} aria-haspopup="dialog" aria-label={translate({id: 'roadmark.item.detailsLabel', message: 'Details of “{title}”'}, {title: item.title})} data-testid="roadmap-item-details">
          <Translate id="roadmark.item.details" description="Link on a roadmap item's card that opens the item's detail">
            Details
          </Translate>
        </a>
        <Permalink item={item} />
      </header>
      <p className={styles.title}>
        <RoadmapInline nodes={item.content} />
      </p>
      <SectionPath item={item} themeLabel={themeLabel} shown={[pageTitle, columnLabel]} dated={periodInColumn} />
      {item.description.slice(0, 2).map((paragraph, index) => (
        <p key={index} className={styles.description}>
          <RoadmapInline nodes={paragraph} />
        </p>
      ))}
      {item.children.length > 0 ? <SubItems items={item.children} editUrl={editUrl} filters={narrow(item, filters, themeLabel)} themeLabel={themeLabel} showStatus={showStatus} cardTheme={themeIdOf(item)} themes={themes} /> : null}
      <footer className={styles.footer}>
        <ItemLinks item={item} />
        {item.owners.length > 0 ? <span className={styles.owners}>{item.owners.join(', ')}</span> : null}
        {historyHref ? (
          <Link className={styles.history} to={historyHref} data-testid="roadmap-item-history" aria-label={translate({id: 'roadmark.item.historyLabel', message: 'History of “{title}” across versions'}, {title: item.title})}>
            <Translate id="roadmark.item.history" description="Link from a roadmap item to its row on the roadmap's history page">
              History
            </Translate>
          </Link>
        ) : null}
        {source ? (
          <a className={styles.source} href={source} target="_blank" rel="noopener noreferrer" data-testid="roadmap-item-source">
            <Translate id="roadmark.item.source" description="Link from a roadmap item to its line in the source file" values={{line: item.line}}>
              {'Source (line {line})'}
            </Translate>
          </a>
        ) : null}
      </footer>
    </article>
  );
}
