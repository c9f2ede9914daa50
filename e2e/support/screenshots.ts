/** Full-page screenshots kept after the run, named after the page path. */
import path from 'node:path';
import type {Page} from '@playwright/test';
import {SCREENSHOT_DIR} from './paths.js';

export function screenshotName(pagePath: string): string {
  const name = pagePath.replace(/^\/+|\/+$/g, '').replace(/\//g, '__');
  return `${name || 'index'}.png`;
}

export async function saveScreenshot(page: Page, folder: string, pagePath: string): Promise<string> {
  const file = path.join(SCREENSHOT_DIR, folder, screenshotName(pagePath));
  await page.screenshot({path: file, fullPage: true, animations: 'disabled'});
  return file;
}
