/** The plugin's source files, for the tests that read the code itself (layers, import circles, browser-safe spreads). */
import {readdirSync, statSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const src = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every .ts/.tsx file under `dir` (declaration files left out), tests and fixtures left out. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' || name === '__fixtures__' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}
