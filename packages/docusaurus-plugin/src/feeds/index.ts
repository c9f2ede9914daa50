/**
 * Roadmap change feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1): pure renderers from a list of
 * version entries to feed text. No I/O: the caller writes the files (names in FEED_FILES).
 */
export {renderRss} from './rss.js';
export {renderAtom} from './atom.js';
export {renderJsonFeed, type JsonFeed, type JsonFeedItem, type JsonFeedRoadmarkExtension} from './json.js';
export {FEED_FILES} from './urls.js';
export type {Feed, FeedEntry, FeedChange, FeedSummary} from './types.js';
