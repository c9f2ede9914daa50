/**
 * Which item's detail is open: the `?item=<id>` query on pages (so a detail has its own URL,
 * and Back closes it), component state in embeds. Read only after hydration, so the first
 * client render matches the server HTML (which never shows a detail).
 *
 * Opening pushes a history entry, and so does moving to another item inside the open detail;
 * each entry counts how many detail entries lie above the page (`state.roadmarkDetail`), so
 * closing goes back past all of them, as Back would. A detail opened by loading its URL has
 * no entry to go back to: closing then replaces the URL with one without `item`.
 *
 * Closed, the detail gives focus back to what had it when it opened (Docusaurus moves focus to
 * the top of the page on every pushed URL, so the dialog itself cannot know), else to the item's
 * card: after a fresh load of a detail URL, and after Back.
 */
import {useCallback, useEffect, useRef, useState} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {parseDetail, serializeDetail} from 'docusaurus-plugin-roadmark/client';

export interface ItemDetailState {
  openId: string | null;
  open: (id: string) => void;
  close: () => void;
}

function depthOf(state: unknown): number {
  const depth = state && typeof state === 'object' ? (state as {roadmarkDetail?: unknown}).roadmarkDetail : undefined;
  return typeof depth === 'number' && depth > 0 ? depth : 0;
}

export function useItemDetail(syncUrl: boolean): ItemDetailState {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const [local, setLocal] = useState<string | null>(null);
  const latest = useRef(location);
  latest.current = location;
  const returnTo = useRef<HTMLElement | null>(null);
  const lastOpen = useRef<string | null>(null);

  const open = useCallback(
    (id: string) => {
      if (lastOpen.current === null && window.document.activeElement instanceof HTMLElement) returnTo.current = window.document.activeElement;
      if (!syncUrl) return setLocal(id);
      const current = latest.current;
      if (parseDetail(current.search) === id) return;
      history.push({pathname: current.pathname, search: serializeDetail(id, current.search), hash: current.hash, state: {roadmarkDetail: depthOf(current.state) + 1}});
    },
    [history, syncUrl],
  );
  const close = useCallback(() => {
    if (!syncUrl) return setLocal(null);
    const current = latest.current;
    const depth = depthOf(current.state);
    if (depth > 0) history.go(-depth);
    else history.replace({...current, search: serializeDetail(null, current.search)});
  }, [history, syncUrl]);

  const openId = !isBrowser ? null : syncUrl ? parseDetail(location.search) : local;
  useEffect(() => {
    if (openId !== null) {
      lastOpen.current = openId;
      return;
    }
    const closed = lastOpen.current;
    const target = returnTo.current;
    lastOpen.current = null;
    returnTo.current = null;
    if (closed === null) return;
    if (target && target.isConnected) return target.focus();
    const element = window.document.getElementById(closed);
    const card = element?.closest('article') ?? element;
    card?.querySelector<HTMLElement>('[data-roadmark-detail]')?.focus();
  }, [openId]);
  return {openId, open, close};
}

/**
 * A click on a detail link (`a[data-roadmark-detail]`, on cards and in the detail itself) opens
 * that item's detail; one listener on the timeline serves every card, also the ones React did
 * not hydrate (a crowded cell's overflow). A modified click keeps the link's own behaviour
 * (a new tab loads the detail's URL).
 */
export function detailIdOfClick(event: React.MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const target = event.target as Element | null;
  const link = target && typeof target.closest === 'function' ? target.closest<HTMLElement>('a[data-roadmark-detail]') : null;
  return link?.dataset.roadmarkDetail ?? null;
}
