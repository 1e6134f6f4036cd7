// A phone is a first-class device: at 360 px wide no screen scrolls sideways, every
// screen is reachable from the navigation, charts fit, and a check-in is a value, a
// confidence and one tap.
import { test, expect, openApp, openSamplePlan, drawnCharts } from './fixtures.mjs';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

const NAV = ['Plan', 'Workshop', 'Check-ins', 'Trends', 'Library', 'Data'];
const FULL_SCREEN = ['present', 'handout', 'report'];

/** How far the page reaches past the window's right edge, in CSS pixels. */
const overflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('at 360 px no screen scrolls sideways and every screen is a tap away', async ({ page }) => {
  await openApp(page);
  expect(await overflow(page), 'empty app').toBeLessThanOrEqual(0);
  await openSamplePlan(page);
  const nav = page.getByRole('navigation', { name: 'Screens' });
  for (const name of NAV) {
    const link = nav.getByRole('link', { name, exact: true });
    // Inside the window, not off its edge.
    const box = await link.boundingBox();
    expect(box.x, name).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, name).toBeLessThanOrEqual(360);
    await link.tap();
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('main')).not.toBeEmpty();
    expect(await overflow(page), name).toBeLessThanOrEqual(0);
  }
  for (const screen of FULL_SCREEN) {
    await page.evaluate((s) => (location.hash = `#/${s}`), screen);
    await expect(page.locator('main.full-screen')).not.toBeEmpty();
    expect(await overflow(page), screen).toBeLessThanOrEqual(0);
  }
});

test('at 360 px every chart of the sample plan fits the screen', async ({ page }) => {
  await openSamplePlan(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Trends' }).tap();
  for await (const box of drawnCharts(page)) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
  expect(await overflow(page)).toBeLessThanOrEqual(0);
});

test('on a phone a check-in is a value, a confidence and one tap', async ({ page }) => {
  await openSamplePlan(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Check-ins' }).tap();
  await expect(page.getByRole('heading', { name: /^Due this week/ })).toBeVisible();
  const card = page.getByTestId('check-in').first();
  const title = (await card.locator('h3').textContent()).trim();
  await card.getByLabel('Value', { exact: true }).fill('42');
  await card.getByLabel('Confidence').selectOption('yellow');
  await card.getByRole('button', { name: 'Check in' }).tap();
  const done = page.getByTestId('done-list').getByTestId('check-in').filter({ hasText: title });
  await expect(done).toHaveCount(1);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
});
