/**
 * Relative buckets (Now / Next / Later) named by a heading or a cell. Only text that IS a bucket counts:
 * "Next", "Up next", "Future work 🔮", "Current: Alpha 5" — never prose like "the next release will…".
 */
import type {Horizon} from '../model.js';
import {BUCKET_PHRASES} from '../words/buckets.js';
import {HORIZON_PHRASES} from '../words/horizons.js';

/** Canonical labels: buckets from different documents line up by label; `raw` keeps the source wording. */
export const HORIZON_LABELS: Record<Horizon, string> = {now: 'Now', next: 'Next', later: 'Later'};

/** Nouns that may follow a bucket word without changing it: "Future work", "Upcoming milestones", "Near-term goals". */
const TRAILING_NOUNS = /^(?:work|milestones?|releases?|versions?|items?|priorities|plans?|planning|goals?|features?|focus|tasks?|steps?|ideas?|vision|roadmap|objectives?|projects?|initiatives?|efforts?|themes?|development)$/;
const ZH_TRAILING = /^(?:工作|计划|规划|版本|目标|里程碑|特性|功能)$/;

/** Phrase → horizon; null for a bucket phrase that names a state only ("backlog"), so it never reads as a time. */
const LOOKUP = new Map<string, Horizon | null>();
for (const [horizon, phrases] of Object.entries(HORIZON_PHRASES) as Array<[Horizon, string[]]>) {
  for (const phrase of phrases) LOOKUP.set(phrase, horizon);
}
for (const [[, horizon], phrases] of BUCKET_PHRASES) for (const phrase of phrases) LOOKUP.set(phrase, horizon);
/** The Chinese phrases, in lookup order: they may be followed by a noun without a space ("下一步计划"). */
const ZH_LOOKUP = Array.from(LOOKUP).filter(([phrase]) => /^[\u4e00-\u9fff]/.test(phrase));

/** Emoji, :shortcodes:, markdown emphasis and the punctuation around a heading. */
const DECORATION = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D|:[a-z0-9_+-]+:|[*_~`#>]/gu;
const EDGE_PUNCT = /^[\s\-–—:.!?,;|()[\]]+|[\s\-–—:.!?,;|]+$/g;

/** The text a bucket is recognized from: lower case, undecorated, without a trailing "(…)" note. */
function bucketText(text: string): string {
  return text
    .replace(DECORATION, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/\s*[(（][^()（）]*[)）]\s*$/u, '')
    .replace(EDGE_PUNCT, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function lookupPhrase(words: string): Horizon | null {
  if (LOOKUP.has(words)) return LOOKUP.get(words)!;
  const bare = words.replace(/^the /, '');
  if (LOOKUP.has(bare)) return LOOKUP.get(bare)!;
  // "future work", "upcoming milestones": bucket word(s) + one trailing noun.
  const space = bare.lastIndexOf(' ');
  if (space > 0 && TRAILING_NOUNS.test(bare.slice(space + 1))) return LOOKUP.get(bare.slice(0, space)) ?? null;
  for (const [phrase, horizon] of ZH_LOOKUP) {
    if (bare.startsWith(phrase) && ZH_TRAILING.test(bare.slice(phrase.length).trim())) {
      return horizon;
    }
  }
  return null;
}

/** The horizon a heading/cell names, or null. A ":" / " - " may introduce a name: "Current: Alpha 5". */
export function readHorizon(text: string): {horizon: Horizon; raw: string} | null {
  if (text.length > 80) return null;
  const words = bucketText(text);
  if (words === '' || words.length > 40) return null;
  let horizon = lookupPhrase(words);
  if (!horizon) {
    const head = /^(.{1,30}?)\s*(?::|：| [-–—] )/.exec(words);
    if (head?.[1]) horizon = lookupPhrase(head[1]);
  }
  if (!horizon && /^next (?:few|couple of|\d{1,2}) (?:weeks|months|quarters|releases)$/.test(words)) horizon = 'next';
  if (!horizon) return null;
  return {horizon, raw: rawBucket(text)};
}

const LEADING_NOISE = /^(?:\s|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D|:[a-z0-9_+-]+:|[*_~`#>\-–—:.!?,;|])+/u;
const TRAILING_NOISE = /(?:\s|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D|:[a-z0-9_+-]+:|[*_~`#>\-–—:.!?,;|])+$/u;

/** The exact source substring of the bucket, without decorations and punctuation at its edges. */
function rawBucket(text: string): string {
  const trimmed = text.replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '');
  return trimmed || text.trim();
}
