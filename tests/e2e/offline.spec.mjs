// Offline after the first visit, under a sub-path, with a strict CSP and an update prompt.
import { test, expect, createPlan, startServer, waitForOfflineReady } from './fixtures.mjs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dist = process.env.E2E_DIST ?? new URL('../../dist', import.meta.url).pathname;

test('after one online visit under a sub-path, the app and its data work offline', async ({ page, context }) => {
  const stop = await startServer(dist, 8091, '/okr/');
  // The parts of the wasm a screen loads the first time it opens (.ci/split-wasm.mjs):
  // split_<part>-<hash>.wasm.
  const parts = [];
  page.on('response', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop();
    if (/^split_.*\.wasm$/.test(name)) parts.push({ name, fromWorker: r.fromServiceWorker() });
  });
  const loaded = (part) => parts.filter((p) => p.name.startsWith(`split_${part}-`));
  try {
    await page.goto('http://127.0.0.1:8091/okr/');
    await createPlan(page, 'Field marketing');
    await page.getByLabel('New objective').fill('Make our events the place buyers meet us');
    await page.getByRole('button', { name: 'Add objective' }).click();
    await page.getByLabel('New key result').fill('Grow event-sourced pipeline from 40 to 90 deals');
    await page.getByRole('button', { name: 'Add key result' }).click();
    await waitForOfflineReady(page);
    // Online, only the Plan screen was opened: the Data screen's part was never fetched.
    expect(loaded('editor').length).toBeGreaterThan(0);
    expect(loaded('data')).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('current-plan')).toContainText('Field marketing');
    await expect(page.getByRole('textbox', { name: 'Objective', exact: true })).toHaveValue(
      'Make our events the place buyers meet us',
    );
    // Deep links by hash work offline too.
    await page.goto('http://127.0.0.1:8091/okr/#/data');
    await expect(page.getByTestId('plan-count')).toHaveText('1 plan stored on this device.');
    // Its part came, for the first time, from the service worker's precache.
    expect(loaded('data')).toEqual([expect.objectContaining({ fromWorker: true })]);
    // ECharts, never loaded online, comes from the precache the first time a chart draws.
    await page.getByRole('navigation').getByRole('link', { name: 'Trends' }).click();
    await expect(page.locator('main .chart canvas').first()).toBeVisible();
  } finally {
    await context.setOffline(false);
    stop();
  }
});

test('a new build served over the old one offers a reload, then drops the old cache', async ({ page }) => {
  const site = await mkdtemp(join(tmpdir(), 'okr-update-'));
  await cp(dist, site, { recursive: true });
  const stop = await startServer(site, 8092);
  try {
    await page.goto('http://127.0.0.1:8092/');
    await expect(page.getByRole('heading', { name: 'Plan your quarter' })).toBeVisible();
    await waitForOfflineReady(page);
    await expect(page.getByTestId('update-banner')).toHaveCount(0);

    // Deploy a "new build": its service worker differs, as every real build's does.
    const sw = await readFile(join(site, 'sw.js'), 'utf8');
    await writeFile(join(site, 'sw.js'), sw.replace(/const BUILD = "[^"]+"/, 'const BUILD = "next"'));
    // A deploy replaces the precompressed copies too; without them the host sends the file.
    await rm(join(site, 'sw.js.br'));
    await rm(join(site, 'sw.js.gz'));
    await page.reload();
    await expect(page.getByTestId('update-banner')).toBeVisible({ timeout: 15_000 });

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
    // The page reloads once the new worker takes over; read the caches between navigations.
    const cacheNames = () =>
      page.evaluate(async () => (await caches.keys()).join(',')).catch(() => 'navigating');
    await expect
      .poll(cacheNames, { timeout: 15_000 })
      .toBe('okr-studio-next');
    await expect(page.getByTestId('update-banner')).toHaveCount(0);
  } finally {
    stop();
    await rm(site, { recursive: true, force: true });
  }
});

test('text from a plan is shown as text, never run as markup', async ({ page }) => {
  await page.goto('./');
  const team = '<img src=x onerror="window.pwned=1">Growth';
  await createPlan(page, team);
  await expect(page.getByTestId('current-plan')).toContainText(team);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
});

test('the app is installable: a manifest with icons, all served from the app itself', async ({ page, request }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href)).json();
  expect(manifest.name).toBe('OKR Studio');
  expect(manifest.start_url).toBe('./');
  for (const icon of manifest.icons) {
    expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
  }
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toContain('unsafe-inline');
});

