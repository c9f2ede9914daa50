/** Pure helpers shared by the plugin (server) and its theme components (browser), exported as `docusaurus-plugin-roadmark/client`: no React, no Node. */
export * from './types.js';
export * from './status.js';
export * from './safeUrl.js';
export * from './links.js';
export * from './axis.js';
export * from './filters.js';
export * from './layout.js';
export {isNoTheme, otherThemeOf, themeIdOf, NO_THEME, type ThemeTag} from './no-theme.js';
export * from './versions.js';
export * from './version-ui.js';
export * from './item-detail.js';
