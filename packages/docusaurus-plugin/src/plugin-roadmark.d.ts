/**
 * Public types of the theme components (`@theme/Roadmap…`), for swizzling and
 * for sites that use the MDX embeds. Add "docusaurus-plugin-roadmark/theme-types"
 * to a site's tsconfig `types`.
 */
declare module '@generated/docusaurus-plugin-roadmark/embed-registry.js' {
  import type {RoadmapDocumentData} from 'docusaurus-plugin-roadmark/client';
  /** pluginId → roadmap slug → data. */
  const registry: Record<string, Record<string, RoadmapDocumentData>>;
  export default registry;
}

declare module '@generated/docusaurus-plugin-roadmark/versions-registry.js' {
  import type {RoadmapDocumentData} from 'docusaurus-plugin-roadmark/client';
  /** pluginId → version name → roadmap slug → loader (a dynamic import: one chunk per version). */
  const registry: Record<string, Record<string, Record<string, () => Promise<{default: RoadmapDocumentData}>>>>;
  export default registry;
}

declare module '@generated/docusaurus-plugin-roadmark/histories-registry.js' {
  import type {RoadmapHistoryPageData} from 'docusaurus-plugin-roadmark/client';
  /** pluginId → roadmap slug → loader of its history page data (a dynamic import, loaded when an item's detail opens). */
  const registry: Record<string, Record<string, () => Promise<{default: RoadmapHistoryPageData}>>>;
  export default registry;
}

