// End-to-end tests drive the built dist/ in Debian's Chromium, as a user would.
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = Number(process.env.E2E_PORT ?? 8081);
// Which build to test: dist/ unless E2E_DIST names another (e.g. a private build dir).
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
    },
  },
  // Every test at desktop size; the main flows (a plan from nothing, editing, checking in,
  // goals and the alignment map, two teammates trading files) also at a phone's 390 x 844,
  // with touch; teammates.spec.mjs runs its own phone-size variant.
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 720 } } },
    {
      name: 'phone',
      testMatch: /(foundation|editor|checkins|alignment)\.spec\.mjs$/,
      use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
    },
  ],
  webServer: {
    command: `node tests/e2e/serve.mjs ${dist} ${port}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
