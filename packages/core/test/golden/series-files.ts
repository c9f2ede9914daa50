/** The corpus's roadmap series (MANIFEST.tsv `series` column), read and parsed for the golden diff tests. */
import {parseRoadmap, type HistoryVersion, type ParseOptions, type Roadmap} from '../../src/index.js';
import {readShared} from './paths.js';

interface ManifestRow {
  file: string;
  series: string;
}

let manifest: ManifestRow[] | null = null;

function rows(): ManifestRow[] {
  if (manifest) return manifest;
  const [header, ...lines] = readShared('corpus/MANIFEST.tsv').split('\n').filter((line) => line.trim() !== '');
  const columns = header!.split('\t');
  const fileAt = columns.indexOf('file');
  const seriesAt = columns.indexOf('series');
  if (fileAt < 0 || seriesAt < 0) throw new Error('MANIFEST.tsv has no file/series column');
  manifest = lines.map((line) => {
    const cells = line.split('\t');
    return {file: cells[fileAt]!, series: cells[seriesAt] ?? ''};
  });
  return manifest;
}

/**
 * The corpus file of `series` whose name ends in `__<version>.md` (a commit prefix, or the
 * index id the manifest gives when the commit is unknown). Exactly one must match.
 */
export function seriesFile(series: string, version: string): string {
  const files = [...new Set(rows().filter((row) => row.series === series && row.file.endsWith(`__${version}.md`)).map((row) => row.file))];
  if (files.length !== 1) throw new Error(`series ${series} version ${version}: ${files.length} files in MANIFEST.tsv`);
  return `corpus/${files[0]}`;
}

export function readSeries(series: string, version: string): string {
  return readShared(seriesFile(series, version));
}

export function parseSeries(series: string, version: string, options: ParseOptions = {}): Roadmap {
  const file = seriesFile(series, version);
  return parseRoadmap(readShared(file), {...options, file});
}

/** A history version named by its file version, dated by the document's own date. */
export function seriesVersion(series: string, version: string, label: string, options: ParseOptions = {}): HistoryVersion {
  const roadmap = parseSeries(series, version, options);
  return {name: version, label, date: roadmap.updated, roadmap};
}

export interface CheckboxLine {
  /** The text after the box, markdown links reduced to their text. */
  text: string;
  checked: boolean;
}

/** The task-list lines of a markdown text, read with a regular expression (independently of the parser). */
export function checkboxLines(markdown: string): CheckboxLine[] {
  const lines: CheckboxLine[] = [];
  for (const line of markdown.split('\n')) {
    const match = /^\s*[*+-] \[([ xX])\] (.*)$/.exec(line);
    if (!match) continue;
    const text = match[2]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
    lines.push({text, checked: match[1] !== ' '});
  }
  return lines;
}
