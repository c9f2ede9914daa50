/**
 * Items without a theme, in one place. Two ids mean "no theme", and both are fixed by what they
 * are already written into: NO_THEME ('(none)') is core's, the key of change summaries and change
 * sets in data files; UNTHEMED ('unthemed') is the pages', the id of the timeline and matrix lane,
 * the value of the theme filter in shared URLs (`?theme=unthemed`) and of `data-theme-id`.
 * Code that asks "is this no theme?" asks isNoTheme, which knows both (and null).
 */
import {NO_THEME} from '@roadmark/core/diff';

export {NO_THEME};
export const UNTHEMED = 'unthemed';

export function isNoTheme(id: string | null | undefined): boolean {
  return id === null || id === undefined || id === UNTHEMED || id === NO_THEME;
}

/** The theme id the pages file an item under: its theme, or UNTHEMED. */
export function themeIdOf(item: {theme: string | null}): string {
  return item.theme ?? UNTHEMED;
}

export interface ThemeTag {
  id: string;
  label: string;
  color: string | null;
}

/**
 * The theme a sub-item names when it is filed under another theme than the item it sits in
 * (cards and the item detail tag it, so a theme filter's matches are visible); null otherwise.
 */
export function otherThemeOf(
  item: {theme: string | null; themeRaw?: string | null},
  parentThemeId: string,
  themes: Readonly<Record<string, {label: string; color: string | null}>> | undefined,
): ThemeTag | null {
  if (item.theme === null) return null;
  const id = themeIdOf(item);
  if (id === parentThemeId) return null;
  const theme = themes?.[id];
  return {id, label: theme?.label ?? item.themeRaw ?? id, color: theme?.color ?? null};
}
