/** Which theme components are safe to swizzle: the small views are, the pages are wrap-only. */
import type {SwizzleConfig} from '@docusaurus/types';

export function getSwizzleConfig(): SwizzleConfig {
  return {
    components: {
      RoadmapHomePage: {
        actions: {eject: 'unsafe', wrap: 'safe'},
        description: 'The roadmap home page of one plugin instance',
      },
      RoadmapTimelinePage: {
        actions: {eject: 'unsafe', wrap: 'safe'},
        description: 'The timeline page of one roadmap',
      },
      RoadmapMatrixPage: {
        actions: {eject: 'unsafe', wrap: 'safe'},
        description: 'The feature-matrix page of one roadmap',
      },
      RoadmapComparisonPage: {
        actions: {eject: 'unsafe', wrap: 'safe'},
        description: 'The cross-roadmap matrix (themes × roadmaps)',
      },
      RoadmapTimeline: {
        actions: {eject: 'unsafe', wrap: 'safe'},
        description: 'The timeline view with its filters, also embeddable in MDX',
      },
      RoadmapMatrix: {
        actions: {eject: 'unsafe', wrap: 'safe'},
        description: 'The feature matrix view, also embeddable in MDX',
      },
      RoadmapItemCard: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: 'One roadmap item as a card: title, status, period, links',
      },
      RoadmapItemDetail: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: "One item in full in a dialog (the timeline's ?item= URL): description, facts, links, sub-items, history",
      },
      RoadmapStatus: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: 'A status badge: icon and text',
      },
      RoadmapInline: {
        actions: {eject: 'forbidden', wrap: 'safe'},
        description: 'The safe renderer of roadmap markdown; ejecting it risks unsafe HTML',
      },
      RoadmapLegend: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: 'The status legend',
      },
      RoadmapChangeLogPage: {
        actions: {eject: 'unsafe', wrap: 'safe'},
        description: 'The change log of a versioned instance: versions, what changed in each, feeds, the version picker',
      },
      RoadmapVersionComparePage: {
        actions: {eject: 'unsafe', wrap: 'safe'},
        description: 'One precomputed comparison of two versions',
      },
      RoadmapHistoryPage: {
        actions: {eject: 'unsafe', wrap: 'safe'},
        description: "A roadmap's items across versions (matrix, stories, theme filter) and its slip report",
      },
      RoadmapVersionChanges: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: 'What changed between two versions, per roadmap, by kind and theme',
      },
      RoadmapVersionPicker: {
        actions: {eject: 'unsafe', wrap: 'safe'},
        description: 'Compare any two versions in the browser (loads their data on demand)',
      },
      RoadmapSlipReport: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: 'How often and how far dates moved, per theme',
      },
      RoadmapVersionBanner: {
        actions: {eject: 'safe', wrap: 'safe'},
        description: 'The banner on pages of an unreleased or older version',
      },
      RoadmapVersionDropdownNavbarItem: {
        actions: {eject: 'unsafe', wrap: 'safe'},
        description: 'The navbar dropdown of roadmap versions (navbar item type custom-roadmapVersionDropdown)',
      },
      'NavbarItem/ComponentTypes': {
        actions: {eject: 'forbidden', wrap: 'forbidden'},
        description: "Adds the custom-roadmapVersionDropdown item type to the classic theme's map; swizzle the classic theme's component instead",
      },
    },
  };
}
