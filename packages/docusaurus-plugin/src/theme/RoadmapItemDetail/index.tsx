/**
 * One item in full, in a modal <dialog>: title, whole description, where it sits (theme,
 * section path, the items above it), status, period, release, owners, every link, its
 * sub-items (each opens its own detail), its source line and, on versioned instances, what
 * happened to it in each version. The history is the history page's own data, loaded only when
 * a detail opens (histories registry), so the timeline's page data does not grow.
 *
 * The parent owns the state (the `?item=` query on pages): this component opens the dialog
 * when it gets an item and closes it when it gets none; Escape, the close button and a click
 * on the backdrop ask the parent to close (`onClose`). The dialog renders no content while
 * closed, and nothing of it before hydration. The owner gives focus back when it closes
 * (the timeline: to the link that opened it, or the item's card).
 */
import React, {useEffect, useId, useRef, useState} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import histories from '@generated/docusaurus-plugin-roadmark/histories-registry.js';
import type {Item} from '@roadmark/core';
import type {HistoryEvent} from '@roadmark/core/history';
import RoadmapInline from '@theme/RoadmapInline';
import RoadmapStatus, {statusLabel} from '@theme/RoadmapStatus';
import {anchorLink, describeLink, detailHref, eventsByVersion, otherThemeOf, safeHref, serializeDetail, statusKey, themeIdOf, type RoadmapHistoryPageData} from 'docusaurus-plugin-roadmark/client';
import type {Props} from '@theme/RoadmapItemDetail';
import {versionClauses} from '../RoadmapHistoryPage/story.js';
import styles from './styles.module.css';

/** Loaded histories, shared by every detail on the page: reopening loads nothing. */
const loaded = new Map<string, Promise<RoadmapHistoryPageData>>();

function loadHistory(pluginId: string, slug: string): Promise<RoadmapHistoryPageData> | null {
  const load = histories[pluginId]?.[slug];
  if (!load) return null;
  const key = `${pluginId}\u0000${slug}`;
  let promise = loaded.get(key);
  if (!promise) {
    promise = load().then((module) => module.default);
    // A failed load may succeed later (a flaky network): do not keep the failure.
    promise.catch(() => loaded.delete(key));
    loaded.set(key, promise);
  }
  return promise;
}

interface VersionStep {
  version: number;
  label: string;
  permalink: string | null;
  text: string;
}

type HistoryState = {status: 'loading'} | {status: 'ready'; steps: VersionStep[]} | {status: 'missing'} | {status: 'error'};

function useItemHistory(pluginId: string, slug: string, key: string | null): HistoryState | null {
  const [state, setState] = useState<HistoryState | null>(null);
  useEffect(() => {
    if (key === null) return setState(null);
    const promise = loadHistory(pluginId, slug);
    if (!promise) return setState(null);
    let live = true;
    setState({status: 'loading'});
    promise.then(
      (data) => {
        if (!live) return;
        const lineage = data.history.lineages.find((candidate) => candidate.key === key);
        if (!lineage) return setState({status: 'missing'});
        const steps: VersionStep[] = [];
        eventsByVersion(lineage.events).forEach((events: HistoryEvent[], version: number) => {
          const ref = data.versions[version];
          steps.push({version, label: ref?.label ?? String(version + 1), permalink: ref?.permalink ?? null, text: versionClauses(events, data.themes)});
        });
        setState({status: 'ready', steps});
      },
      () => {
        if (live) setState({status: 'error'});
      },
    );
    return () => {
      live = false;
    };
  }, [pluginId, slug, key]);
  return state;
}

function HistorySection({state, href}: {state: HistoryState; href: string | null}): React.ReactElement {
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="roadmap-item-detail-history">
      <h3 id={headingId} className={styles.sectionTitle}>
        <Translate id="roadmark.detail.history" description="Heading of what happened to an item in each version, in the item's detail">
          Across versions
        </Translate>
      </h3>
      {state.status === 'loading' ? (
        <p className={styles.muted}>
          <Translate id="roadmark.detail.historyLoading">Loading its history…</Translate>
        </p>
      ) : state.status === 'error' ? (
        <p className={styles.muted}>
          <Translate id="roadmark.detail.historyError">Its history could not be loaded.</Translate>
        </p>
      ) : state.status === 'missing' || state.steps.length === 0 ? (
        <p className={styles.muted}>
          <Translate id="roadmark.detail.historyNone">No change recorded across versions.</Translate>
        </p>
      ) : (
        <ol className={styles.steps} data-testid="roadmap-item-detail-steps">
          {state.steps.map((step) => (
            <li key={step.version}>
              <span className={styles.stepVersion}>{step.permalink ? <Link to={step.permalink}>{step.label}</Link> : step.label}</span>
              <span>{step.text}</span>
            </li>
          ))}
        </ol>
      )}
      {href ? (
        <p className={styles.more}>
          <Link to={href} data-testid="roadmap-item-detail-history-link">
            <Translate id="roadmark.detail.historyPage" description="Link from an item's detail to its row on the roadmap's history page">
              Open on the history page
            </Translate>
          </Link>
        </p>
      ) : null}
    </section>
  );
}

