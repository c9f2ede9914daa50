/** RSS 2.0 (https://www.rssboard.org/rss-specification) with an Atom self link, as validators expect. */
import {entryHtml, entryTitle} from './content.js';
import {isFeedDate, newestDate, rfc822} from './dates.js';
import {escapeMarkup as x} from './text.js';
import type {Feed} from './types.js';
import {FEED_FILES, absoluteUrl, feedFileUrl} from './urls.js';

export function renderRss(feed: Feed): string {
  const home = absoluteUrl(feed.homeUrl, feed.siteUrl) ?? absoluteUrl(feed.siteUrl, feed.siteUrl) ?? feed.siteUrl;
  const newest = newestDate(feed.entries.map((entry) => entry.date));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${x(feed.title)}</title>`,
    `<link>${x(home)}</link>`,
    `<description>${x(feed.description)}</description>`,
    `<language>${x(feed.language)}</language>`,
    // The newest version's date, not the build time: the same input gives the same bytes.
    ...(newest ? [`<lastBuildDate>${rfc822(newest)}</lastBuildDate>`] : []),
    '<generator>Roadmark</generator>',
    `<atom:link href="${x(feedFileUrl(feed.feedUrl, FEED_FILES.rss))}" rel="self" type="application/rss+xml"/>`,
  ];
  for (const entry of feed.entries) {
    const link = absoluteUrl(entry.url, feed.siteUrl);
    lines.push(
      '<item>',
      `<title>${x(entryTitle(entry))}</title>`,
      ...(link ? [`<link>${x(link)}</link>`] : []),
      `<guid isPermaLink="false">${x(entry.id)}</guid>`,
      // An undated version gets no pubDate rather than an invented one.
      ...(isFeedDate(entry.date) ? [`<pubDate>${rfc822(entry.date)}</pubDate>`] : []),
      `<description>${x(entryHtml(entry, feed.siteUrl))}</description>`,
      '</item>',
    );
  }
  lines.push('</channel>', '</rss>');
  return `${lines.join('\n')}\n`;
}
