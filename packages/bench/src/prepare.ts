/**
 * Build @roadmark/core and the plugin when their lib/ is missing or older than
 * their sources, so each benchmark measures the code in the working tree.
 */
import {existsSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {coreDir, pluginDir, pluginPackageDir, repoDir} from './paths.js';
import {run} from './processes.js';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === '__tests__' || entry.name === '__fixtures__') continue;
      newest = Math.max(newest, newestMtime(full));
    } else {
      newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}

function isStale(packageDir: string): boolean {
  const entry = path.join(packageDir, 'lib/index.js');
  if (!existsSync(entry)) return true;
  return newestMtime(path.join(packageDir, 'src')) > statSync(entry).mtimeMs;
}

export async function ensureBuilt(): Promise<void> {
  for (const [name, dir] of [
    ['@roadmark/core', coreDir],
    ['docusaurus-plugin-roadmark', pluginDir],
  ] as const) {
    if (dir === pluginDir && pluginPackageDir !== pluginDir) {
      console.log(`measuring the plugin build in ${pluginPackageDir} (ROADMARK_BENCH_PLUGIN_DIR)`);
      continue;
    }
    if (!isStale(dir)) continue;
    console.log(`building ${name} (lib/ missing or older than src/)…`);
    const result = await run('pnpm', ['--filter', name, 'run', 'build'], {
      cwd: repoDir,
      env: {COREPACK_ENABLE_DOWNLOAD_PROMPT: '0'},
    });
    if (result.code === 0) continue;
    const tail = (result.stdout + result.stderr).split('\n').slice(-12).join('\n');
    if (!existsSync(path.join(dir, 'lib/index.js'))) throw new Error(`building ${name} failed:\n${tail}`);
    // Someone may be mid-edit: measure the last good build rather than nothing, and say so loudly.
    console.log(`WARNING: building ${name} failed; measuring its existing lib/, which is older than src/:\n${tail}`);
  }
}
