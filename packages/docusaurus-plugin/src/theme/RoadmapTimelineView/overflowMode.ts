/**
 * How a crowded cell renders the cards past its first few (its overflow):
 *  - server: in the HTML, hidden; a <noscript> style shows it when scripts are off.
 *  - island: in the browser, while the timeline still shows what the server rendered (same zoom, no
 *    filter). The overflow is an element with an empty dangerouslySetInnerHTML: React treats it as a
 *    leaf, so hydration keeps the server's cards in it as plain HTML (their links work) and spends no
 *    time on them; "Show all" only unhides it. The hydration pass and the render after it use the same
 *    mode, so nothing re-renders when hydration ends.
 *  - live: React renders the overflow (after a filter or zoom change, or after client-side navigation,
 *    where there is no server HTML to keep).
 */
export type OverflowMode = 'server' | 'island' | 'live';
