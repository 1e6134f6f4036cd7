// The Check-ins screen on the sample plan: weekly readings, backfill, history, edit, delete, undo.
import { test, expect, openApp, openSamplePlan } from './fixtures.mjs';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Opens the sample plan from the Plan screen's empty state, then the given screen. */
async function openSample(page, hash) {
  await openSamplePlan(page);
  await page.getByRole('navigation').getByRole('link', { name: hash === 'trends' ? 'Trends' : 'Check-ins' }).click();
}

const card = (page, title) => page.getByTestId('check-in').filter({ hasText: title });

// Three key results of the sample and a reading that moves each the wrong way, which is
// off track on any day of the quarter.
const THREE = [
  ['Grow organic visits', '0', 'Last: 0 on'],
  ['Lift signup conversion', '0', 'Last: 0% on'],
  ['Grow paid-sourced pipeline', '0', 'Last: $0 on'],
];

test('checking in on three key results changes their status and burn-ups, and survives a reload', async ({ page }) => {
  await openSample(page, 'trends');
  const burnUp = (title) =>
    page.getByTestId('kr-trend').filter({ hasText: title }).getByTestId('burn-up').locator('.chart');
  const before = {};
  for (const [title] of THREE) {
    await burnUp(title).scrollIntoViewIfNeeded();
    await expect(burnUp(title).locator('canvas')).toHaveCount(1);
    before[title] = await burnUp(title).getAttribute('aria-label');
  }

  await page.getByRole('navigation').getByRole('link', { name: 'Check-ins' }).click();
  await expect(page.getByRole('heading', { name: /^Due this week/ })).toBeVisible();
  const organicBefore = await card(page, THREE[0][0]).getByTestId('status').textContent();
  for (const [title, value, shown] of THREE) {
    const c = card(page, title);
    await c.getByLabel('Value', { exact: true }).fill(value);
    await c.getByLabel('Confidence').selectOption('red');
    await c.getByLabel('Note').fill(`Reading for ${title}`);
    await c.getByRole('button', { name: 'Check in' }).click();
    await expect(card(page, title).getByTestId('last-check-in')).toContainText(shown);
    await expect(card(page, title).getByTestId('last-check-in')).toContainText('(Off track)');
    await expect(card(page, title).getByTestId('status')).toHaveText('off track');
    // Checked in today: listed under "Checked in", not due any more.
    await expect(page.getByTestId('done-list').getByTestId('check-in').filter({ hasText: title })).toHaveCount(1);
  }
  expect(organicBefore).not.toBe('off track');

  await page.getByRole('navigation').getByRole('link', { name: 'Trends' }).click();
  for (const [title] of THREE) {
    const kr = page.getByTestId('kr-trend').filter({ hasText: title });
    await expect(kr.getByTestId('status')).toHaveText('off track');
    await expect(burnUp(title)).toHaveAttribute('aria-label', /latest 0$/);
    expect(await burnUp(title).getAttribute('aria-label')).not.toBe(before[title]);
    await burnUp(title).scrollIntoViewIfNeeded();
    await expect(burnUp(title).locator('canvas')).toHaveCount(1);
  }

  await page.reload();
  await expect(page.getByTestId('kr-trend').first()).toBeVisible();
  for (const [title] of THREE) {
    await expect(page.getByTestId('kr-trend').filter({ hasText: title }).getByTestId('status')).toHaveText('off track');
    await expect(burnUp(title)).toHaveAttribute('aria-label', /latest 0$/);
  }
  await page.getByRole('navigation').getByRole('link', { name: 'Check-ins' }).click();
  for (const [title, , shown] of THREE) {
    await expect(card(page, title).getByTestId('last-check-in')).toContainText(shown);
  }
});

test('a missed week is backfilled inside the period, then edited, deleted and undone', async ({ page }) => {
  await openSample(page, 'check-ins');
  const c = card(page, 'Raise referred signups');
  const date = c.getByLabel('Date');
  const min = await date.getAttribute('min');
  const max = await date.getAttribute('max');

  // A non-number keeps the typed text and says what to write.
  await c.getByLabel('Value', { exact: true }).fill('about ninety');
  await c.getByRole('button', { name: 'Check in' }).click();
  await expect(c.getByRole('alert')).toContainText('as a number');
  await expect(c.getByLabel('Value', { exact: true })).toHaveValue('about ninety');

  // A date outside the period is refused.
  await c.getByLabel('Value', { exact: true }).fill('51');
  const after = new Date(`${max}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 1);
  await date.fill(after.toISOString().slice(0, 10));
  await c.getByRole('button', { name: 'Check in' }).click();
  await expect(c.getByRole('alert')).toContainText("inside the plan's period");

  // The third day of the period: before any weekly reading of the sample.
  const day = new Date(`${min}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 2);
  const iso = day.toISOString().slice(0, 10);
  const shown = `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
  await date.fill(iso);
  await c.getByRole('button', { name: 'Check in' }).click();
  await expect(c.getByRole('alert')).toHaveText('');

  await c.getByRole('button', { name: /Show history/ }).click();
  const rows = c.getByTestId('history-row');
  const count = await rows.count();
  // Newest first, so the backfilled reading is the last row.
  await expect(rows.last()).toContainText(shown);
  await expect(rows.last()).toContainText('51');

  await c.getByRole('button', { name: `Edit the reading of ${shown}` }).click();
  await c.getByLabel(/^Reading of /).fill('52.5');
  await c.getByLabel(/^Note of the reading/).fill('Backfilled from the CRM export');
  await c.getByRole('button', { name: 'Save' }).click();
  await expect(rows.last()).toContainText('52.5');
  await expect(rows.last()).toContainText('Backfilled from the CRM export');

  await c.getByRole('button', { name: `Delete the reading of ${shown}` }).click();
  await expect(page.getByTestId('undo-toast')).toContainText(`Deleted the check-in of ${shown}`);
  await expect(rows).toHaveCount(count - 1);
  await expect(c.getByTestId('history')).not.toContainText(shown);
  await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(count);
  await expect(rows.last()).toContainText('52.5');

  await page.reload();
  const again = card(page, 'Raise referred signups');
  await again.getByRole('button', { name: /Show history/ }).click();
  await expect(again.getByTestId('history-row').last()).toContainText('Backfilled from the CRM export');
});

test('the screen says what to do when there is nothing to check in', async ({ page }) => {
  await openApp(page, '#/check-ins');
  await expect(page.getByText('Nothing to check in yet')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Plan' }).last()).toHaveAttribute('href', '#/plan');
});
