/**
 * Dark mode: the navbar toggle switches the whole page, the choice survives a
 * reload, and the roadmap components follow (Infima variables, not fixed colours).
 */
import {expect, test, type Locator} from '@playwright/test';
import {REPRESENTATIVE} from '../support/routes.js';
import {currentColorMode} from '../support/colorMode.js';
import {waitForHydration} from '../support/hydration.js';
import {cards} from '../support/timeline.js';

/** Relative luminance of the element's text colour and of the first opaque background behind it. */
async function luminances(element: Locator): Promise<{text: number; background: number}> {
  return element.evaluate((node) => {
    const parse = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const channel = (v: number) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
    };
    let backgroundNode: Element | null = node;
    let background = [255, 255, 255];
    while (backgroundNode) {
      const rgba = parse(getComputedStyle(backgroundNode).backgroundColor);
      if (rgba.length === 3 || (rgba.length === 4 && rgba[3]! > 0.5)) {
        background = rgba;
        break;
      }
      backgroundNode = backgroundNode.parentElement;
    }
    return {text: luminance(parse(getComputedStyle(node).color)), background: luminance(background)};
  });
}

test('the color mode toggle switches a timeline to dark and back, and the choice persists', async ({page}) => {
  await page.goto(REPRESENTATIVE.timeline);
  await waitForHydration(page);
  expect(await currentColorMode(page)).toBe('light');
  const title = cards(page).first().locator('p').first();
  const light = await luminances(title);
  expect(light.text).toBeLessThan(light.background);

  const toggle = page.locator('.navbar').getByRole('button', {name: /dark|light|mode/i});
  await toggle.click();
  // Docusaurus cycles system → light → dark (or light → dark); click until dark.
  for (let i = 0; i < 2 && (await currentColorMode(page)) !== 'dark'; i++) await toggle.click();
  expect(await currentColorMode(page)).toBe('dark');
  const dark = await luminances(title);
  expect(dark.text, 'card text is light on a dark background').toBeGreaterThan(dark.background);

  await page.reload();
  expect(await currentColorMode(page)).toBe('dark');
});

for (const path of [REPRESENTATIVE.matrix, REPRESENTATIVE.comparison, REPRESENTATIVE.home]) {
  test(`${path} follows dark mode`, async ({page}) => {
    await page.emulateMedia({colorScheme: 'dark'});
    await page.goto(path);
    expect(await currentColorMode(page)).toBe('dark');
    const main = page.locator('main');
    const text = main.locator('h1').first();
    const colors = await luminances(text);
    expect(colors.text).toBeGreaterThan(colors.background);
    // Every table cell and card in the roadmap components must be dark too, not a white box.
    const lightBoxes = await main.locator('td, th, li, article').evaluateAll((nodes) =>
      nodes.filter((node) => {
        const rgba = (getComputedStyle(node).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
        const opaque = rgba.length === 3 || (rgba.length === 4 && rgba[3]! > 0.5);
        return opaque && rgba[0]! > 200 && rgba[1]! > 200 && rgba[2]! > 200;
      }).length,
    );
    expect(lightBoxes, 'light-coloured boxes in dark mode').toBe(0);
  });
}
