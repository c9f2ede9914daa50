/** Client-side helpers shared by the theme components (pure, no React). */
export * from './types.js';
export * from './status.js';
export * from './safeUrl.js';
export * from './links.js';
export * from './axis.js';
export * from './filters.js';
export * from './layout.js';
export * from './versions.js';
export * from './version-ui.js';
