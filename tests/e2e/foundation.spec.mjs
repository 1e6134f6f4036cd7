import { test, expect, openApp, createPlan } from './fixtures.mjs';

test('a new user creates a plan and an objective, and both survive a reload', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Plan your quarter' })).toBeVisible();
  await createPlan(page, 'Growth marketing');

  await page.getByLabel('New objective').fill('Become the go-to source of expert content in our niche');
  await page.getByRole('button', { name: 'Add objective' }).click();
  await expect(page.getByTestId('objective')).toHaveCount(1);
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');

  await page.reload();
  await expect(page.getByTestId('current-plan')).toContainText('Growth marketing');
  await expect(page.getByTestId('objective').getByRole('textbox', { name: 'Objective' })).toHaveValue(
    'Become the go-to source of expert content in our niche',
  );
});

test('every screen is reachable by URL hash and greets a newcomer with what to do', async ({ page }) => {
  await openApp(page, '#/check-ins');
  await expect(page.getByRole('heading', { name: 'Check-ins' })).toBeVisible();
  await expect(page.getByText('Nothing to check in yet')).toBeVisible();

  for (const [name, heading] of [
    ['Trends', 'Trends'],
    ['Library', 'Library'],
    ['Data', 'Data'],
    ['Plan', 'Plan your quarter'],
  ]) {
    await page.getByRole('navigation').getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  await expect(page).toHaveURL(/#\/plan$/);
});

test('a check-in is recorded, with a clear error for a non-number, and ECharts loads from the app itself when a chart draws', async ({ page }) => {
  await openApp(page);
  await createPlan(page, 'Demand gen');
  await page.getByLabel('New objective').fill('Turn paid search into an efficient lead channel');
  await page.getByRole('button', { name: 'Add objective' }).click();
  await page.getByLabel('New key result').fill('Grow MQLs from paid search from 0 to 200 a month');
  await page.getByRole('button', { name: 'Add key result' }).click();
  await expect(page.getByTestId('key-result')).toHaveCount(1);

  await page.getByRole('link', { name: 'Check-ins' }).click();
  await page.getByLabel('Value').fill('not a number');
  await page.getByRole('button', { name: 'Check in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'as a number' })).toBeVisible();
  await page.getByLabel('Value').fill('50');
  await page.getByRole('button', { name: 'Check in' }).click();
  await expect(page.getByTestId('check-in')).toContainText('Last: 50');

  // No chart yet, so no ECharts: screens without charts do not pay to parse it.
  expect(await page.evaluate(() => typeof window.echarts)).toBe('undefined');
  const script = page.waitForRequest((r) => r.url().endsWith('/vendor/echarts/echarts.min.js'));
  await page.getByRole('navigation').getByRole('link', { name: 'Trends' }).click();
  await script;
  await expect(page.getByTestId('burn-up').locator('canvas')).toHaveCount(1);
  expect(await page.evaluate(() => typeof window.echarts?.init)).toBe('function');
});

test('the first paint, drawn from index.html before the wasm, says what the app then says', async ({ page, browser, baseURL }) => {
  // The page as it paints before any script runs.
  const before = await browser.newContext({ javaScriptEnabled: false });
  const shell = await before.newPage();
  await shell.goto(baseURL);
  const words = async (p) => ({
    nav: await p.getByRole('navigation', { name: 'Screens' }).getByRole('link').evaluateAll((links) =>
      links.map((a) => `${a.textContent} ${a.getAttribute('href')}`),
    ),
    heading: await p.getByRole('heading', { level: 1 }).textContent(),
    intro: await p.locator('.empty-state > p').first().textContent(),
  });
  const painted = await words(shell);
  await before.close();

  await openApp(page);
  await expect(page.locator('#boot')).toHaveCount(0);
  expect(painted).toEqual(await words(page));
});
