/** Absolute http(s) URLs for feed links; anything else (javascript:, data:, garbage) is left out. */
import {cleanText} from './text.js';

export const FEED_FILES = {rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json'} as const;

/** `url` resolved against `base`, when the result is http or https; null otherwise. */
export function absoluteUrl(url: string | null | undefined, base: string): string | null {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    const resolved = new URL(cleanText(url).trim(), base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

/** The self link of one feed file under the feed base URL. */
export function feedFileUrl(feedUrl: string, file: string): string {
  return `${feedUrl.replace(/\/+$/, '')}/${file}`;
}
