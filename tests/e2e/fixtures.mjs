// Shared checks for every end-to-end test: no console errors, no request to another host.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  watched: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL).origin;
      const problems = { errors: [], foreign: [] };
      page.on('console', (m) => m.type() === 'error' && problems.errors.push(m.text()));
      page.on('pageerror', (e) => problems.errors.push(e.message));
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
          problems.foreign.push(url);
        }
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

/** Creates a plan through the empty state. */
export async function createPlan(page, team) {
  await page.getByLabel('Team').fill(team);
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByTestId('current-plan')).toContainText(team);
}
