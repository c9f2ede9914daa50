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
    },
  };
}
