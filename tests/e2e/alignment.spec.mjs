// From the company's goals to the bets, as a marketing lead uses it: she adds a business
// goal, links two objectives to it, reads the map and follows a node to the editor; gives
// a bet a budget and tasks; then takes in the paid team's plan and sees both on one map.
import { test, expect, openSamplePlan } from './fixtures.mjs';
import { pickFile } from './plan-files.mjs';

const nav = (page, name) => page.getByRole('navigation').getByRole('link', { name }).click();
const OBJ1 = 'Make organic search our most dependable source of qualified leads';
const OBJ2 = 'Turn paid channels into an efficient, predictable lead engine';

test('a business goal, two objectives serving it, the map, and a node back to the editor', async ({ page }) => {
  await openSamplePlan(page);
  await page.getByText('Context, business goals, where we are not going, focus areas').click();
  await page.getByLabel('New business goal').fill('Enter the German market');
  await page.getByRole('button', { name: 'Add business goal' }).click();
  await expect(page.getByTestId('business-goal')).toHaveCount(3);
  // Its numbers, as people type them; a word where a number belongs is said at the field.
  const row = page.getByTestId('business-goal').nth(2);
  await row.getByLabel('Target').fill('lots');
  await row.getByLabel('Target').press('Tab');
  await expect(row.getByRole('alert')).toContainText('is not a number');
  await row.getByLabel('Target').fill('1.5M');
  await row.getByLabel('Target').press('Tab');
  await expect(row.locator('.field-error').first()).toBeEmpty();
  await expect(row.getByLabel('Target')).toHaveValue('1,500,000');
  // The coach says no objective serves it yet.
  await page.getByTestId('plan-health').locator('summary').click();
  await expect(page.getByText('No objective serves the business goal “Enter the German market”')).toBeVisible();
  for (const [i, title] of [OBJ1, OBJ2].entries()) {
    const card = page.getByTestId('objective').nth(i);
    await expect(card.getByRole('textbox', { name: 'Objective', exact: true })).toHaveValue(title);
    await card.getByTestId('serves').getByLabel('Enter the German market').check();
  }
  await expect(page.getByText('No objective serves the business goal “Enter the German market”')).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');

  await nav(page, 'Map');
  await expect(page.locator('.map-screen .chart canvas')).toBeVisible();
  const outline = page.getByTestId('map-outline');
  const german = outline.locator('li.map-goal').filter({ hasText: 'Enter the German market' });
  await expect(german.locator(':scope > ol > li.map-objective')).toHaveCount(2);
  await expect(german).toContainText(OBJ1);
  await expect(german).toContainText(OBJ2);
  // Statuses in words beside each key result.
  await expect(outline.locator('li.map-key-result [data-testid="status"]').first()).toBeVisible();
  // The budget, by objective and by bet status.
  await expect(page.getByTestId('budget-by-status')).toContainText('Running');

  // A node leads to its place in the editor.
  await german.getByRole('link', { name: OBJ2 }).click();
  await expect(page).toHaveURL(/#\/plan$/);
  await expect(page.locator(':focus')).toHaveValue(OBJ2);

  // In the workshop's projector view, the map follows the objectives.
  await page.evaluate(() => (location.hash = '#/present'));
  // The projector view is a part of the wasm loaded on first use: keys work once it shows.
  await expect(page.getByTestId('present')).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'What the plan serves' })).toBeVisible();
  await expect(page.locator('.present .chart canvas')).toBeVisible();
  await expect(page.getByTestId('present')).toContainText('The alignment map');
});

