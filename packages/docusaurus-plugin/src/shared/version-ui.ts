/** The helpers of the version pages (picker, dropdown, comparison, history), re-exported by the package entry `docusaurus-plugin-roadmark/client`. */
export * from './version-picker.js';
export * from './version-navigation.js';
export * from './version-changes.js';
export * from './version-history.js';
