/**
 * Parsed roadmaps kept on disk between builds, keyed by what a parse depends on: the
 * file's bytes, its site path, the parse options and the core parser's own code. Frozen
 * versions never change, so a site with many versions parses only what changed since
 * the last build. Lives in node_modules/.cache or the `cacheDir` option (`docusaurus clear`
 * empties the former; the dev server watches neither). A missing, unreadable or corrupt entry is parsed again: the
 * cache can make a build faster, never different.
 */
import {createHash} from 'node:crypto';
import {mkdir, readdir, readFile, rename, rm, writeFile} from 'node:fs/promises';
import {readdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {ParseOptions, Roadmap} from '@roadmark/core';

const FORMAT = 1;

/** A digest of the core package's built code: a changed parser must not reuse old results. */
let parserFingerprint: string | null = null;
function fingerprint(): string {
  if (parserFingerprint) return parserFingerprint;
  const hash = createHash('sha256').update(`format ${FORMAT}\0`);
  const lib = path.join(path.dirname(createRequire(import.meta.url).resolve('@roadmark/core/package.json')), 'lib');
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (entry.name.endsWith('.js')) hash.update(`${path.relative(lib, file)}\0`).update(readFileSync(file));
    }
  };
  visit(lib);
  return (parserFingerprint = hash.digest('hex'));
}

export interface ParseCache {
  /** The key of one parse; equal keys give equal roadmaps. */
  keyOf(bytes: Uint8Array, options: ParseOptions): string;
  get(key: string): Promise<Roadmap | null>;
  /** Written in the background; `flush` waits for the writes. `json`: the roadmap already serialized (by a parse worker). */
  set(key: string, roadmap: Roadmap, json?: string): void;
  /** Waits for pending writes, then drops entries this load did not use once they outnumber the used ones. */
  flush(): Promise<void>;
}

export function createParseCache(dir: string): ParseCache {
  const used = new Set<string>();
  const writes: Promise<void>[] = [];
  const fileOf = (key: string) => path.join(dir, `${key}.json`);
  let ready: Promise<unknown> | null = null;

  return {
    keyOf(bytes, options) {
      return createHash('sha256').update(fingerprint()).update('\0').update(JSON.stringify(options)).update('\0').update(bytes).digest('hex');
    },

    async get(key) {
      used.add(key);
      try {
        const roadmap = JSON.parse(await readFile(fileOf(key), 'utf8')) as Roadmap;
        return Array.isArray(roadmap?.items) && Array.isArray(roadmap.diagnostics) ? roadmap : null;
      } catch {
        return null;
      }
    },

    set(key, roadmap, json) {
      used.add(key);
      ready ??= mkdir(dir, {recursive: true});
      // Written whole under a temporary name, then renamed: a reader never sees half a file.
      const temporary = `${fileOf(key)}.${process.pid}.tmp`;
      writes.push(
        ready
          .then(() => writeFile(temporary, json ?? JSON.stringify(roadmap)))
          .then(() => rename(temporary, fileOf(key)))
          .catch(() => rm(temporary, {force: true}).catch(() => undefined)),
      );
    },

    async flush() {
      await Promise.all(writes.splice(0));
      const names = await readdir(dir).catch(() => [] as string[]);
      const stale = names.filter((name) => !used.has(name.replace(/\.json$/, '')));
      // Other locales and recent edits keep their entries; only a cache grown well past what a build uses is pruned.
      if (stale.length > 2 * used.size + 64) await Promise.all(stale.map((name) => rm(path.join(dir, name), {force: true}).catch(() => undefined)));
    },
  };
}
