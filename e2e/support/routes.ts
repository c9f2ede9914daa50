/**
 * One representative page of each type in the example site, for the tests
 * that look closely at a page (filters, keyboard, axe). The load, screenshot
 * and no-JavaScript tests do not use this list: they find every page from the
 * sitemap.
 */
export const REPRESENTATIVE = {
  home: '/roadmap',
  /** Dated columns and buckets, several themes and statuses (done, in progress, dropped …). */
  timeline: '/projects/apl',
  /** Small enough to Tab through every link. */
  smallTimeline: '/roadmap/allennlp',
  matrix: '/roadmap/tensorflow/matrix',
  comparison: '/roadmap/compare',
  embed: '/docs/embedding',
  zhTimeline: '/zh-Hans/roadmap/mindspore',
  zhHome: '/zh-Hans/roadmap',
  malicious: '/fixtures/malicious',
  maliciousMatrix: '/fixtures/malicious/matrix',
} as const;
