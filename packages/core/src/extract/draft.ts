/** The working form of an item while a document is being read; `finish.ts` turns it into a model `Item`. */
import type {PhrasingContent} from 'mdast';
import type {Item, Period, Provenance, Status} from '../model.js';

export interface Draft {
  title: string;
  content: PhrasingContent[];
  description: PhrasingContent[][];
  kind: Item['kind'];
  line: number;
  column: number;
  endLine: number;
  section: string[];
  /** Topic texts around the item, innermost first, with where each came from. */
  themeCandidates: ThemeCandidate[];
  period: Period | null;
  periodFrom: Provenance | null;
  release: string | null;
  status: Status | null;
  statusRaw: string | null;
  statusFrom: Provenance | null;
  links: string[];
  owners: string[];
  explicitId: string | null;
  children: Draft[];
}

export interface ThemeCandidate {
  text: string;
  from: 'heading' | 'label' | 'parent' | 'table';
}

/** What the headings, labels, parent items and table cells around an item say. */
export interface Scope {
  section: string[];
  themeCandidates: ThemeCandidate[];
  period: Period | null;
  periodFrom: Provenance | null;
  status: Status | null;
  statusRaw: string | null;
  statusFrom: Provenance | null;
  release: string | null;
  /** The heading of the process section this is in ("How to propose new work"), whose lists are not items. */
  process: string | null;
}

export const ROOT_SCOPE: Scope = {
  section: [],
  themeCandidates: [],
  period: null,
  periodFrom: null,
  status: null,
  statusRaw: null,
  statusFrom: null,
  release: null,
  process: null,
};
