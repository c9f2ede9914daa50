/**
 * What a heading, a label paragraph or a group item says about the items
 * under it: a period, a status or horizon bucket, a release, or a theme.
 */
import {classifyBucket} from '../classify/bucket.js';
import type {Period, Status} from '../model.js';
import {parsePeriod, parseRelease, type PeriodOptions} from '../period/index.js';
import {isYearPart} from '../period/within-year.js';
import {isStructuralHeading} from '../words/structural.js';

export interface SectionRole {
  /** The heading/label text as written (markdown removed, whitespace collapsed). */
  text: string;
  period: Period | null;
  status: Status | null;
  statusRaw: string | null;
  release: string | null;
  /** Set when the text names a topic rather than a time, status or release. */
  themeRaw: string | null;
}

/** "1.", "1.1", "2)", "III." numbering in front of a heading is not part of its topic. */
const NUMBERING = /^(?:\d+(?:\.\d+)*[.)]?|[ivx]+\.)\s+/i;
const ABOUT_THE_DOCUMENT = /\broad-?maps?\b|路线图|路标/i;
/** `:truck:` decorates a heading; cut whole, so that its colons do not survive as "truck:". */
const SHORTCODES = /:[a-z0-9][a-z0-9_+-]*:/g;
const EDGE_PUNCTUATION = /^[\s:：\-–—*_#>|]+|[\s:：\-–—*_#>|]+$/g;

export function topicText(text: string): string {
  return text.replace(SHORTCODES, ' ').trim().replace(NUMBERING, '').replace(EDGE_PUNCTUATION, '').trim();
}

export function classifySection(text: string, options: PeriodOptions): SectionRole {
  const bucket = classifyBucket(text);
  let period = parsePeriod(text, options);
  if (!period && bucket?.horizon) {
    period = {horizon: bucket.horizon, label: bucket.horizon === 'now' ? 'Now' : bucket.horizon === 'next' ? 'Next' : 'Later', raw: bucket.raw, anchor: options.anchor ?? null};
  }
  const release = parseRelease(text);
  // "How to read the roadmap", "The Backstage Roadmap": headings about the document, not topics;
  // "Goals of the release", "Core Milestones": headings that organize it (words/structural.ts).
  const topical = !bucket && !period && !release && !ABOUT_THE_DOCUMENT.test(text) && !isYearPart(text) && !isStructuralHeading(topicText(text));
  return {
    text,
    period,
    status: bucket?.status ?? null,
    statusRaw: bucket?.status ? bucket.raw : null,
    release,
    themeRaw: topical ? topicText(text) || null : null,
  };
}

/** A section is a pure bucket when it says when/how-far/which-release but names no topic. */
export function isBucket(role: SectionRole): boolean {
  return role.themeRaw === null;
}

export function isAboutTheDocument(text: string): boolean {
  return ABOUT_THE_DOCUMENT.test(text);
}
