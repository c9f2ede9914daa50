/** Where things are in the workspace, from this package's point of view. */
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = path.resolve(benchDir, '../..');
export const coreDir = path.join(repoDir, 'packages/core');
export const pluginDir = path.join(repoDir, 'packages/docusaurus-plugin');
export const benchModules = path.join(benchDir, 'node_modules');

const require = createRequire(import.meta.url);
/** tsx's ESM loader as an absolute path, for `node --import` in child processes whatever their cwd. */
export const tsxLoader = require.resolve('tsx');
/** The docusaurus CLI of this package's @docusaurus/core. */
export const docusaurusBin = path.join(path.dirname(require.resolve('@docusaurus/core/package.json')), 'bin/docusaurus.mjs');

/**
 * The built docusaurus-plugin-roadmark package to measure: the workspace's, or
 * another build (e.g. of an older commit) named by ROADMARK_BENCH_PLUGIN_DIR for A/B runs.
 */
export const pluginPackageDir = process.env.ROADMARK_BENCH_PLUGIN_DIR
  ? path.resolve(process.env.ROADMARK_BENCH_PLUGIN_DIR)
  : path.dirname(require.resolve('docusaurus-plugin-roadmark/package.json'));
