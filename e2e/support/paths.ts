/** Where the example site is built and served for the tests. */
import path from 'node:path';

/** The build output, relative to example-site/ (docusaurus resolves it from there). */
export const SITE_DIR = '../e2e/.site';
export const SITE_PORT = Number(process.env.E2E_PORT ?? 4173);
/** Screenshots that are kept as artifacts of every run (light and dark). */
export const SCREENSHOT_DIR = path.resolve(__dirname, '..', 'test-results', 'screenshots');
/** The output of the webServer's site build (playwright.config.ts writes it; layout.spec.ts reads its warnings). */
export const BUILD_LOG = path.resolve(__dirname, '..', '.site-build.log');
