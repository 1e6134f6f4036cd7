// Local storage that loses nothing: each fault reproduced in the browser, with nothing lost.
import { test, expect, openApp } from './fixtures.mjs';
import { STATE_KEY, pickFile, plan, planFile } from './plan-files.mjs';
import { readFile } from 'node:fs/promises';

const stored = (page, key = STATE_KEY) => page.evaluate((k) => localStorage.getItem(k), key);

/** Adds `p` through the Data screen's import, the one way plans come in here. */
async function addPlan(page, p) {
  await pickFile(page, planFile([p]));
  await page.getByRole('button', { name: 'Add as a new plan' }).click();
  await expect(page.getByTestId('current-plan')).toContainText(p.team);
}

async function downloadText(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await download.path(), 'utf8');
}

test('unreadable stored data is kept aside, explained, never written over, then discarded on request', async ({ page }) => {
  const bad = '{"format":"okr-studio.storage","version":2,"plans":[{"id":"p1","team":';
  await page.addInitScript(
    ([key, text]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, text);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [STATE_KEY, bad],
  );
  await openApp(page, '#/data');
  const banner = page.getByTestId('storage-banner');
  await expect(banner).toContainText('Your stored plans could not be read');
  await expect(page.getByTestId('save-status')).toHaveText('Saving paused');
  expect(await stored(page, `${STATE_KEY}.unreadable`)).toBe(bad);

  // Work goes on in memory; nothing is saved over the unreadable text, even after a reload.
  await addPlan(page, plan());
  await page.waitForTimeout(600);
  expect(await stored(page)).toBe(bad);
  await page.reload();
  await expect(banner).toBeVisible();
  expect(await stored(page)).toBe(bad);

  const text = await downloadText(page, () => banner.getByRole('button', { name: 'Download the unreadable data' }).click());
  expect(text).toBe(bad);

  await addPlan(page, plan());
  page.once('dialog', (d) => d.accept());
  await banner.getByRole('button', { name: 'Discard it and start fresh' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
  expect(JSON.parse(await stored(page)).plans.map((p) => p.team)).toEqual(['Growth marketing']);
});

test('a full storage shows "Not saved" and "Export now", and the work stays in memory', async ({ page }) => {
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, k, v);
    };
  }, STATE_KEY);
  await openApp(page, '#/data');
  await addPlan(page, plan());
  await expect(page.getByTestId('save-status')).toHaveText('Not saved');
  const banner = page.getByTestId('storage-banner');
  await expect(banner).toContainText("the browser's storage for this site is full");
  const text = await downloadText(page, () => banner.getByRole('button', { name: 'Export now' }).click());
  const exported = JSON.parse(text).plans;
  expect(exported.map((p) => p.team)).toEqual(['Growth marketing']);
  expect(exported[0].objectives[0].key_results[0].check_ins[0].id).toBe('ci-1');
  expect(await stored(page)).toBeNull();
});

test('blocked storage (private mode) runs the app in memory with a warning', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await openApp(page, '#/data');
  await expect(page.getByTestId('storage-banner')).toContainText('This browser does not let OKR Studio keep data here');
  await expect(page.getByTestId('save-status')).toHaveText('Not kept after closing');
  await addPlan(page, plan());
  await expect(page.getByTestId('plan-count')).toHaveText('1 plan stored on this device.');
  const text = await downloadText(page, () => page.getByTestId('storage-banner').getByRole('button', { name: 'Export now' }).click());
  expect(JSON.parse(text).plans[0].team).toBe('Growth marketing');
});

test('a tab never writes over newer data from another tab, and offers to load it', async ({ page, context }) => {
  await openApp(page, '#/data');
  await addPlan(page, plan());
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');

  const tabB = await context.newPage();
  await openApp(tabB, '#/data');
  await addPlan(tabB, plan({ id: 'plan-brand', team: 'Brand' }));
  await expect(tabB.getByTestId('save-status')).toHaveText('Saved on this device');
  const fromB = await stored(tabB);

  // Tab A edits after B saved: it must not write over B's plans.
  await addPlan(page, plan({ id: 'plan-events', team: 'Events' }));
  await page.waitForTimeout(600);
  expect(await stored(page)).toBe(fromB);
  const banner = page.getByTestId('storage-banner');
  await expect(banner).toContainText('Another tab saved newer changes');
  await expect(page.getByTestId('save-status')).toHaveText('Not saved: newer changes in another tab');
  await banner.getByRole('button', { name: 'Load the newer changes' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('plan-count')).toHaveText('2 plans stored on this device.');
  expect(JSON.parse(await stored(page)).plans.map((p) => p.team)).toEqual(['Growth marketing', 'Brand']);
});

test('the app asks the browser to keep its storage', async ({ page }) => {
  await page.addInitScript(() => {
    window.__persistCalls = 0;
    StorageManager.prototype.persist = function () {
      window.__persistCalls += 1;
      return Promise.resolve(true);
    };
  });
  await openApp(page);
  expect(await page.evaluate(() => window.__persistCalls)).toBeGreaterThanOrEqual(1);
});
