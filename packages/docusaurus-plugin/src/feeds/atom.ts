/** Atom 1.0 (RFC 4287). */
import {countsText, entryHtml, entryTitle} from './content.js';
import {isFeedDate, newestDate, rfc3339} from './dates.js';
import {cleanText, escapeMarkup as x} from './text.js';
import type {Feed, FeedEntry} from './types.js';
import {FEED_FILES, absoluteUrl, feedFileUrl} from './urls.js';

/** Atom ids must be absolute IRIs: an id with a scheme is kept, any other becomes a fragment of the feed's own URL. */
function entryId(entry: FeedEntry, self: string): string {
  const id = cleanText(entry.id); // also drops lone surrogates, which encodeURIComponent refuses
  if (/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) return id;
  return `${self}#${encodeURIComponent(id)}`;
}

export function renderAtom(feed: Feed): string {
  const self = feedFileUrl(feed.feedUrl, FEED_FILES.atom);
  const home = absoluteUrl(feed.homeUrl, feed.siteUrl) ?? absoluteUrl(feed.siteUrl, feed.siteUrl);
  // <updated> is required on the feed and on every entry. An undated version borrows the newest
  // date of the feed (or 1970-01-01 when no version has one): deterministic, never the build time.
  const fallback = newestDate(feed.entries.map((entry) => entry.date)) ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.language)}">`,
    `<id>${x(self)}</id>`,
    `<title type="text">${x(feed.title)}</title>`,
    `<subtitle type="text">${x(feed.description)}</subtitle>`,
    `<updated>${rfc3339(fallback)}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${x(self)}"/>`,
    ...(home ? [`<link rel="alternate" type="text/html" href="${x(home)}"/>`] : []),
    // A feed-level author covers every entry (RFC 4287 requires one or the other).
    `<author><name>${x(feed.title)}</name></author>`,
    '<generator>Roadmark</generator>',
  ];
  for (const entry of feed.entries) {
    const link = absoluteUrl(entry.url, feed.siteUrl);
    lines.push(
      '<entry>',
      `<id>${x(entryId(entry, self))}</id>`,
      `<title type="text">${x(entryTitle(entry))}</title>`,
      ...(link ? [`<link rel="alternate" type="text/html" href="${x(link)}"/>`] : []),
      `<updated>${rfc3339(isFeedDate(entry.date) ? entry.date : fallback)}</updated>`,
      `<summary type="text">${x(countsText(entry.summary))}</summary>`,
      `<content type="html">${x(entryHtml(entry, feed.siteUrl))}</content>`,
      '</entry>',
    );
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}
