/**
 * What code running in a browser may import from core: small pure modules, no markdown parser, no
 * Node built-ins. The plugin's theme uses these instead of keeping copies.
 */
export {isSafeUrl} from './safe-url.js';
export {DEFAULT_FISCAL_YEAR_START_MONTH} from './model.js';
export {changeTheme, summarizeChanges} from './diff/summary.js';
