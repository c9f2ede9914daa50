/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), items carrying a machine-readable `_roadmark` extension. */
import {countsText, entryHtml, entryTitle} from './content.js';
import {isFeedDate, rfc3339} from './dates.js';
import {cleanText} from './text.js';
import type {Feed, FeedChange, FeedSummary} from './types.js';
import {FEED_FILES, absoluteUrl, feedFileUrl} from './urls.js';

export interface JsonFeedRoadmarkExtension {
  version: string;
  summary: FeedSummary;
  changes: FeedChange[];
}

export interface JsonFeedItem {
  id: string;
  url?: string;
  title: string;
  summary: string;
  content_html: string;
  date_published?: string;
  _roadmark: JsonFeedRoadmarkExtension;
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url?: string;
  feed_url: string;
  description: string;
  language: string;
  items: JsonFeedItem[];
}

/** The feed as a plain object: `JSON.stringify` it to write feed.json. Text is cleaned of control characters like the XML feeds. */
export function renderJsonFeed(feed: Feed): JsonFeed {
  const home = absoluteUrl(feed.homeUrl, feed.siteUrl);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: cleanText(feed.title),
    ...(home ? {home_page_url: home} : {}),
    feed_url: feedFileUrl(feed.feedUrl, FEED_FILES.json),
    description: cleanText(feed.description),
    language: cleanText(feed.language),
    items: feed.entries.map((entry): JsonFeedItem => {
      const url = absoluteUrl(entry.url, feed.siteUrl);
      return {
        id: cleanText(entry.id),
        ...(url ? {url} : {}),
        title: cleanText(entryTitle(entry)),
        summary: cleanText(countsText(entry.summary)),
        content_html: entryHtml(entry, feed.siteUrl),
        ...(isFeedDate(entry.date) ? {date_published: rfc3339(entry.date)} : {}),
        _roadmark: {
          version: cleanText(entry.version),
          summary: {total: entry.summary.total, byKind: {...entry.summary.byKind}},
          changes: entry.changes.map((change) => ({
            kind: cleanText(change.kind),
            summary: cleanText(change.summary),
            url: absoluteUrl(change.url, feed.siteUrl),
          })),
        },
      };
    }),
  };
}
