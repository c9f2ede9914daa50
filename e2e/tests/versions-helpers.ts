/**
 * Shared by the versions*.spec.ts files: the versioned instances of the
 * example site, readers of the roadmap files (the tests compare the pages
 * with the markdown, not with stored results), and readers of the version
 * pages (change counts, change rows, the data chunks the picker fetches).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Locator, Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type {ColorMode} from '../support/colorMode.js';

export const EXAMPLE_SITE = path.resolve(__dirname, '..', '..', 'example-site');
/** `url` of example-site/docusaurus.config.ts: feeds hold absolute links. */
export const SITE_URL = 'https://roadmark.example.org';
export const CURRENT = 'current';

export function siteFile(relative: string): string {
  return fs.readFileSync(path.join(EXAMPLE_SITE, relative), 'utf8');
}

/** A versioned instance, as example-site/docusaurus.config.ts configures it (current is the last version of each). */
export interface VersionedInstance {
  id: string;
  /** routeBasePath. */
  base: string;
  /** The instance's one roadmap (its file name, slugged). */
  slug: string;
  /** The current version's URL segment in compare pages: its `path` option, else `next`. */
  currentSegment: string;
  /** Version name → label, from the `versions` option (a name without a label shows as itself). */
  labels: Record<string, string>;
  /** The `latestComparePages` option, when set: how many older versions get a compare page against the last. */
  latestComparePages?: number;
}

export const INSTANCES: readonly VersionedInstance[] = [
  {
    id: 'tensorflow',
    base: '/tensorflow',
    slug: 'roadmap',
    currentSegment: 'next',
    labels: {current: 'Jun 2019', '2018-09': 'Sep 2018', '2018-04': 'Apr 2018', '2018-02': 'Feb 2018'},
  },
  {id: 'mindspore', base: '/mindspore', slug: 'roadmap', currentSegment: 'r1.5', labels: {current: 'r1.5'}, latestComparePages: 1},
  {id: 'qdrant', base: '/qdrant', slug: 'roadmap', currentSegment: 'next', labels: {current: '2024, ticked', '2024-published': '2024, as published'}},
  {id: 'feast', base: '/feast', slug: 'roadmap', currentSegment: 'next', labels: {current: '237c773', '2021': '01f0f4e'}},
  {
    id: 'handbook',
    base: '/handbook-roadmaps',
    slug: 'sourcegraph-frontend-platform',
    currentSegment: 'next',
    labels: {current: 'FY23 Q3 plan (4a74f0b)', 'fy23-q2': 'FY23 Q2 plan (12ade0d)'},
  },
];

export function instance(id: string): VersionedInstance {
  const found = INSTANCES.find((i) => i.id === id);
  if (!found) throw new Error(`no versioned instance "${id}"`);
  return found;
}

/** Every version, newest first: current, then the snapshots the versions file lists. */
export function versionsOf(inst: VersionedInstance): string[] {
  const released = JSON.parse(siteFile(`${inst.id}_roadmap_versions.json`)) as string[];
  return [CURRENT, ...released];
}

export function labelOf(inst: VersionedInstance, version: string): string {
  return inst.labels[version] ?? version;
}

function segment(inst: VersionedInstance, version: string): string {
  return version === CURRENT ? inst.currentSegment : version;
}

export function comparePath(inst: VersionedInstance, from: string, to: string): string {
  return `${inst.base}/changes/${segment(inst, from)}/${segment(inst, to)}`;
}

/** Each adjacent pair, newest first: what changed in `to` since `from`. */
export function adjacentPairs(inst: VersionedInstance): {from: string; to: string}[] {
  const versions = versionsOf(inst);
  return versions.slice(0, -1).map((to, i) => ({from: versions[i + 1]!, to}));
}

/** Every compare page: the adjacent pairs, and each older version against current (the last version). */
export function comparePaths(inst: VersionedInstance): string[] {
  return [...adjacentPairs(inst).map(({from, to}) => comparePath(inst, from, to)), ...olderAgainstLast(inst).withPage.map((from) => comparePath(inst, from, CURRENT))];
}

/** Versions older than the one before the last (current), nearest first: those with a compare page against it, and the others. */
export function olderAgainstLast(inst: VersionedInstance): {withPage: string[]; inBrowser: string[]} {
  const older = versionsOf(inst).slice(2);
  const pages = inst.latestComparePages ?? 10;
  return {withPage: older.slice(0, pages), inBrowser: older.slice(pages)};
}

