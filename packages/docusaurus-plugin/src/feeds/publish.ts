/**
 * The change feeds (RSS, Atom, JSON Feed) of a versioned instance: written
 * next to the change log page after the build, and announced in every page's
 * head as the blog plugin announces its feeds.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {normalizeUrl} from '@docusaurus/utils';
import type {HtmlTags, LoadContext} from '@docusaurus/types';
import type {PluginOptions} from '../options.js';
import {renderAtom, renderJsonFeed, renderRss, type Feed} from './index.js';
import type {FeedPlan} from '../pages/plan.js';

export function feedHeadTags(options: PluginOptions, feeds: FeedPlan): HtmlTags {
  const title = `${options.title}: changes`;
  return [
    {tagName: 'link', attributes: {rel: 'alternate', type: 'application/rss+xml', href: feeds.urls.rss, title: `${title} (RSS)`}},
    {tagName: 'link', attributes: {rel: 'alternate', type: 'application/atom+xml', href: feeds.urls.atom, title: `${title} (Atom)`}},
    {tagName: 'link', attributes: {rel: 'alternate', type: 'application/feed+json', href: feeds.urls.json, title: `${title} (JSON)`}},
  ];
}

function toFeed(context: LoadContext, options: PluginOptions, feeds: FeedPlan): Feed {
  const siteUrl = context.siteConfig.url;
  const absolute = (url: string) => normalizeUrl([siteUrl, url]);
  const changes = feeds.urls.json.replace(/\/[^/]*$/, '');
  return {
    title: `${options.title}: changes`,
    description: `What changed in the roadmap from version to version. ${options.description}`.trim(),
    siteUrl,
    feedUrl: absolute(changes),
    homeUrl: absolute(changes),
    language: context.i18n.localeConfigs[context.i18n.currentLocale]?.htmlLang ?? context.i18n.currentLocale,
    entries: feeds.entries.map((entry) => ({
      ...entry,
      url: absolute(entry.url),
      changes: entry.changes.map((change) => ({...change, url: absolute(change.url)})),
    })),
  };
}

/** Writes the three feeds under outDir at their URLs (outDir already holds the locale's baseUrl). */
export async function writeFeeds(context: LoadContext, options: PluginOptions, feeds: FeedPlan, outDir: string): Promise<void> {
  const feed = toFeed(context, options, feeds);
  const target = (url: string) => path.join(outDir, url.slice(context.baseUrl.length));
  const files: [string, string][] = [
    [feeds.urls.rss, renderRss(feed)],
    [feeds.urls.atom, renderAtom(feed)],
    [feeds.urls.json, `${JSON.stringify(renderJsonFeed(feed), null, 2)}\n`],
  ];
  for (const [url, text] of files) {
    const file = target(url);
    await mkdir(path.dirname(file), {recursive: true});
    await writeFile(file, text);
  }
}
