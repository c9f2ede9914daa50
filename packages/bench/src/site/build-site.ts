/** Run `docusaurus build` on a generated site and read what it produced and where its time went. */
import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {docusaurusBin} from '../paths.js';
import {runOrThrow} from '../processes.js';

export interface BuildRun {
  ms: number;
  /** Phase → ms, from Docusaurus' own perf logger (DOCUSAURUS_PERF_LOGGER=true). */
  phases: Map<string, number>;
}

/** Perf logger lines such as "[PERF] Build > en > Bundling with rspack - 7.61 seconds!". */
function readPhases(output: string): Map<string, number> {
  const phases = new Map<string, number>();
  for (const line of output.split('\n')) {
    const match = /^\[PERF\](?:\[KO\])? (.+?) - ([\d.]+) (ms|seconds)/.exec(line.trim());
    if (!match) continue;
    const name = match[1]!.replace(/^Build > [^>]+ > /, '');
    phases.set(name, Number(match[2]) * (match[3] === 'seconds' ? 1000 : 1));
  }
  return phases;
}

export async function buildSite(siteDir: string): Promise<BuildRun> {
  const result = await runOrThrow(process.execPath, [docusaurusBin, 'build', siteDir], {
    cwd: siteDir,
    env: {DOCUSAURUS_PERF_LOGGER: 'true'},
  });
  return {ms: result.ms, phases: readPhases(result.stdout + result.stderr)};
}

export interface BuildOutput {
  pages: number;
  bytes: number;
}

/** One HTML file per route: the page count of the build. */
export function readBuildOutput(outDir: string): BuildOutput {
  let pages = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        bytes += statSync(full).size;
        if (entry.name.endsWith('.html')) pages += 1;
      }
    }
  };
  walk(outDir);
  return {pages, bytes};
}
