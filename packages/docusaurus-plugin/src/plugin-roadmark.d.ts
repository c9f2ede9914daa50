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
    /** Active filters: sub-items that do not match are hidden. */
    readonly filters?: TimelineFilters | undefined;
    readonly hidden?: boolean;
    readonly style?: React.CSSProperties;
  }
  export default function RoadmapItemCard(props: Props): React.ReactElement;
}

declare module '@theme/RoadmapFilters' {
  import type {StatusKey, TimelineFilters, Zoom} from 'docusaurus-plugin-roadmark/client';
  export interface Props {
    readonly filters: TimelineFilters;
    readonly onChange: (next: TimelineFilters) => void;
    readonly themes: readonly {id: string; label: string; color: string | null}[];
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
