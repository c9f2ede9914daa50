/**
 * The roadmap pages of the built site, found the way a crawler would: every URL
 * in a locale's sitemap.xml whose server-rendered HTML is one of the plugin's
 * page types (told apart by the `data-testid` of their <main>).
 */
import type {APIRequestContext} from '@playwright/test';

export type PageType = 'home' | 'timeline' | 'matrix' | 'comparison';

export interface RoadmapPage {
  /** Path on the served site, e.g. `/roadmap/tensorflow`. */
  path: string;
  type: PageType;
}

const TYPE_MARKERS: ReadonlyArray<[PageType, RegExp]> = [
  ['home', /data-testid="?roadmap-home-page[\s">]/],
  ['timeline', /data-testid="?roadmap-timeline-page[\s">]/],
  ['matrix', /data-testid="?roadmap-matrix-page[\s">]/],
  ['comparison', /data-testid="?roadmap-comparison-page[\s">]/],
];

/** Sitemap paths of a locale (`''` for the default one, or `/zh-Hans`). */
export async function sitemapPaths(request: APIRequestContext, localePrefix = ''): Promise<string[]> {
  const response = await request.get(`${localePrefix}/sitemap.xml`);
  if (!response.ok()) throw new Error(`${localePrefix}/sitemap.xml: HTTP ${response.status()}`);
  const xml = await response.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

export function pageTypeOf(html: string): PageType | null {
  return TYPE_MARKERS.find(([, marker]) => marker.test(html))?.[0] ?? null;
}

export async function roadmapPages(request: APIRequestContext, localePrefix = ''): Promise<RoadmapPage[]> {
  const pages: RoadmapPage[] = [];
  for (const path of await sitemapPaths(request, localePrefix)) {
    const response = await request.get(path);
    if (!response.ok()) throw new Error(`${path} is in the sitemap but answers HTTP ${response.status()}`);
    const type = pageTypeOf(await response.text());
    if (type) pages.push({path, type});
  }
  return pages;
}