declare module '@theme/RoadmapStatus' {
  import type {StatusKey} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    readonly status: StatusKey;
    /** Icon only, with the words kept for screen readers and as a tooltip. */
    readonly compact?: boolean;
    readonly className?: string;
  }
  export function statusLabel(status: StatusKey): string;
  export default function RoadmapStatus(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapInline' {
  import type {PhrasingContent} from 'mdast';
  export interface Props {
    readonly nodes: readonly PhrasingContent[];
    /** false inside another link (no nested anchors). */
    readonly links?: boolean;
  }
  export default function RoadmapInline(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapLegend' {
  import type {StatusKey} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    readonly statuses?: readonly StatusKey[];
  }
  export default function RoadmapLegend(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapItemCard' {
  import type {Item} from '@roadmark/core';
  import type {TimelineFilters} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    readonly item: Item;
    readonly editUrl: string | null;
    readonly themeLabel?: string;
    /** Theme id → label and colour: sub-items filed under another theme than the card show its name. */
    readonly themes?: Readonly<Record<string, {label: string; color: string | null}>>;
    /** Active filters: sub-items that do not match are hidden. */
    readonly filters?: TimelineFilters | undefined;
    readonly hidden?: boolean;
    readonly style?: React.CSSProperties;
    /** The item's row on the roadmap's history page, when the instance has versions. */
    readonly historyHref?: string | null;
    /** False when the roadmap states no status anywhere: no "No status" pill on the card or its sub-items. */
    readonly showStatus?: boolean;
    /** What the card's column header already says ("2024 Q1", "Release 1.1"): a period badge that says the same is left out. */
    readonly columnLabel?: string;
    /** The page's title (the document's title heading): the card's section path does not repeat it. */
    readonly pageTitle?: string;
  }
  export default function RoadmapItemCard(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapItemDetail' {
  import type {Item} from '@roadmark/core';
  import type {RoadmapDocumentData} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    /** The item whose detail is open; null: the dialog is closed. */
    readonly item: Item | null;
    /** The items above it, outermost first. */
    readonly parents: readonly Item[];
    readonly document: RoadmapDocumentData;
    /** The label of the item's own theme. */
    readonly themeLabel: string;
    /** Labels and colors by theme id: sub-items filed under another theme are tagged with it. */
    readonly themes?: Readonly<Record<string, {label: string; color: string | null}>>;
    /**
     * Where the detail has a URL of its own when this one has none (an embedded timeline keeps the
     * page URL as it is): the roadmap's timeline page, linked as `pageHref?item=<id>`.
     */
    readonly pageHref?: string | null;
    /** False when the roadmap states no status anywhere. */
    readonly showStatus: boolean;
    /** Escape, the close button or the backdrop: the owner of the state closes the detail. */
    readonly onClose: () => void;
  }
  export default function RoadmapItemDetail(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapFilters' {
  import type {StatusKey, TimelineFilters, Zoom} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    readonly filters: TimelineFilters;
    readonly onChange: (next: TimelineFilters) => void;
    /** `subItemsOnly`: no lane has the theme, only sub-items carry it (the choice says so). */
    readonly themes: readonly {id: string; label: string; color: string | null; subItemsOnly?: boolean}[];
    readonly statuses?: readonly StatusKey[];
    readonly zoom: Zoom;
    readonly showZoom?: boolean;
    readonly visible: number;
    readonly total: number;
  }
  export default function RoadmapFilters(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapTimelineView' {
  import type {RoadmapDocumentData, TimelineFilters} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    readonly document: RoadmapDocumentData;
    /** Keep filters in the URL query (pages) or in component state (embeds). */
    readonly syncUrl?: boolean;
    readonly showFilters?: boolean;
    readonly initialFilters?: Partial<TimelineFilters>;
  }
  export default function RoadmapTimelineView(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapMatrixView' {
  import type {RoadmapDocumentData} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    readonly document: RoadmapDocumentData;
    readonly linkToTimeline?: boolean;
  }
  export default function RoadmapMatrixView(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapTimeline' {
  import type {StatusKey, Zoom} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    /** The roadmap's slug (its file name without extension). */
    readonly roadmap: string;
    readonly pluginId?: string;
    readonly zoom?: Zoom;
    readonly theme?: string | string[];
    readonly status?: StatusKey | StatusKey[];
    readonly showFilters?: boolean;
  }
  export default function RoadmapTimeline(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapMatrix' {
  export interface Props {
    readonly roadmap: string;
    readonly pluginId?: string;
  }
  export default function RoadmapMatrix(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapEmbedError' {
  export interface Props {
    readonly roadmap: string;
    readonly pluginId: string;
  }
  export default function RoadmapEmbedError(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapPageHeader' {
  import type {RoadmapDocumentData} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    readonly document: RoadmapDocumentData;
    readonly active: 'timeline' | 'matrix';
  }
  export default function RoadmapPageHeader(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapTimelinePage' {
  import type {RoadmapDocumentData} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    readonly document: RoadmapDocumentData;
  }
  export default function RoadmapTimelinePage(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapMatrixPage' {
  import type {RoadmapDocumentData} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    readonly document: RoadmapDocumentData;
  }
  export default function RoadmapMatrixPage(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapHomePage' {
  import type {RoadmapHomeData} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    readonly home: RoadmapHomeData;
  }
  export default function RoadmapHomePage(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapComparisonPage' {
  import type {RoadmapComparisonData} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    readonly comparison: RoadmapComparisonData;
  }
  export default function RoadmapComparisonPage(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapVersionBanner' {
  import type {RoadmapVersionContext} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    readonly context: RoadmapVersionContext;
  }
  /** Nothing for the last version (banner 'none'). */
  export default function RoadmapVersionBanner(props: Props): React.ReactElement | null;
}

declare module '@theme/RoadmapVersionChanges' {
  import type {ChangeKind, DiffSummary, PeriodDelta, PeriodMove} from '@roadmark/core/diff';
  import type {MoveCounts, RoadmapChangeSet, RoadmapVersionComparison} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    readonly comparison: RoadmapVersionComparison;
    /** Level of each roadmap's heading (kinds and themes go one and two below). */
    readonly headingLevel?: 2 | 3;
    /** Per roadmap slug: item id → history lineage key of the older / newer version, where they differ. */
    readonly historyKeys?: Record<string, {before?: Record<string, string>; after?: Record<string, string>}>;
  }
  export interface ChangeCountsProps {
    readonly summary: DiffSummary;
    /** Adds "(2 slipped, 1 pulled in)" and "(1 done)" when given. */
    readonly moves?: MoveCounts;
    readonly className?: string;
  }
  /** Counts by kind: "3 added · 2 dropped · 4 rescheduled (2 slipped, 1 pulled in)". */
  export function ChangeCounts(props: ChangeCountsProps): React.ReactElement;
  export function changeKindLabel(kind: ChangeKind): string;
  export function changeKindHeading(kind: ChangeKind): string;
  /** "+2 quarters", translated. */
  export function deltaText(delta: Pick<PeriodDelta, 'unit' | 'amount' | 'direction'>): string;
  export function moveLabel(move: PeriodMove): string;
  /** A period's label, or "Unscheduled". */
  export function periodLabel(period: {label: string} | string | null | undefined): string;
  export function themeName(themes: RoadmapChangeSet['themes'], id: string | null): string;
  export default function RoadmapVersionChanges(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapVersionPicker' {
  import type {RoadmapVersionMetadata} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    readonly pluginId: string;
    /** Newest first. */
    readonly versions: RoadmapVersionMetadata[];
    /** Precomputed compare pages keyed `${from}/${to}`: offered as links. */
    readonly comparePermalinks: Record<string, string>;
    /** The instance's base path: the history of roadmap `s` is `<historyBase>/s/history`. */
    readonly historyBase?: string;
    /** Exact history page per roadmap slug (wins over `historyBase`). */
    readonly historyPermalinks?: Record<string, string>;
  }
  export default function RoadmapVersionPicker(props: Props): React.ReactElement | null;
}

declare module '@theme/RoadmapVersionComparePage' {
  import type {RoadmapComparePageData} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    readonly compare: RoadmapComparePageData;
  }
  export default function RoadmapVersionComparePage(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapChangeLogPage' {
  import type {RoadmapChangeLogData} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    readonly changelog: RoadmapChangeLogData;
  }
  export default function RoadmapChangeLogPage(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapHistoryPage' {
  import type {RoadmapHistoryPageData} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    /** Not `history`: react-router gives route components a `history` prop of its own. */
    readonly roadmapHistory: RoadmapHistoryPageData;
  }
  export default function RoadmapHistoryPage(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapSlipReport' {
  import type {SlipReport} from '@roadmark/core/history';
  export interface Props {
    readonly slips: SlipReport;
    /** Theme id → label and colour. */
    readonly themes: Record<string, {label: string; color: string | null}>;
  }
  export default function RoadmapSlipReport(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapVersionDropdownNavbarItem' {
  import type {Props as DropdownNavbarItemProps} from '@theme/NavbarItem/DropdownNavbarItem';
  import type {LinkLikeNavbarItemProps} from '@theme/NavbarItem';
  export interface Props extends Omit<DropdownNavbarItemProps, 'items'> {
    /** The `id` of the roadmap plugin instance; 'default' when omitted. */
    readonly roadmapPluginId?: string;
    /** Title of the versions in the mobile menu (desktop shows the current version); "Roadmap versions" when omitted. */
    readonly label?: string;
    readonly dropdownActiveClassDisabled?: boolean;
    readonly dropdownItemsBefore?: LinkLikeNavbarItemProps[];
    readonly dropdownItemsAfter?: LinkLikeNavbarItemProps[];
  }
  export default function RoadmapVersionDropdownNavbarItem(props: Props): React.ReactNode;
}
