export {createThemeResolver, ALIAS_SCORE, type ResolvedTheme, type ThemeResolver} from './resolver.js';
export {BUILTIN_THEMES, type ThemeDefinition} from './taxonomy.js';
export {slugify} from './slug.js';
