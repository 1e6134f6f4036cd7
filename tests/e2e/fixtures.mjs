// Shared checks for every end-to-end test: no console errors, no request to another host.
import { test as base, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Local test servers run on 127.0.0.1 (any port); anything else is another host. */
const isLocal = (url) => /^(data:|blob:|http:\/\/127\.0\.0\.1(:\d+)?\/)/.test(url);

export const test = base.extend({
  watched: [
    async ({ page }, use) => {
      const problems = { errors: [], foreign: [] };
      page.on('console', (m) => m.type() === 'error' && problems.errors.push(m.text()));
      page.on('pageerror', (e) => problems.errors.push(e.message));
      page.on('request', (r) => {
        if (!isLocal(r.url())) problems.foreign.push(r.url());
      });
      await use(problems);
      expect(problems.errors, 'console errors').toEqual([]);
      expect(problems.foreign, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app and waits until the wasm has mounted. */
export async function openApp(page, path = '') {
  await page.goto(path);
  await expect(page.locator('.app-header')).toBeVisible();
}

/** Opens the app and the sample plan from the Plan screen's empty state. */
export async function openSamplePlan(page) {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await expect(page.getByTestId('current-plan')).toContainText('Growth marketing');
}

/** Scrolls to each chart of the screen in turn (`count` of them: the sample's Trends has
 *  17), waits until it has drawn, and yields its canvas's box. */
export async function* drawnCharts(page, count = 17) {
  const charts = page.locator('main .chart');
  await expect(charts).toHaveCount(count);
  for (const chart of await charts.all()) {
    await chart.scrollIntoViewIfNeeded();
    const canvas = chart.locator('canvas');
    await expect(canvas).toHaveCount(1);
    yield await canvas.boundingBox();
  }
}

/** Creates a plan through the empty state. */
export async function createPlan(page, team) {
  await page.getByLabel('Team').fill(team);
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByTestId('current-plan')).toContainText(team);
}

/** Serves `dir` under `base` on `port` for one test; returns a function that stops it. */
export async function startServer(dir, port, base = '/') {
  const child = spawn('node', ['tests/e2e/serve.mjs', dir, String(port), base], { cwd: root });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => d.toString().includes('serving') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return () => child.kill();
}

/** Resolves once the service worker controls the page, i.e. the app is cached for offline use. */
export async function waitForOfflineReady(page) {
  await expect
    .poll(() => page.evaluate(() => !!navigator.serviceWorker?.controller), { timeout: 15_000 })
    .toBe(true);
}
