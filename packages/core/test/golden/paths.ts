/** Where the shared roadmap files live, found from this file rather than the working directory. */
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The monorepo root: the nearest ancestor holding pnpm-workspace.yaml. */
export function repoRoot(): string {
  let dir = here;
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no pnpm-workspace.yaml above ${here}`);
    dir = parent;
  }
  return dir;
}

/** The real roadmap files the tests read (corpus/, seeds/), kept in the repository: see ../real/README.md. */
export function realDir(): string {
  return resolve(here, '..', 'real');
}

/** The shared fixture set next to the repository, which ../real copies; absent in a plain clone. */
export function sharedDir(): string {
  return resolve(repoRoot(), '..', 'shared');
}

export const labelsDir = resolve(here, '..', 'labels');

/** Reads a real roadmap file given relative to ../real ("corpus/x.md"); a missing file is a clear failure, not a skip. */
export function readShared(relative: string): string {
  const path = join(realDir(), relative);
  if (!existsSync(path)) throw new Error(`golden source missing: ${path}`);
  return readFileSync(path, 'utf8');
}
