/**
 * The timeline's filters: in the URL query when `syncUrl` (pages, so a view
 * can be shared), else in component state (embeds). Read only after
 * hydration, so that the first client render matches the server HTML.
 */
import {useCallback, useMemo, useState} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {NO_FILTERS, parseFilters, serializeFilters, type TimelineFilters} from 'docusaurus-plugin-roadmark/client';

function definedOnly(filters: TimelineFilters): Partial<TimelineFilters> {
  const out: Partial<TimelineFilters> = {};
  if (filters.themes.length) out.themes = filters.themes;
  if (filters.statuses.length) out.statuses = filters.statuses;
  if (filters.text) out.text = filters.text;
  if (filters.zoom) out.zoom = filters.zoom;
  return out;
}

export interface FilterState {
  /** What the visitor asked for (the server and the hydration pass see `initial`). */
  filters: TimelineFilters;
  /** What the server rendered. */
  initial: TimelineFilters;
  setFilters: (next: TimelineFilters) => void;
  isBrowser: boolean;
}

export function useFilters(syncUrl: boolean, initial: Partial<TimelineFilters>): FilterState {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const base = useMemo(() => ({...NO_FILTERS, ...initial}), [initial]);
  const [local, setLocal] = useState<TimelineFilters>(base);
  // One object per query string: a new object on every router render would restart the deferred timeline render.
  const fromUrl = useMemo(() => ({...base, ...definedOnly(parseFilters(location.search))}), [base, location.search]);
  const filters = isBrowser ? (syncUrl ? fromUrl : local) : base;
  const setFilters = useCallback(
    (next: TimelineFilters) => {
      if (!syncUrl) return setLocal(next);
      history.replace({...location, search: serializeFilters(next, location.search)});
    },
    [history, location, syncUrl],
  );
  return {filters, initial: base, setFilters, isBrowser};
}
