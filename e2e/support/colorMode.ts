/**
 * Light and dark mode. The site respects `prefers-color-scheme` until the
 * visitor picks a mode, so emulating the media feature gives a first-time
 * visitor's view in either mode. (The toggle is tested on its own; the key
 * Docusaurus stores the choice under is namespaced per site, so tests do not
 * write it themselves.)
 */
import type {Page} from '@playwright/test';

export type ColorMode = 'light' | 'dark';
export const COLOR_MODES: readonly ColorMode[] = ['light', 'dark'];

export async function useColorMode(page: Page, mode: ColorMode): Promise<void> {
  await page.emulateMedia({colorScheme: mode});
}

export async function currentColorMode(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('data-theme');
}
