export {findStatusMarker, statusFromCell, type StatusMarker} from './status.js';
export {classifyBucket, type Bucket} from './bucket.js';
export {createThemeResolver, slugify, BUILTIN_THEMES, ALIAS_SCORE} from './theme/index.js';
export type {ResolvedTheme, ThemeResolver, ThemeDefinition} from './theme/index.js';
