// A newcomer writes mature key results in the title only, checks in on each, and Trends
// measures them: the numbers the title states became the key result's numbers.
import { test, expect, openApp, createPlan } from './fixtures.mjs';

// Title, the value checked in, what Trends shows as the latest reading. Each reading is at
// or past its target, so the status is on track on any day of the quarter.
const KRS = [
  ['Cut cost per lead from $70 to $45', '44', '$44'],
  ['Lift trial-to-paid conversion for SMB accounts from 8% to 12%', '12.5', '12.5%'],
  ['Keep cost per acquisition under $300', '250', '$250'],
];

for (const [size, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
]) {
  test(`three key results typed as titles only are measured after check-ins (${size})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openApp(page);
    await createPlan(page, 'Growth marketing');
    await page.getByLabel('New objective').fill('Turn more trials into paying teams');
    await page.getByLabel('New objective').press('Enter');
    const input = page.getByTestId('objective').first().getByLabel('New key result');
    for (const [title] of KRS) {
      await input.fill(title);
      await input.press('Enter');
    }
    // Each says what its title filled, without opening its details.
    const filled = page.getByTestId('title-numbers');
    await expect(filled).toHaveCount(3);
    await expect(filled.nth(0)).toContainText('kind decrease');
    await expect(filled.nth(0)).toContainText('baseline $70');
    await expect(filled.nth(0)).toContainText('target $45');
    await expect(filled.nth(1)).toContainText('unit percent');
    // The metric keeps the words that say which conversion.
    await expect(filled.nth(1)).toContainText('metric \u201ctrial-to-paid conversion for SMB accounts\u201d');
    await expect(filled.nth(2)).toContainText('kind stay below');

    await page.getByRole('navigation').getByRole('link', { name: 'Check-ins' }).click();
    for (const [title, value, shown] of KRS) {
      const card = page.getByTestId('check-in').filter({ hasText: title });
      await expect(card.getByTestId('no-target')).toHaveCount(0);
      await card.getByLabel('Value', { exact: true }).fill(value);
      await card.getByRole('button', { name: 'Check in' }).click();
      await expect(card.getByTestId('last-check-in')).toContainText(shown);
    }
    await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');

    await page.reload();
    await expect(page.locator('.app-header')).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Trends' }).click();
    for (const [title, , shown] of KRS) {
      const trend = page.getByTestId('kr-trend').filter({ hasText: title });
      await expect(trend).toHaveAttribute('data-status', 'on-track');
      await expect(trend.getByTestId('kr-progress')).toHaveText('100%');
      await expect(trend).toContainText(shown);
    }
  });
}

test('a check-in on a key result without a target says how to give it one', async ({ page }) => {
  await openApp(page);
  await createPlan(page, 'Growth marketing');
  await page.getByLabel('New objective').fill('Be known for our guides');
  await page.getByLabel('New objective').press('Enter');
  const input = page.getByTestId('objective').first().getByLabel('New key result');
  await input.fill('Grow organic visits');
  await input.press('Enter');
  await page.getByRole('navigation').getByRole('link', { name: 'Check-ins' }).click();
  const card = page.getByTestId('check-in').filter({ hasText: 'Grow organic visits' });
  await expect(card.getByTestId('no-target')).toContainText('no target yet');
  await expect(card.getByTestId('no-target')).toContainText('Numbers, owner, bets and checklist');
});
