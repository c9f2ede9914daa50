/**
 * Compare any two versions in the browser. The pair lives in the URL query
 * (`?from=1.0&to=2.0`) so a comparison can be shared; the two versions' data
 * are loaded on demand from the versions registry (one chunk per version) and
 * compared with the same function the build uses. Before hydration (and
 * without JavaScript) the controls are disabled and the precomputed
 * comparisons are listed as links, so nothing depends on the script.
 */
import React, {useEffect, useId, useMemo, useState} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Translate, {translate} from '@docusaurus/Translate';
import registry from '@generated/docusaurus-plugin-roadmark/versions-registry.js';
import RoadmapVersionChanges from '@theme/RoadmapVersionChanges';
import {
  compareVersions,
  isReversed,
  pairKey,
  parsePair,
  serializePair,
  toVersionRef,
  type RoadmapDocumentData,
  type RoadmapVersionComparison,
  type RoadmapVersionMetadata,
  type RoadmapDocumentsBySlug,
  type VersionPair,
} from 'docusaurus-plugin-roadmark/client';
import type {Props} from '@theme/RoadmapVersionPicker';
import styles from './styles.module.css';

type HistoryKeys = Record<string, {before?: Record<string, string>; after?: Record<string, string>}>;

type Result =
  | {status: 'idle'}
  | {status: 'loading'; key: string}
  | {status: 'ready'; key: string; comparison: RoadmapVersionComparison; historyKeys: HistoryKeys}
  | {status: 'error'; key: string; message: string};

/** Loaded versions, shared by every picker on the page: switching pairs reloads nothing. */
const loaded = new Map<string, Promise<RoadmapDocumentsBySlug>>();

function loadVersion(pluginId: string, version: string): Promise<RoadmapDocumentsBySlug> {
  const cacheKey = `${pluginId}\u0000${version}`;
  let promise = loaded.get(cacheKey);
  if (!promise) {
    const loaders = registry[pluginId]?.[version];
    promise = loaders
      ? Promise.all(Object.entries(loaders).map(async ([slug, load]) => [slug, (await load()).default] as const)).then((entries) => Object.fromEntries(entries))
      : Promise.reject(new Error(`No data for version "${version}" of roadmap instance "${pluginId}".`));
    // A failed load may succeed later (a flaky network): do not keep the failure.
    promise.catch(() => loaded.delete(cacheKey));
    loaded.set(cacheKey, promise);
  }
  return promise;
}

function keysOf(before: RoadmapDocumentsBySlug, after: RoadmapDocumentsBySlug): HistoryKeys {
  const keys: HistoryKeys = {};
  const add = (docs: RoadmapDocumentsBySlug, side: 'before' | 'after') => {
    for (const [slug, doc] of Object.entries(docs) as [string, RoadmapDocumentData][]) {
      if (doc.historyKeys) (keys[slug] ??= {})[side] = doc.historyKeys;
    }
  };
  add(before, 'before');
  add(after, 'after');
  return keys;
}

function versionOption(version: RoadmapVersionMetadata): string {
  return version.date ? `${version.label} (${version.date})` : version.label;
}

function useComparison(pluginId: string, versions: readonly RoadmapVersionMetadata[], pair: VersionPair | null, active: boolean, history: Props['historyPermalinks'], historyBase: Props['historyBase']): Result {
  const [result, setResult] = useState<Result>({status: 'idle'});
  const key = pair ? pairKey(pair) : '';
  useEffect(() => {
    if (!active || !pair || pair.from === pair.to) {
      setResult({status: 'idle'});
      return undefined;
    }
    const from = versions.find((v) => v.name === pair.from);
    const to = versions.find((v) => v.name === pair.to);
    if (!from || !to) return undefined;
    let cancelled = false;
    setResult({status: 'loading', key});
    const historyPermalink = (slug: string): string | null =>
      history?.[slug] ?? (historyBase && to.roadmaps.includes(slug) ? `${historyBase.replace(/\/$/, '')}/${slug}/history` : null);
    Promise.all([loadVersion(pluginId, from.name), loadVersion(pluginId, to.name)])
      .then(([before, after]) => {
        if (cancelled) return;
        const comparison = compareVersions(toVersionRef(from), toVersionRef(to), before, after, historyPermalink);
        setResult({status: 'ready', key, comparison, historyKeys: keysOf(before, after)});
      })
      .catch((error: unknown) => {
        if (!cancelled) setResult({status: 'error', key, message: error instanceof Error ? error.message : String(error)});
      });
    return () => {
      cancelled = true;
    };
    // `pair` is read through `key`; the versions and links are build data and do not change.
  }, [active, key, pluginId]);
  return result;
}

