/**
 * Checks a parse configuration handed in as plain data (the CLI's `--config` file): the same shape the
 * Docusaurus plugin validates with Joi, so that a file that works on the command line works in a site.
 * Throws `ConfigError` with one sentence naming the field.
 */
import type {ParseOptions, ThemeConfig} from './model.js';

export class ConfigError extends Error {}

const THEME_KEYS = new Set(['label', 'aliases', 'keywords', 'color']);
const OPTION_KEYS = new Set(['fiscalYearStartMonth', 'themes', 'themeOrder', 'maxFileSize']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) throw new ConfigError(`${where} must be a list of strings`);
  return value as string[];
}

function readTheme(id: string, value: unknown): ThemeConfig {
  const where = `themes.${id}`;
  if (!isRecord(value)) throw new ConfigError(`${where} must be an object with label, aliases, keywords or color`);
  for (const key of Object.keys(value)) if (!THEME_KEYS.has(key)) throw new ConfigError(`${where}.${key} is not a theme field (label, aliases, keywords, color)`);
  const theme: ThemeConfig = {};
  if (value.label !== undefined) {
    if (typeof value.label !== 'string' || value.label.trim() === '') throw new ConfigError(`${where}.label must be a non-empty string`);
    theme.label = value.label;
  }
  if (value.aliases !== undefined) theme.aliases = stringList(value.aliases, `${where}.aliases`);
  if (value.keywords !== undefined) theme.keywords = stringList(value.keywords, `${where}.keywords`);
  if (value.color !== undefined) {
    if (typeof value.color !== 'string') throw new ConfigError(`${where}.color must be a CSS color string`);
    theme.color = value.color;
  }
  return theme;
}

/** The parse options a configuration object states (unknown keys are refused, with the list of known ones). */
export function readParseConfig(value: unknown): ParseOptions & {maxFileSize?: number} {
  if (!isRecord(value)) throw new ConfigError('config must be an object');
  for (const key of Object.keys(value)) {
    if (!OPTION_KEYS.has(key)) throw new ConfigError(`config key "${key}" is unknown (known: ${[...OPTION_KEYS].join(', ')})`);
  }
  const options: ParseOptions & {maxFileSize?: number} = {};
  const month = value.fiscalYearStartMonth;
  if (month !== undefined) {
    if (typeof month !== 'number' || !Number.isInteger(month) || month < 1 || month > 12) throw new ConfigError('fiscalYearStartMonth must be an integer from 1 to 12');
    options.fiscalYearStartMonth = month;
  }
  if (value.themes !== undefined) {
    if (!isRecord(value.themes)) throw new ConfigError('themes must be an object keyed by theme id');
    options.themes = Object.fromEntries(Object.entries(value.themes).map(([id, theme]) => [id, readTheme(id, theme)]));
  }
  if (value.themeOrder !== undefined) options.themeOrder = stringList(value.themeOrder, 'themeOrder');
  if (value.maxFileSize !== undefined) {
    const size = value.maxFileSize;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) throw new ConfigError('maxFileSize must be a positive integer (bytes)');
    options.maxFileSize = size;
  }
  return options;
}
