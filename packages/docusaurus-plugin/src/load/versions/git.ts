/**
 * Versions from the site's own git history: the instance folder as it was at
 * each tag matching a glob, or at each commit that changed it. Read-only and
 * local (`git for-each-ref`, `git log`, `git ls-tree`, `git cat-file`): no
 * network, no checkout, the working tree is never touched.
 */
import {execFile, spawn} from 'node:child_process';
import path from 'node:path';
import {promisify} from 'node:util';
import {posixPath} from '@docusaurus/utils';
import type {GitVersionsOptions} from '../../options.js';
import {versionNameProblem} from './names.js';

const run = promisify(execFile);

/** Git is missing, or the folder is not in a repository: the caller says so and builds without these versions. */
export class GitUnavailableError extends Error {}

export interface GitFile {
  /** Path relative to the instance folder, `/` separators. */
  source: string;
  bytes: Uint8Array;
}

export interface GitVersion {
  name: string;
  label: string;
  /** YYYY-MM-DD of the tag or commit. */
  date: string;
  /** Full commit hash. */
  commit: string;
  files: GitFile[];
}

export interface GitVersionsResult {
  /** Newest first. */
  versions: GitVersion[];
  warnings: string[];
}

async function git(cwd: string, args: string[]): Promise<string> {
  const {stdout} = await run('git', args, {cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8'});
  return stdout;
}

async function repositoryRoot(dir: string): Promise<string> {
  try {
    return (await git(dir, ['rev-parse', '--show-toplevel'])).trim();
  } catch (error) {
    const err = error as NodeJS.ErrnoException & {stderr?: string};
    if (err.code === 'ENOENT') throw new GitUnavailableError('the "git" command is not installed');
    throw new GitUnavailableError(`${dir} is not inside a git repository (${(err.stderr ?? err.message).trim().split('\n')[0]})`);
  }
}

interface Revision {
  name: string;
  label: string;
  date: string;
  commit: string;
}

async function tagRevisions(root: string, pattern: string): Promise<Revision[]> {
  const out = await git(root, [
    'for-each-ref',
    '--sort=-refname', // the last --sort is the primary key: newest first, ties by name
    '--sort=-creatordate',
    '--format=%(refname:short)%09%(creatordate:iso-strict)%09%(*objectname)%09%(objectname)',
    `refs/tags/${pattern}`,
  ]);
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [tag, date, peeled, object] = line.split('\t') as [string, string, string, string];
      return {name: tag.replace(/\//g, '-'), label: tag, date: date.slice(0, 10), commit: peeled || object};
    });
}

async function commitRevisions(root: string, relDir: string): Promise<Revision[]> {
  const out = await git(root, ['log', '--format=%H%x09%cI', '--', relDir || '.']);
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [commit, iso] = line.split('\t') as [string, string];
      const date = iso.slice(0, 10);
      return {name: `${date}-${commit.slice(0, 7)}`, label: `${date} (${commit.slice(0, 7)})`, date, commit};
    });
}

async function listFiles(root: string, commit: string, relDir: string): Promise<string[]> {
  const out = await git(root, ['ls-tree', '-r', '-z', '--name-only', commit, '--', relDir ? `${relDir}/` : '.']);
  return out.split('\0').filter(Boolean);
}

/** Reads many blobs through one `git cat-file --batch`. */
function readBlobs(root: string, specs: string[]): Promise<(Uint8Array | null)[]> {
  if (specs.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], {cwd: root, stdio: ['pipe', 'pipe', 'pipe']});
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file failed: ${stderr.trim()}`));
      const out = Buffer.concat(chunks);
      const blobs: (Uint8Array | null)[] = [];
      let at = 0;
      for (let i = 0; i < specs.length; i++) {
        const eol = out.indexOf(0x0a, at);
        const header = out.subarray(at, eol).toString('utf8');
        at = eol + 1;
        const size = /^\S+ blob (\d+)$/.exec(header)?.[1];
        if (size === undefined) {
          blobs.push(null); // "<spec> missing"
          continue;
        }
        blobs.push(new Uint8Array(out.subarray(at, at + Number(size))));
        at += Number(size) + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(specs.map((spec) => `${spec}\n`).join(''));
  });
}

function sameFiles(a: GitFile[], b: GitFile[]): boolean {
  return (
    a.length === b.length &&
    a.every((file, i) => file.source === b[i]!.source && Buffer.compare(file.bytes, b[i]!.bytes) === 0)
  );
}

export async function readGitVersions(
  contentDir: string,
  options: GitVersionsOptions,
  matches: (source: string) => boolean,
): Promise<GitVersionsResult> {
  const root = await repositoryRoot(contentDir);
  const relDir = posixPath(path.relative(root, contentDir));
  const warnings: string[] = [];
  if ((await git(root, ['rev-parse', '--is-shallow-repository'])).trim() === 'true') {
    warnings.push('the git repository is a shallow clone: older versions may be missing (fetch with --unshallow, or set fetch-depth: 0 in CI)');
  }
  const revisions = options.tags ? await tagRevisions(root, options.tags) : await commitRevisions(root, relDir);
  if (revisions.length === 0) {
    warnings.push(options.tags ? `no git tag matches "${options.tags}"` : `no commit has changed ${relDir || 'the repository root'} yet`);
  }

  const versions: GitVersion[] = [];
  const names = new Set<string>();
  for (const revision of revisions) {
    if (options.limit && versions.length >= options.limit) break;
    const problem = versionNameProblem(revision.name);
    if (problem) {
      warnings.push(`git tag "${revision.label}" is skipped: ${problem}`);
      continue;
    }
    if (names.has(revision.name)) continue;
    const paths = (await listFiles(root, revision.commit, relDir))
      .map((full) => ({full, source: relDir ? full.slice(relDir.length + 1) : full}))
      .filter(({source}) => matches(source))
      .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
    const blobs = await readBlobs(root, paths.map(({full}) => `${revision.commit}:${full}`));
    const files = paths.flatMap(({source}, i) => (blobs[i] ? [{source, bytes: blobs[i]!}] : []));
    const newer = versions[versions.length - 1];
    // A commit that changed no roadmap file (only files the include patterns skip) would be an empty step:
    // the version is the oldest commit with that content. A tag is a release: it stays even when unchanged.
    if (options.commits && newer && sameFiles(newer.files, files)) {
      names.delete(newer.name);
      names.add(revision.name);
      versions[versions.length - 1] = {...revision, files};
      continue;
    }
    names.add(revision.name);
    versions.push({...revision, files});
  }
  return {versions, warnings};
}