export default function RoadmapVersionPicker({pluginId, versions, comparePermalinks, historyBase, historyPermalinks}: Props): React.ReactElement | null {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const fromId = useId();
  const toId = useId();
  const params = isBrowser ? new URLSearchParams(location.search) : null;
  /** A comparison runs when the URL names one (a shared link or a submitted form). */
  const requested = params !== null && params.has('from') && params.has('to');
  const urlPair = useMemo(() => parsePair(isBrowser ? location.search : '', versions), [isBrowser, location.search, versions]);
  const [draft, setDraft] = useState<VersionPair | null>(urlPair);
  useEffect(() => setDraft(urlPair), [urlPair]);
  const result = useComparison(pluginId, versions, urlPair, requested, historyPermalinks, historyBase);

  if (!urlPair || !draft) return null;
  const same = draft.from === draft.to;
  const draftPage = comparePermalinks[pairKey(draft)];
  const shownPage = requested ? comparePermalinks[pairKey(urlPair)] : undefined;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (same) return;
    history.replace({...location, search: serializePair(draft, location.search)});
  };

  return (
    <div className={styles.picker} data-testid="roadmap-version-picker">
      <form className={styles.form} onSubmit={submit} aria-describedby={isBrowser ? undefined : `${fromId}-nojs`}>
        <div className={styles.field}>
          <label htmlFor={fromId}>
            <Translate id="roadmark.version.picker.from">Older version</Translate>
          </label>
          <select id={fromId} value={draft.from} disabled={!isBrowser} onChange={(e) => setDraft({...draft, from: e.target.value})} data-testid="roadmap-version-from">
            {versions.map((version) => (
              <option key={version.name} value={version.name}>
                {versionOption(version)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className={clsx('button button--sm button--secondary', styles.swap)}
          disabled={!isBrowser}
          onClick={() => setDraft({from: draft.to, to: draft.from})}
          aria-label={translate({id: 'roadmark.version.picker.swapLabel', message: 'Swap the two versions'})}>
          <span aria-hidden="true">⇄</span>
        </button>
        <div className={styles.field}>
          <label htmlFor={toId}>
            <Translate id="roadmark.version.picker.to">Newer version</Translate>
          </label>
          <select id={toId} value={draft.to} disabled={!isBrowser} onChange={(e) => setDraft({...draft, to: e.target.value})} data-testid="roadmap-version-to">
            {versions.map((version) => (
              <option key={version.name} value={version.name}>
                {versionOption(version)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={!isBrowser || same} data-testid="roadmap-version-compare">
          <Translate id="roadmark.version.picker.submit">Compare</Translate>
        </button>
        {draftPage && !same ? (
          <Link to={draftPage} className={styles.pageLink} data-testid="roadmap-version-page-link">
            <Translate id="roadmark.version.picker.pageLink">Open as a page</Translate>
          </Link>
        ) : null}
      </form>
      {!isBrowser ? (
        <p id={`${fromId}-nojs`} className={styles.note}>
          <Translate id="roadmark.version.picker.noScript">Comparing any two versions needs JavaScript; the comparisons listed on this page work without it.</Translate>
        </p>
      ) : null}
      {same ? (
        <p className={styles.note} role="status">
          <Translate id="roadmark.version.picker.same">Pick two different versions.</Translate>
        </p>
      ) : isReversed(draft, versions) ? (
        <p className={styles.note}>
          <Translate id="roadmark.version.picker.reversed">The “older” version is the newer one: the comparison reads backwards (added items show as dropped).</Translate>
        </p>
      ) : null}
      <div className={styles.result} aria-live="polite" aria-busy={result.status === 'loading'}>
        {result.status === 'loading' ? (
          <p className={styles.loading} data-testid="roadmap-version-loading">
            <Translate id="roadmark.version.picker.loading">Loading the two versions…</Translate>
          </p>
        ) : null}
        {result.status === 'error' ? (
          <div className="alert alert--danger" role="alert" data-testid="roadmap-version-error">
            <Translate id="roadmark.version.picker.error" values={{error: <code>{result.message}</code>}}>
              {'The versions could not be loaded: {error}'}
            </Translate>
          </div>
        ) : null}
        {result.status === 'ready' ? (
          <>
            {shownPage ? (
              <p className={styles.note}>
                <Link to={shownPage}>
                  <Translate id="roadmark.version.picker.shownPage">This comparison also has its own page</Translate>
                </Link>
              </p>
            ) : null}
            <RoadmapVersionChanges comparison={result.comparison} headingLevel={3} historyKeys={result.historyKeys} />
          </>
        ) : null}
      </div>
    </div>
  );
}
