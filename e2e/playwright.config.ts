/**
 * End-to-end tests of the example site in Debian's Chromium.
 *
 * The webServer builds the example site (both locales) into `e2e/.site/` and
 * serves that folder: every run tests the site the current sources produce,
 * and the build never touches `example-site/build`, which other people use.
 * A build takes about 10 s; set E2E_SKIP_BUILD=1 to serve the last one again.
 * The build's output is kept in e2e/.site-build.log.
 */
import {defineConfig} from '@playwright/test';
import {BUILD_LOG, SITE_DIR, SITE_PORT} from './support/paths.js';

const siteDir = '../example-site';
// The build's output goes to BUILD_LOG (layout.spec.ts checks it for broken-link warnings); a failed build prints it.
const build = `(pnpm --dir ${siteDir} exec docusaurus build --out-dir ${SITE_DIR} > ${BUILD_LOG} 2>&1 || (cat ${BUILD_LOG} >&2; exit 1))`;
const serve = `pnpm --dir ${siteDir} exec docusaurus serve --dir ${SITE_DIR} --port ${SITE_PORT} --host 127.0.0.1 --no-open`;

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: {timeout: 10_000},
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${SITE_PORT}`,
    browserName: 'chromium',
    viewport: {width: 1280, height: 900},
    colorScheme: 'light',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: process.env.E2E_SKIP_BUILD === '1' ? serve : `${build} && ${serve}`,
    url: `http://127.0.0.1:${SITE_PORT}/sitemap.xml`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
