// The Trends screen on the sample plan: every chart filled, charts disposed on leaving,
// grades and retrospectives kept.
import { test, expect, openApp, openSamplePlan } from './fixtures.mjs';
import { pickFile, plan, planFile } from './plan-files.mjs';

/** Opens the sample plan from the Plan screen's empty state, then the Trends screen. */
async function openSample(page) {
  await openSamplePlan(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Trends' }).click();
}

const live = (page) => page.evaluate(() => Number(document.body.dataset.liveCharts ?? 0));
/** Charts are drawn as they come near the viewport: how many have drawn so far. */
const drawn = (page) => page.locator('main .chart canvas').count();

test('every chart of the sample plan is drawn, with statuses, forecasts and the plan summary', async ({ page }) => {
  await openSample(page, 'trends');
  await expect(page.getByTestId('trends-summary')).toContainText('Growth marketing');
  await expect(page.getByTestId('plan-grade')).toContainText(/\d\.\d\d · /);
  await expect(page.getByTestId('objective-trend')).toHaveCount(3);
  await expect(page.getByTestId('kr-trend')).toHaveCount(7);
  // Three overviews, and a burn-up and a confidence strip per key result.
  const charts = page.locator('main .chart');
  await expect(charts).toHaveCount(3 + 7 * 2);
  for (const chart of await charts.all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('canvas')).toHaveCount(1);
  }
  await expect.poll(() => live(page)).toBe(17);
  for (const kr of await page.getByTestId('kr-trend').all()) {
    await expect(kr.getByTestId('status')).toHaveText(/^(on track|at risk|off track|pending)$/);
    await expect(kr.getByTestId('kr-progress')).toHaveText(/^\d+%$/);
  }
  // Cards fold their charts away, and disposing them shows in the live count.
  await page.getByRole('button', { name: 'Hide charts' }).first().click();
  await expect(charts).toHaveCount(15);
  await expect.poll(() => live(page)).toBe(15);
});

test('no chart is left behind after 20 trips between Trends and other screens', async ({ page }) => {
  // Twenty trips take 11-12 s alone: the limit is three times that, so a busy machine passes.
  test.setTimeout(40_000);
  await openSample(page, 'trends');
  const nav = page.getByRole('navigation');
  const others = ['Check-ins', 'Plan', 'Library', 'Data'];
  for (let i = 0; i < 20; i++) {
    await nav.getByRole('link', { name: 'Trends' }).click();
    const charts = page.locator('main .chart');
    await expect(charts).toHaveCount(17);
    await expect(charts.first().locator('canvas')).toHaveCount(1);
    // Every other trip, scroll to the end so the lazily drawn charts exist too.
    if (i % 2 === 1) {
      await charts.last().scrollIntoViewIfNeeded();
      await expect(charts.last().locator('canvas')).toHaveCount(1);
    }
    await expect.poll(async () => (await live(page)) === (await drawn(page))).toBe(true);
    expect(await live(page)).toBeGreaterThan(0);
    await nav.getByRole('link', { name: others[i % others.length] }).click();
    await expect(page.getByTestId('trends-summary')).toHaveCount(0);
    await expect.poll(async () => (await live(page)) === (await drawn(page))).toBe(true);
  }
});

test('a retrospective is written beside the grade and kept', async ({ page }) => {
  await openSample(page, 'trends');
  const kr = page.getByTestId('kr-trend').filter({ hasText: 'Raise referred signups' });
  const toggle = kr.getByRole('button', { name: /retrospective/ });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(kr.getByTestId('kr-grade')).toContainText(/Grade \d\.\d\d · /);
  await kr.getByLabel('What we learned').fill('Referral links buried in the app footer get no clicks.');
  await kr.getByLabel('What we carry into next quarter').fill('Ask for referrals right after a good support chat.');
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');

  await page.reload();
  const again = page.getByTestId('kr-trend').filter({ hasText: 'Raise referred signups' });
  const t = again.getByRole('button', { name: /retrospective/ });
  if ((await t.getAttribute('aria-expanded')) === 'false') await t.click();
  await expect(again.getByLabel('What we learned')).toHaveValue('Referral links buried in the app footer get no clicks.');
  await expect(again.getByLabel('What we carry into next quarter')).toHaveValue(
    'Ask for referrals right after a good support chat.',
  );
});