/** The pages of a version other than the last: its home, timeline and matrix. */
export function oldVersionPaths(inst: VersionedInstance, version: string): string[] {
  const home = `${inst.base}/${version}`;
  return [home, `${home}/${inst.slug}`, `${home}/${inst.slug}/matrix`];
}

export function historyPath(inst: VersionedInstance): string {
  return `${inst.base}/${inst.slug}/history`;
}

// ---- Reading the roadmap files ------------------------------------------------

/** `[text](url)` → `text`. */
export function stripLinks(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** Checkbox items of a file: title → ticked. */
export function checkboxes(markdown: string): Map<string, boolean> {
  const items = new Map<string, boolean>();
  for (const line of markdown.split('\n')) {
    const match = /^\s*[-*+]\s+\[([ xX])\]\s+(.*\S)\s*$/.exec(line);
    if (match) items.set(stripLinks(match[2]!), match[1] !== ' ');
  }
  return items;
}

export interface FiscalQuarter {
  label: string;
  /** Quarters since FY00 Q1: differences are distances in quarters. */
  index: number;
}

/** Items listed under `### FY23 Q2`-style headings: title → quarter. */
export function fiscalQuarterPlan(markdown: string): Map<string, FiscalQuarter> {
  const plan = new Map<string, FiscalQuarter>();
  let quarter: FiscalQuarter | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^#{1,6}\s+(.*\S)\s*$/.exec(line);
    if (heading) {
      const fiscal = /^FY(\d{2})\s+Q([1-4])$/.exec(heading[1]!);
      quarter = fiscal ? {label: heading[1]!, index: Number(fiscal[1]) * 4 + Number(fiscal[2]) - 1} : null;
      continue;
    }
    const item = /^[-*]\s+(.*\S)\s*$/.exec(line);
    if (item && quarter) plan.set(stripLinks(item[1]!), quarter);
  }
  return plan;
}

/** Lines that promise items rather than name one ("More to be identified and launched"): core reads them as a placeholder-item diagnostic, not an item (packages/core/src/words/placeholders.ts). */
const PLACEHOLDER = /^(?:etc\.?|…+|\.{2,}|tb[ad]|more(?: [\w-]+){0,3} (?:to (?:come|follow)|coming|(?:to be|will be) \w+(?: and [\w-]+)?))[\s.!]*$/i;

/**
 * Top-level bullets that fit on one line and carry no markup (their text is
 * the item's title as written), so a test can look for them on a page.
 */