function ItemLink({item}: {item: Item}): React.ReactElement {
  return (
    <a href={detailHref(item.id)} data-roadmark-detail={item.id} className={styles.itemLink}>
      <RoadmapInline nodes={item.content} links={false} />
    </a>
  );
}

/** A sub-item filed under another theme than the item names it, as its card does. */
function ChildTheme({child, parent, themes}: {child: Item; parent: Item; themes: Props['themes']}): React.ReactElement | null {
  const tag = otherThemeOf(child, themeIdOf(parent), themes);
  if (!tag) return null;
  return (
    <span className={styles.otherTheme} style={tag.color ? ({'--rm-lane-color': tag.color} as React.CSSProperties) : undefined} data-testid="roadmap-item-detail-other-theme" data-theme-id={tag.id}>
      <Translate id="roadmark.item.otherTheme" description="Before the theme of a sub-item filed under another theme than its card">
        Theme:
      </Translate>{' '}
      {tag.label}
    </span>
  );
}

function Fact({label, children, testId}: {label: string; children: React.ReactNode; testId?: string}): React.ReactElement {
  return (
    <div className={styles.fact} data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Body({item, parents, document, themeLabel, themes, pageHref, showStatus, titleId, headingRef, onClose}: Omit<Props, 'item'> & {item: Item; titleId: string; headingRef: React.RefObject<HTMLHeadingElement | null>}): React.ReactElement {
  const status = statusKey(item);
  const historyPermalink = document.permalinks.history;
  const historyKey = historyPermalink ? (document.historyKeys?.[item.id] ?? item.id) : null;
  const history = useItemHistory(document.pluginId, document.slug, historyKey);
  const historyHref = historyPermalink && historyKey ? anchorLink(historyPermalink, historyKey) : null;
  const links = item.links.map((url) => ({url: safeHref(url), label: describeLink(url)})).filter((link): link is {url: string; label: ReturnType<typeof describeLink>} => link.url !== null);
  const section = item.section.filter((heading) => heading.trim() !== '');
  const source = document.editUrl ? `${document.editUrl}#L${item.line}` : null;
  return (
    <div className={styles.panel}>
      <div className={styles.top}>
        <div className={styles.badges}>
          {/* The status at a glance; period and release are in the facts below, once. */}
          {showStatus ? <RoadmapStatus status={status} /> : null}
        </div>
        <button type="button" className={clsx('clean-btn', styles.close)} onClick={onClose} data-autofocus aria-label={translate({id: 'roadmark.detail.close', message: 'Close', description: "The button that closes an item's detail"})} data-testid="roadmap-item-detail-close">
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {parents.length > 0 ? (
        <p className={styles.partOf} data-testid="roadmap-item-detail-parent">
          <Translate id="roadmark.detail.partOf" description="Before the item a sub-item belongs to, in its detail">
            Part of
          </Translate>{' '}
          <ItemLink item={parents[parents.length - 1]!} />
        </p>
      ) : null}
      <h2 id={titleId} ref={headingRef} tabIndex={-1} className={clsx(styles.title, status === 'dropped' && styles.dropped)}>
        <RoadmapInline nodes={item.content} />
      </h2>
      {item.description.map((paragraph, index) => (
        <p key={index} className={styles.description}>
          <RoadmapInline nodes={paragraph} />
        </p>
      ))}
      <dl className={styles.facts}>
        <Fact label={translate({id: 'roadmark.detail.theme', message: 'Theme'})}>{themeLabel}</Fact>
        {section.length > 0 ? (
          <Fact label={translate({id: 'roadmark.detail.section', message: 'Section', description: 'The headings a roadmap item sits under in its file'})} testId="roadmap-item-detail-section">
            {section.join(' › ')}
          </Fact>
        ) : null}
        {showStatus ? (
          <Fact label={translate({id: 'roadmark.detail.status', message: 'Status'})}>
            {statusLabel(status)}
            {item.statusRaw ? <span className={styles.muted}> ({item.statusRaw})</span> : null}
          </Fact>
        ) : null}
        <Fact label={translate({id: 'roadmark.detail.period', message: 'Period'})}>
          {item.period ? item.period.label : <span className={styles.muted}>{translate({id: 'roadmark.detail.noPeriod', message: 'Not scheduled'})}</span>}
        </Fact>
        {item.release ? <Fact label={translate({id: 'roadmark.detail.release', message: 'Release'})}>{item.release}</Fact> : null}
        {item.owners.length > 0 ? <Fact label={translate({id: 'roadmark.detail.owners', message: 'Owners'})}>{item.owners.join(', ')}</Fact> : null}
      </dl>
      {links.length > 0 ? (
        <section className={styles.section}>
          <h3 className={styles.sectionTitle}>
            <Translate id="roadmark.detail.links">Links</Translate>
          </h3>
          <ul className={styles.linkList} data-testid="roadmap-item-detail-links">
            {links.map(({url, label}) => (
              <li key={url}>
                <a href={url} target="_blank" rel="noopener noreferrer nofollow">
                  {label.kind === 'link' ? url : `${label.repo ? `${label.repo} ` : ''}${label.kind === 'pull' ? 'PR ' : ''}${label.text}`}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {item.children.length > 0 ? (
        <section className={styles.section}>
          <h3 className={styles.sectionTitle}>
            <Translate id="roadmark.detail.subItems" values={{count: item.children.length}}>
              {'Sub-items ({count})'}
            </Translate>
          </h3>
          <ul className={styles.children} data-testid="roadmap-item-detail-children">
            {item.children.map((child) => (
              <li key={child.id} className={styles.child}>
                {showStatus ? <RoadmapStatus status={statusKey(child)} compact /> : null}
                <ItemLink item={child} />
                {child.children.length > 0 ? <span className={styles.muted}> (+{child.children.length})</span> : null}
                <ChildTheme child={child} parent={item} themes={themes} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {source || pageHref ? (
        <p className={styles.footer}>
          {source ? (
            <a href={source} target="_blank" rel="noopener noreferrer" data-testid="roadmap-item-detail-source">
              <Translate id="roadmark.item.source" description="Link from a roadmap item to its line in the source file" values={{line: item.line}}>
                {'Source (line {line})'}
              </Translate>
            </a>
          ) : null}
          {pageHref ? (
            <Link to={`${pageHref}${serializeDetail(item.id)}`} data-testid="roadmap-item-detail-page">
              <Translate id="roadmark.detail.openOnPage" description="Link from an item detail opened in an embedded timeline to the same detail on the roadmap's timeline page, which has its own URL">
                Open on the roadmap page
              </Translate>
            </Link>
          ) : null}
        </p>
      ) : null}
      {history ? <HistorySection state={history} href={historyHref} /> : null}
    </div>
  );
}

export default function RoadmapItemDetail(props: Props): React.ReactElement {
  const {item, onClose} = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  /** Whether the parent wants the dialog open: a close the parent asked for is not reported back. */
  const wanted = useRef(false);
  const lastId = useRef<string | null>(null);
  const open = item !== null;
  if (!open) lastId.current = null;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    wanted.current = open;
    if (open && !element.open) {
      element.showModal();
      // The close button first (the dialog is named by its title): Escape and Enter both close from there.
      element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    else if (!open && element.open) element.close();
  }, [open]);

  // Moving from one item to another inside the open dialog (a sub-item, the parent): start at the top, on the title.
  const id = item?.id ?? null;
  useEffect(() => {
    if (id === null) return;
    if (lastId.current !== null && lastId.current !== id) {
      dialog.current?.scrollTo?.({top: 0});
      heading.current?.focus();
    }
    lastId.current = id;
  }, [id]);

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={open ? titleId : undefined}
      data-testid="roadmap-item-detail"
      data-item-id={id ?? undefined}
      onClose={() => {
        if (wanted.current) {
          wanted.current = false;
          onClose();
        }
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself (the panel fills its box).
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}>
      {item ? <Body {...props} item={item} titleId={titleId} headingRef={heading} onClose={() => dialog.current?.close()} /> : null}
    </dialog>
  );
}