test('a bet gets a budget, a spend in the wrong currency is refused, and tasks are ticked', async ({ page }) => {
  await openSamplePlan(page);
  const kr = page.getByTestId('key-result').first();
  await kr.getByText('Numbers, owner, bets and checklist').click();
  const work = kr.getByTestId('bet-work').first();
  await work.locator('summary').click();
  const budget = work.getByLabel('Budget (USD)');
  await budget.fill('€6,000');
  await budget.press('Tab');
  await expect(work.getByRole('alert').first()).toContainText("This is in EUR, but the bet's money is in USD");
  await budget.fill('$6,000');
  await budget.press('Tab');
  await expect(work.locator('.field-error').first()).toBeEmpty();
  await expect(budget).toHaveValue('$6,000');
  await work.getByLabel('New task').fill('Brief the agency');
  await work.getByRole('button', { name: 'Add task' }).click();
  const task = work.getByTestId('task').filter({ hasText: 'Brief the agency' });
  await task.getByRole('checkbox').check();
  await expect(work.locator('summary')).toContainText('$6,000 budget');
  await expect(work.locator('summary')).toContainText('of 4 tasks done');
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
  // After a reload all of it is still there.
  await page.reload();
  const again = page.getByTestId('key-result').first();
  await again.getByText('Numbers, owner, bets and checklist').click();
  await expect(again.getByTestId('bet-work').first().locator('summary')).toContainText('$6,000 budget');
  // The key result's spend shows beside its progress on Trends.
  await nav(page, 'Trends');
  await expect(page.getByTestId('kr-spend').first()).toContainText('of $');
});

test("the paid team's plan joins the map under the same company goal; what the file cannot hold is named", async ({ page }) => {
  await openSamplePlan(page);
  const paid = {
    format: 'okr-studio.plans',
    version: 3,
    exported_at: '2027-01-05T09:00:00Z',
    app_version: '0.1.0',
    plans: [
      {
        id: 'plan-paid',
        team: 'Paid media',
        period: { start: '2027-01-01', end: '2027-03-31' },
        business_goals: [{ id: 'g-arr', title: 'Double new annual recurring revenue.' }],
        objectives: [
          {
            id: 'obj-paid',
            title: 'Buy attention that pays back within a quarter',
            serves: ['g-arr', 'g-missing'],
            key_results: [
              {
                id: 'kr-paid',
                title: 'Cut cost per lead from $70 to $45',
                projects: [{ id: 'bet-paid', title: 'Retarget webinar visitors', status: 'running', budget: -500 }],
              },
            ],
          },
        ],
      },
    ],
  };
  await nav(page, 'Data');
  await pickFile(page, JSON.stringify(paid), 'paid-media.okr.json');
  const card = page.getByTestId('preview-plan');
  const leftOut = card.getByTestId('left-out');
  await expect(leftOut).toContainText('plans[0].objectives[0].serves[1]');
  await expect(leftOut).toContainText('plans[0].objectives[0].key_results[0].projects[0].budget');
  await expect(leftOut).toContainText('is negative');
  await card.getByRole('button', { name: 'Add as a new plan' }).click();
  await page.getByRole('button', { name: 'Close the preview' }).click();
  await nav(page, 'Map');
  await expect(page.getByTestId('map-teams')).toContainText('Growth marketing');
  const arr = page.getByTestId('map-outline').locator('li.map-goal').filter({ hasText: 'Double new annual recurring revenue' }).first();
  await expect(arr).toContainText('Buy attention that pays back within a quarter (Paid media)');
  await expect(arr).toContainText('(Growth marketing)');
});

test('a node of the drawn map leads to its objective in the editor', async ({ page }) => {
  await openSamplePlan(page);
  await nav(page, 'Map');
  const chart = page.locator('.map-screen .chart');
  await expect(chart.locator('canvas')).toBeVisible();
  // Where ECharts laid the node out (the canvas has no elements to click by name).
  const at = async () =>
    page.evaluate(() => {
      const el = document.querySelector('.map-screen .chart');
      const data = window.echarts.getInstanceByDom(el).getModel().getSeriesByIndex(0).getData();
      for (let i = 0; i < data.count(); i++) {
        const l = data.getItemLayout(i);
        // A sankey node is a box: its middle.
        if ((data.getName(i) ?? '').startsWith('Turn paid') && l) {
          const r = el.getBoundingClientRect();
          return { x: r.left + l.x + l.dx / 2, y: r.top + l.y + l.dy / 2 };
        }
      }
      return null;
    });
  await chart.scrollIntoViewIfNeeded();
  // Once ECharts' opening animation has put the node in its place.
  let last = null;
  await expect
    .poll(async () => {
      const now = await at();
      const still = now && last && now.x === last.x && now.y === last.y;
      last = now;
      return still;
    }, { intervals: [250] })
    .toBe(true);
  const { x, y } = last;
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(/#\/plan$/);
  await expect.poll(() => page.evaluate(() => document.activeElement?.value)).toBe(OBJ2);
});
