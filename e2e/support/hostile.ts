/**
 * Traps for the malicious fixture: every payload in it would set
 * `window.__roadmarkPwned` or call `alert`; both are recorded, never run.
 */
import type {Page} from '@playwright/test';

export interface Tripwire {
  /** What fired: payload values, alert calls and dialogs. */
  fired(): Promise<string[]>;
}

export async function armTripwire(page: Page): Promise<Tripwire> {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    const fired: string[] = [];
    Object.defineProperty(window, '__e2eFired', {value: fired});
    Object.defineProperty(window, '__roadmarkPwned', {
      configurable: false,
      get: () => undefined,
      set: (value: unknown) => fired.push(`__roadmarkPwned = ${String(value)}`),
    });
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      window[name] = ((message?: unknown) => {
        fired.push(`${name}(${String(message)})`);
        return null;
      }) as never;
    }
  });
  return {
    fired: async () => [...dialogs, ...(await page.evaluate(() => (window as unknown as {__e2eFired: string[]}).__e2eFired))],
  };
}

/** Markup that could run script: event-handler attributes, script-capable URLs, raw script/iframe/object elements. */
export async function dangerousMarkup(page: Page, scope = 'main'): Promise<string[]> {
  return page.locator(scope).evaluateAll((roots) => {
    const found: string[] = [];
    const unsafeUrl = (value: string) => /^(javascript|data|vbscript):/i.test(value.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
    for (const root of roots) {
      for (const element of [root, ...root.querySelectorAll('*')]) {
        const tag = element.tagName.toLowerCase();
        if (['script', 'iframe', 'object', 'embed', 'frame'].includes(tag)) found.push(`<${tag}> element`);
        for (const attribute of element.attributes) {
          const name = attribute.name.toLowerCase();
          if (name.startsWith('on')) found.push(`<${tag} ${name}="${attribute.value}">`);
          if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(name) && unsafeUrl(attribute.value)) {
            found.push(`<${tag} ${name}="${attribute.value}">`);
          }
        }
      }
    }
    return found;
  });
}
