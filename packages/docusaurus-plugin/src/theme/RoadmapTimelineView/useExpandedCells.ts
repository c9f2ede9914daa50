/**
 * Which crowded cells the visitor expanded. A permalink (#item-id) to a card
 * or sub-item that a collapsed cell hides expands that cell and scrolls to
 * it, on load and on every hash change.
 */
import {useCallback, useEffect, useRef, useState} from 'react';

export interface ExpandedCells {
  expanded: ReadonlySet<string>;
  toggle: (key: string) => void;
}

function targetId(): string | null {
  const hash = window.location.hash.slice(1);
  if (!hash) return null;
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

function isDisplayed(element: HTMLElement | null): element is HTMLElement {
  return element !== null && element.getClientRects().length > 0;
}

/** `overflowOf`: item id → key of the cell that hides it while collapsed. `enabled`: false until hydration is over. */
export function useExpandedCells(overflowOf: ReadonlyMap<string, string>, enabled: boolean): ExpandedCells {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const pendingScroll = useRef<string | null>(null);

  const toggle = useCallback((key: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);

  useEffect(() => {
    if (!enabled) return undefined;
    const reveal = () => {
      const id = targetId();
      const key = id === null ? undefined : overflowOf.get(id);
      if (id === null || key === undefined) return;
      pendingScroll.current = id;
      setExpanded((current) => (current.has(key) ? current : new Set(current).add(key)));
    };
    reveal();
    window.addEventListener('hashchange', reveal);
    return () => window.removeEventListener('hashchange', reveal);
  }, [overflowOf, enabled]);

  // After every commit until the target shows (a deferred render may bring it later than the expansion).
  useEffect(() => {
    const id = pendingScroll.current;
    if (id === null) return;
    const element = document.getElementById(id);
    if (!isDisplayed(element)) return;
    pendingScroll.current = null;
    element.scrollIntoView({block: 'start'});
  });

  return {expanded, toggle};
}