export function plainBullets(markdown: string): string[] {
  const lines = markdown.split('\n');
  const bullets: string[] = [];
  lines.forEach((line, i) => {
    const match = /^[-*]\s+([^[\]`*_<>]+?)\s*$/.exec(line);
    const next = lines[i + 1] ?? '';
    if (match && !PLACEHOLDER.test(match[1]!) && (next.trim() === '' || /^([-*#]|\d+\.)\s/.test(next))) bullets.push(match[1]!);
  });
  return bullets;
}

/** Items of the Sourcegraph handbook listed under another fiscal quarter in the newer file. */
export function sourcegraphMoves(): {title: string; from: string; to: string; quarters: number}[] {
  const file = 'Sourcegraph-Frontend-Platform.md';
  const before = fiscalQuarterPlan(siteFile(`handbook_versioned_roadmap/version-fy23-q2/${file}`));
  const after = fiscalQuarterPlan(siteFile(`handbook/${file}`));
  const moves: {title: string; from: string; to: string; quarters: number}[] = [];
  for (const [title, quarter] of after) {
    const old = before.get(title);
    if (old && old.index !== quarter.index) moves.push({title, from: old.label, to: quarter.label, quarters: quarter.index - old.index});
  }
  return moves;
}

// ---- Reading the version pages ----------------------------------------------------

export type KindCounts = Record<string, number> & {done: number; slipped: number; pulledIn: number};

/** "2 added · 10 status changed (10 done) · 2 rescheduled (2 slipped, 0 pulled in)" as numbers. */
export async function changeCounts(counts: Locator): Promise<KindCounts> {
  const entries = await counts.locator('li[data-kind]').evaluateAll((nodes) =>
    nodes.map((node) => [node.getAttribute('data-kind') ?? '', node.textContent ?? ''] as const),
  );
  const result = {done: 0, slipped: 0, pulledIn: 0} as KindCounts;
  // English wording: the breakdown names only the directions that occurred ("(2 slipped)").
  const count = (text: string, words: string) => Number(new RegExp(`(\\d+) ${words}`).exec(text)?.[1] ?? 0);
  for (const [kind, text] of entries) {
    result[kind] = Number(/\d+/.exec(text)?.[0] ?? NaN);
    if (kind === 'status') result.done = count(text, 'done');
    if (kind === 'rescheduled') {
      result.slipped = count(text, 'slipped');
      result.pulledIn = count(text, 'pulled in');
    }
  }
  return result;
}

export interface ChangeRow {
  kind: string;
  itemId: string;
  /** The item's title (the newer one for a renamed item), without its path. */
  title: string;
  /** Text of the row, its text nodes joined by spaces. */
  text: string;
  /** The statuses the row shows, in order (before, then after). */
  statuses: string[];
  uncertain: boolean;
  delta: string | null;
  historyHref: string | null;
}

/**
 * The change rows under `scope`. The row's first line is "path › title" plus
 * the uncertain-match note; the component gives the title no test id of its own.
 */
export async function changeRows(scope: Page | Locator): Promise<ChangeRow[]> {
  return scope.locator('[data-testid="roadmap-change"]').evaluateAll((nodes) =>
    nodes.map((node) => {
      const head = node.firstElementChild!.cloneNode(true) as HTMLElement;
      head.querySelector('[data-testid="roadmap-change-uncertain"]')?.remove();
      const parts = (head.textContent ?? '').split(' › ');
      const title = parts[parts.length - 1]!.replace(/^.*→\s*changed to\s*/, '').replace(/[“”]/g, '').trim();
      const history = [...node.querySelectorAll('a[href]')].find((a) => /\/history#/.test(a.getAttribute('href') ?? ''));
      // Text nodes joined with spaces: "Planned → changed to Done delivered", not "Planned→changed toDonedelivered".
      const texts: string[] = [];
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
      return {
        kind: node.getAttribute('data-kind') ?? '',
        itemId: node.getAttribute('data-item-id') ?? '',
        title,
        text: texts.join(' ').replace(/\s+/g, ' ').trim(),
        statuses: [...node.querySelectorAll('[data-status]')].map((status) => status.getAttribute('data-status') ?? ''),
        uncertain: node.getAttribute('data-uncertain') === 'true',
        delta: node.querySelector('[data-testid="roadmap-change-delta"]')?.textContent?.trim() ?? null,
        historyHref: history?.getAttribute('href') ?? null,
      };
    }),
  );
}

/** "+2 quarters" / "−1 quarter" for a distance in quarters, as the change rows write it. */
export function quarterDeltaText(quarters: number): string {
  const amount = Math.abs(quarters);
  return `${quarters > 0 ? '+' : '−'}${amount} ${amount === 1 ? 'quarter' : 'quarters'}`;
}

// ---- Which version data the browser downloaded -----------------------------------------

/**
 * Records the scripts the page downloads and tells which roadmap documents
 * (`pluginId/version`) they hold. A document chunk is recognised by its data:
 * `defaultZoom` only appears in a roadmap document, and its versionContext
 * names the version (route props of version homes carry a versionContext too,
 * but no defaultZoom).
 */
export function watchDocumentChunks(page: Page): {since(mark: number): Promise<string[]>; mark(): number} {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (/\.js(\?|$)/.test(response.url()) && response.ok()) bodies.push(response.text().catch(() => ''));
  });
  return {
    mark: () => bodies.length,
    async since(mark) {
      const found = new Set<string>();
      for (const body of await Promise.all(bodies.slice(mark))) {
        if (!/"?defaultZoom"?:/.test(body)) continue;
        const plugin = /"?pluginId"?:"([^"]+)"/.exec(body)?.[1] ?? '?';
        for (const match of body.matchAll(/"?versionContext"?:\{"?version"?:\{"?name"?:"([^"]+)"/g)) found.add(`${plugin}/${match[1]}`);
      }
      return [...found].sort();
    },
  };
}

// ---- Accessibility -----------------------------------------------------------------

/** Serious and critical axe violations; dark mode only changes colours, so it runs the contrast rule alone (as accessibility.spec.ts). */
export async function seriousAxeViolations(page: Page, mode: ColorMode): Promise<string[]> {
  const axe = new AxeBuilder({page});
  if (mode === 'dark') axe.withRules(['color-contrast']);
  const results = await axe.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}, ${violation.nodes.length} nodes): ${violation.help}; e.g. ${violation.nodes
          .slice(0, 3)
          .map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
          .join(' | ')}`,
    );
}
