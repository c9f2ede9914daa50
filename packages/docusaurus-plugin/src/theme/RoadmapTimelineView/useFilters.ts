/**
 * The timeline's filters: in the URL query when `syncUrl` (pages, so a view
 * can be shared), else in component state (embeds). Read only after
 * hydration, so that the first client render matches the server HTML.
 *
 * Typed text reaches the URL once typing pauses: a router update re-renders
 * the whole page (navbar, layout) on every keystroke otherwise, and the URL
 * form is trimmed, so a space typed at the end would vanish from the box.
 * Until then the text lives in a draft, which the timeline already follows.
 */
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {NO_FILTERS, parseFilters, serializeFilters, type TimelineFilters} from 'docusaurus-plugin-roadmark/client';

const TEXT_TO_URL_DELAY_MS = 250;

function definedOnly(filters: TimelineFilters): Partial<TimelineFilters> {
  const out: Partial<TimelineFilters> = {};
  if (filters.themes.length) out.themes = filters.themes;
  if (filters.statuses.length) out.statuses = filters.statuses;
  if (filters.text) out.text = filters.text;
  if (filters.zoom) out.zoom = filters.zoom;
  return out;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Typing: the text changed and no theme or status did (the zoom buttons never change the text). */
function textOnly(current: TimelineFilters, next: TimelineFilters): boolean {
  return next.text !== current.text && sameList(current.themes, next.themes) && sameList(current.statuses, next.statuses);
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
  const [draft, setDraft] = useState<string | null>(null);
  /** The text this hook last wrote to the URL, trimmed as the URL holds it. */
  const written = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestLocation = useRef(location);
  latestLocation.current = location;
  useEffect(() => () => clearTimeout(timer.current), []);

  // One object per query string and draft: a new object on every render would restart the deferred timeline render.
  const fromUrl = useMemo(() => ({...base, ...definedOnly(parseFilters(location.search))}), [base, location.search]);
  // The draft stands until the URL's text changes to one this hook did not write (back, forward, a link).
  // Our own writes reach the location late (Docusaurus loads the route's modules first): that is no reason to drop it.
  useEffect(() => {
    if (fromUrl.text !== written.current) setDraft(null);
  }, [fromUrl.text]);
  const text = draft ?? fromUrl.text;
  const fromUrlAndDraft = useMemo(() => (text === fromUrl.text ? fromUrl : {...fromUrl, text}), [fromUrl, text]);
  const filters = isBrowser ? (syncUrl ? fromUrlAndDraft : local) : base;

  const write = useCallback(
    (next: TimelineFilters) => {
      written.current = next.text.trim();
      history.replace({...latestLocation.current, search: serializeFilters(next, latestLocation.current.search)});
    },
    [history],
  );
  const setFilters = useCallback(
    (next: TimelineFilters) => {
      if (!syncUrl) return setLocal(next);
      clearTimeout(timer.current);
      // The box shows what was typed at once, also while another filter's URL change is on its way.
      setDraft(next.text);
      if (textOnly(filters, next)) timer.current = setTimeout(() => write(next), TEXT_TO_URL_DELAY_MS);
      else write(next);
    },
    [filters, syncUrl, write],
  );
  return {filters, initial: base, setFilters, isBrowser};
}
