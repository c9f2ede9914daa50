/**
 * A site directory in the plugin's versioned layout (modelled on
 * plugin-content-docs): `roadmap/roadmap.md` is the current roadmap,
 * `versioned_roadmap/version-<name>/roadmap.md` the released snapshots and
 * `roadmap_versions.json` their names, newest first.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {history} from './evolve.js';
import {createPlan} from './plan.js';
import {createRandom} from './random.js';
import {renderRoadmap} from './render.js';

/** Release names of the snapshots, oldest first: 1.0 … 1.9, 2.0 … */
export function versionName(index: number): string {
  return `${1 + Math.floor(index / 10)}.${index % 10}`;
}

/** Monthly snapshots of one project from January 2018: the same seed and size give the same files. */
export function roadmapHistory(versions: number, items: number, seed: number): string[] {
  const random = createRandom(seed);
  const first = createPlan(random, {project: 'Atlas', month: 2018 * 12, target: items});
  return history(random, first, versions, {target: items}).map(renderRoadmap);
}

export interface VersionedSite {
  siteDir: string;
  /** Roadmap files written: the current one plus one per released version. */
  files: number;
  bytes: number;
  versionNames: string[];
}

/**
 * `versions` roadmap files in all: the newest is the current roadmap, the
 * others are released versions. With `versions` = 1 no versioned folders are written.
 */
export function writeVersionedSite(siteDir: string, texts: readonly string[]): VersionedSite {
  const current = texts[texts.length - 1]!;
  const released = texts.slice(0, -1);
  mkdirSync(path.join(siteDir, 'roadmap'), {recursive: true});
  writeFileSync(path.join(siteDir, 'roadmap/roadmap.md'), current);
  let bytes = Buffer.byteLength(current);
  const versionNames = released.map((_, index) => versionName(index));
  released.forEach((text, index) => {
    const dir = path.join(siteDir, 'versioned_roadmap', `version-${versionNames[index]}`);
    mkdirSync(dir, {recursive: true});
    writeFileSync(path.join(dir, 'roadmap.md'), text);
    bytes += Buffer.byteLength(text);
  });
  if (released.length > 0) {
    writeFileSync(path.join(siteDir, 'roadmap_versions.json'), `${JSON.stringify([...versionNames].reverse(), null, 2)}\n`);
  }
  return {siteDir, files: texts.length, bytes, versionNames};
}