test('the screen says what to do before there is anything to chart', async ({ page }) => {
  await openApp(page, '#/trends');
  await expect(page.getByText('No trends yet')).toBeVisible();
  expect(await live(page)).toBe(0);
});

test('on a long plan, later cards are built as they scroll near, and are complete when they arrive', async ({ page }) => {
  // Six objectives of four key results: 24 cards, past the twelve built up front. The
  // period runs around today, so the check-ins count as already made.
  const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const objectives = Array.from({ length: 6 }, (_, o) => ({
    id: `obj-${o}`,
    title: `Objective ${o + 1}`,
    updated_at: 1000,
    key_results: Array.from({ length: 4 }, (_, k) => ({
      id: `kr-${o}-${k}`,
      title: `Grow metric ${o}-${k} from 100 to 200`,
      baseline: 100,
      target: 200,
      updated_at: 1000,
      check_ins: [{ id: `ci-${o}-${k}`, date: day(-7), value: 120 + k, confidence: 'green', note: '' }],
    })),
  }));
  await openApp(page, '#/data');
  await pickFile(page, planFile([plan({ objectives, period: { start: day(-30), end: day(60) } })]));
  await page.getByRole('button', { name: 'Add as a new plan' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
  await page.getByRole('navigation').getByRole('link', { name: 'Trends' }).click();

  await expect(page.getByTestId('objective-trend')).toHaveCount(6);
  const cards = page.getByTestId('kr-trend');
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeLessThan(24);
  const last = page.getByTestId('objective-trend').last();
  await expect(last.getByTestId('kr-trend')).toHaveCount(0);

  await last.scrollIntoViewIfNeeded();
  await expect(last.getByTestId('kr-trend')).toHaveCount(4);
  await expect(last.getByTestId('kr-progress').first()).toHaveText('20%');
  await last.getByTestId('burn-up').first().scrollIntoViewIfNeeded();
  await expect(last.getByTestId('burn-up').first().locator('canvas')).toHaveCount(1);
});

test.describe('without the chart library', () => {
  // A service worker would serve the file from its cache, past the route below.
  test.use({ serviceWorkers: 'block' });

  test('if the chart library cannot load, each chart says so and the figures stay', async ({ page, watched }) => {
    await page.route('**/vendor/echarts/echarts.min.js', (route) => route.fulfill({ status: 404, body: '' }));
    await openSample(page);
    await expect(page.getByTestId('kr-progress').first()).toHaveText(/^\d+%$/);
    await expect(page.locator('main .chart').first()).toContainText('This chart could not be drawn');
    await expect(page.locator('main .chart canvas')).toHaveCount(0);
    // The browser logs the refused file itself; nothing else may be logged.
    watched.errors = watched.errors.filter((e) => !e.startsWith('Failed to load resource'));
  });
});

test('a burn-up labels its dates as "1 Nov", never a bare month beside a bare day', async ({ page }) => {
  await openSample(page);
  const chart = page.getByTestId('kr-trend').first().locator('.chart').first();
  await expect(chart.locator('canvas')).toHaveCount(1);
  // The labels ECharts lays out on the time axis, and whether it drops those that overlap.
  const axis = await chart.evaluate((el) => {
    const model = window.echarts.getInstanceByDom(el).getModel().getComponent('xAxis');
    return {
      labels: model.axis.getViewLabels().map((l) => l.formattedLabel),
      hideOverlap: model.get('axisLabel').hideOverlap,
    };
  });
  expect(axis.labels.length).toBeGreaterThan(3);
  for (const label of axis.labels) expect(label).toMatch(/^\d{1,2} [A-Z][a-z]{2}$/);
  expect(axis.hideOverlap).toBe(true);
});