test.describe('without the service worker (a first visit before it has cached the app)', () => {
  // page.route sees only the page's own fetches; a worker's cache would answer instead.
  test.use({ serviceWorkers: 'block' });

  test('a screen whose part cannot be fetched says so, and opens on Try again', async ({ page, watched }) => {
    await page.goto('./');
    await createPlan(page, 'Field marketing');
    // The tracking part (check-ins, Trends, Map) fails once, as with the connection down
    // before the app was ever cached.
    let refused = 0;
    await page.route(/split_tracking-[0-9a-f]+\.wasm$/, (route) => {
      refused += 1;
      return refused === 1 ? route.abort('internetdisconnected') : route.continue();
    });
    await page.getByRole('navigation').getByRole('link', { name: 'Trends' }).click();
    const missing = page.getByTestId('part-missing');
    await expect(missing).toContainText('Trends could not open');
    await expect(missing).toContainText('Your plans are safe');
    await expect(page.getByTestId('current-plan')).toContainText('Field marketing');

    await missing.getByRole('button', { name: 'Try again' }).click();
    await expect(missing).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Trends', exact: true })).toBeVisible();
    expect(refused).toBe(2);
    // The refused fetch is logged by the browser and the loader; nothing else is.
    expect(watched.errors.length).toBeGreaterThan(0);
    expect(watched.errors.every((e) => /Failed to fetch|ERR_INTERNET_DISCONNECTED|TypeError/.test(e)), watched.errors.join('\n')).toBe(true);
    watched.errors.length = 0;
  });

  test('when the part that saves cannot be fetched, Export now still gets the new plan out', async ({ page, watched }) => {
    // The connection drops after the first screen: the part that saves (and stamps) never
    // arrives, so the header offers Export now, and the file is written from this tab.
    await page.route(/split_store-[0-9a-f]+\.wasm$/, (route) => route.abort('internetdisconnected'));
    await page.goto('./');
    await createPlan(page, 'Field marketing');
    const banner = page.getByTestId('storage-banner');
    await expect(banner).toContainText('Not saved');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      banner.getByRole('button', { name: 'Export now' }).click(),
    ]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(file.format).toBe('okr-studio.plans');
    expect(file.plans.map((p) => p.team)).toEqual(['Field marketing']);
    // Nothing was written to storage, and the header still says so.
    expect(await page.evaluate(() => localStorage.getItem('okr-studio.state'))).toBeNull();
    await expect(banner).toContainText('Not saved');
    expect(watched.errors.every((e) => /Failed to fetch|ERR_INTERNET_DISCONNECTED|TypeError/.test(e)), watched.errors.join('\n')).toBe(true);
    watched.errors.length = 0;
  });

  test('stored plans whose reader cannot be fetched stay untouched, with only a reload offered', async ({ page, watched }) => {
    await page.goto('./');
    await createPlan(page, 'Field marketing');
    await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
    await page.route(/split_store-[0-9a-f]+\.wasm$/, (route) => route.abort('internetdisconnected'));
    await page.reload();
    const banner = page.getByTestId('storage-banner');
    await expect(banner).toContainText('could not finish loading');
    await expect(banner).toContainText('Your plans are untouched');
    await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();
    await expect(banner.getByRole('button', { name: /Discard/ })).toHaveCount(0);
    // Nothing written over them while the page stays like this.
    const stored = await page.evaluate(() => localStorage.getItem('okr-studio.state'));
    expect(stored).toContain('Field marketing');
    await page.getByRole('navigation').getByRole('link', { name: 'Workshop' }).click();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => localStorage.getItem('okr-studio.state'))).toBe(stored);

    await page.unroute(/split_store-[0-9a-f]+\.wasm$/);
    await banner.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByTestId('current-plan')).toContainText('Field marketing');
    await expect(page.getByTestId('storage-banner')).toHaveCount(0);
    expect(watched.errors.every((e) => /Failed to fetch|ERR_INTERNET_DISCONNECTED|TypeError/.test(e)), watched.errors.join('\n')).toBe(true);
    watched.errors.length = 0;
  });
});
