// The plan editor: from scratch and from the library, the coach, validation, undo, keyboard.
import { test, expect, openApp, createPlan } from './fixtures.mjs';

const objectiveTitles = (page) =>
  page.getByTestId('objective').getByRole('textbox', { name: 'Objective', exact: true });
const krTitles = (page) => page.getByTestId('key-result').getByRole('textbox', { name: 'Key result', exact: true });

async function addObjective(page, title) {
  await page.getByLabel('New objective').fill(title);
  await page.getByLabel('New objective').press('Enter');
}

test('a new user builds two plans, one from scratch and one from the library; a reload keeps both', async ({ page }) => {
  await openApp(page);
  await createPlan(page, 'Growth marketing');
  await addObjective(page, 'Become the go-to source of expert content in our niche');
  await addObjective(page, 'Build a lead engine that does not depend on paid traffic');
  await expect(objectiveTitles(page)).toHaveCount(2);

  // Enter adds the next key result and keeps the field ready for another.
  const first = page.getByTestId('objective').first().getByLabel('New key result');
  await first.fill('Grow organic visits from 5,000 to 15,000 a month');
  await first.press('Enter');
  await expect(first).toBeFocused();
  await first.fill('Raise newsletter subscribers from 2,000 to 3,500');
  await first.press('Enter');
  const second = page.getByTestId('objective').nth(1).getByLabel('New key result');
  await second.fill('Increase demo requests from organic search from 40 to 90 a month');
  await second.press('Enter');
  await expect(krTitles(page)).toHaveCount(3);

  // A second plan, from the library.
  await page.getByText('Plan settings: team, dates, copy, delete').click();
  await page.getByRole('button', { name: 'New plan' }).click();
  await createPlan(page, 'Paid team');
  await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'Add to my plan: the Paid acquisition set' }).click();
  await expect(page.getByText('Added "Paid acquisition" to your plan.')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Plan' }).click();
  await expect(krTitles(page)).toHaveCount(3);
  await expect(krTitles(page).nth(1)).toHaveValue('Bring down customer acquisition cost');

  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('okr-studio.state')).plans);
  await page.reload();
  await expect(page.getByTestId('current-plan')).toContainText('Paid team');
  const reloaded = await page.evaluate(() => JSON.parse(localStorage.getItem('okr-studio.state')).plans);
  expect(reloaded).toEqual(saved);
  await page.getByLabel('Current plan').selectOption({ index: 0 });
  await expect(objectiveTitles(page).first()).toHaveValue('Become the go-to source of expert content in our niche');
  await expect(krTitles(page)).toHaveCount(3);
});

test('undo brings back a deleted objective with its key results', async ({ page }) => {
  await openApp(page);
  await createPlan(page, 'Brand');
  await addObjective(page, 'Make our brand the one buyers name first');
  await page.getByLabel('New key result').fill('Grow branded search from 1,200 to 2,000 a month');
  await page.getByLabel('New key result').press('Enter');
  await page.getByRole('button', { name: 'Delete objective' }).click();
  await expect(page.getByTestId('objective')).toHaveCount(0);
  await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
  await expect(objectiveTitles(page)).toHaveValue('Make our brand the one buyers name first');
  await expect(krTitles(page)).toHaveValue('Grow branded search from 1,200 to 2,000 a month');
});

test('the coach reads each key result as it is typed and offers a rewrite', async ({ page }) => {
  await openApp(page);
  await createPlan(page, 'Content');
  await addObjective(page, 'Make our content the reference buyers pass on');
  await page.getByLabel('New key result').fill('Launch a newsletter');
  await page.getByLabel('New key result').press('Enter');
  const kr = page.getByTestId('key-result');
  await expect(kr.getByTestId('verdict')).toHaveText('Milestone');
  await expect(kr.locator('mark')).toContainText('Launch');
  await expect(kr.getByText('How will we know we did this?')).toBeVisible();

  await krTitles(page).fill('Write 10 articles');
  await expect(kr.getByTestId('verdict')).toHaveText('Task');
  await krTitles(page).fill('Grow newsletter subscribers from 2,000 to 5,000');
  await expect(kr.getByTestId('verdict')).toHaveText('Measurable');

  await krTitles(page).fill('Improve brand awareness');
  await expect(kr.getByTestId('verdict')).toHaveText('Vague');
  const suggestion = await kr.locator('.suggestion q').textContent();
  await kr.getByRole('button', { name: 'Apply rewrite' }).click();
  await expect(krTitles(page)).toHaveValue(suggestion);
});

test('numbers are checked as typed, the typed text is kept, Escape undoes an edit', async ({ page }) => {
  await openApp(page);
  await createPlan(page, 'Demand');
  await addObjective(page, 'Turn paid search into an efficient lead channel');
  await page.getByLabel('New key result').fill('Lower cost per lead on paid search');
  await page.getByLabel('New key result').press('Enter');
  const kr = page.getByTestId('key-result');
  await kr.getByText('Numbers, owner, bets and checklist').click();
  await kr.getByLabel('Kind').selectOption('decrease');
  await kr.getByLabel('Baseline', { exact: true }).fill('lots');
  await expect(kr.getByText('"lots" is not a number')).toBeVisible();
  await expect(kr.getByLabel('Baseline', { exact: true })).toHaveValue('lots');
  await kr.getByLabel('Baseline', { exact: true }).fill('$85');
  await kr.getByLabel('Target', { exact: true }).fill('120');
  await expect(kr.getByText('For a decrease the target must be below the baseline')).toBeVisible();
  await kr.getByLabel('Target', { exact: true }).fill('60');
  await expect(kr.getByText('For a decrease the target must be below the baseline')).toHaveCount(0);

  await kr.getByLabel('Owner', { exact: true }).fill('Ana');
  await kr.getByLabel('Owner', { exact: true }).press('Escape');
  await expect(kr.getByLabel('Owner', { exact: true })).toHaveValue('');

  // Routine work moves to the KPIs, and back.
  await kr.getByRole('button', { name: 'Turn into a KPI' }).click();
  await expect(page.getByTestId('kpi')).toHaveCount(1);
  await expect(page.getByTestId('key-result')).toHaveCount(0);
  await page.getByTestId('kpi').getByLabel('Turn into a key result of').selectOption({ index: 1 });
  await expect(page.getByTestId('key-result')).toHaveCount(1);
  await expect(page.getByTestId('kpi')).toHaveCount(0);
});

test('the sample plan opens in one click and the plan health panel speaks', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await expect(page.getByTestId('objective').first()).toBeVisible();
  expect(await page.getByTestId('key-result').count()).toBeGreaterThan(3);
  await expect(page.getByTestId('plan-health')).toBeVisible();
  // A key result's current value is its latest check-in.
  const kr = page.getByTestId('key-result').first();
  await kr.getByText('Numbers, owner, bets and checklist').click();
  await expect(kr.getByTestId('kr-current')).toContainText('(check-in of');
});
