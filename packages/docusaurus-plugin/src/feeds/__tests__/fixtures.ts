/** Feed inputs for the tests: an ordinary feed, and one whose every text field is hostile. */
import type {Feed, FeedEntry} from '../types.js';

export const HOSTILE = '<script>alert("x")</script> & ]]> \u0000\u0007\u001b\u007f\ufffe lone\ud800 pair\ud83d\ude80 \'q\'';
/** HOSTILE without the characters XML 1.0 cannot carry (and DEL/C1, which the feeds drop too). */
export const HOSTILE_CLEAN = '<script>alert("x")</script> & ]]>  lone pair\ud83d\ude80 \'q\'';

const entry = (overrides: Partial<FeedEntry>): FeedEntry => ({
  id: 'roadmap@1.0',
  version: '1.0',
  label: '1.0',
  date: '2024-03-05',
  url: '/roadmap/versions/1.0',
  summary: {total: 0, byKind: {}},
  changes: [],
  ...overrides,
});

export function sampleFeed(): Feed {
  return {
    title: 'Acme roadmap changes',
    description: 'What changed in the Acme roadmap, version by version.',
    siteUrl: 'https://example.com/',
    feedUrl: 'https://example.com/roadmap/feeds/',
    homeUrl: '/roadmap',
    language: 'en',
    entries: [
      entry({
        id: 'roadmap@1.2',
        version: '1.2',
        label: '1.2',
        date: '2024-06-30',
        url: '/roadmap/versions/1.2',
        summary: {total: 3, byKind: {added: 1, rescheduled: 1, status: 1, dropped: 0}},
        changes: [
          {kind: 'added', summary: 'Added “Plugins” (2024 Q4)', url: '/roadmap#plugins'},
          {kind: 'rescheduled', summary: '“Sharding” slipped 2 quarters: 2024 Q1 → 2024 Q3', url: 'https://example.com/roadmap#sharding'},
          {kind: 'status', summary: '“Dark mode” done (was planned)', url: null},
        ],
      }),
      entry({id: 'roadmap@1.1', version: '1.1', label: '1.1', date: null, url: '/roadmap/versions/1.1', summary: {total: 1, byKind: {retitled: 1}}, changes: [{kind: 'retitled', summary: '“Search” renamed to “Full-text search”', url: '/roadmap#search'}]}),
      entry({}),
    ],
  };
}

export function hostileFeed(): Feed {
  const feed = sampleFeed();
  return {
    ...feed,
    title: HOSTILE,
    description: HOSTILE,
    entries: [
      entry({
        id: HOSTILE,
        version: HOSTILE,
        label: HOSTILE,
        summary: {total: 2, byKind: {added: 1, dropped: 1}},
        changes: [
          {kind: 'added', summary: HOSTILE, url: 'javascript:alert(1)'},
          {kind: 'dropped', summary: `<img src=x onerror=alert(1)>`, url: '/roadmap#"><script>'},
        ],
      }),
    ],
  };
}
