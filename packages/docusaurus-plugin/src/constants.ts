/** Names the loading and the pages both follow: the plugin's name, the working version's name, and the URL segments of pages that are not roadmaps. */
export const PLUGIN_NAME = 'docusaurus-plugin-roadmark';
/** The working folder as a version, as plugin-content-docs names it. */
export const CURRENT_VERSION_NAME = 'current';
/** Route segment of the cross-roadmap matrix; no roadmap may use it as its slug. */
export const COMPARISON_SEGMENT = 'compare';
/** Route segment of the change log and version comparisons. */
export const CHANGES_SEGMENT = 'changes';
/** Last segments of a roadmap's matrix and history pages (`<timeline>/matrix`, `<base>/<slug>/history`). */
export const MATRIX_SEGMENT = 'matrix';
export const HISTORY_SEGMENT = 'history';
