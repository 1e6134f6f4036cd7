// The week's rhythm: the weekly check-in downloaded as a calendar file, and this week's
// update copied for the team, as plain text and as Markdown.
import { test, expect, openApp } from './fixtures.mjs';
import { readFile } from 'node:fs/promises';

for (const [size, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
]) test(`add the weekly check-in to a calendar and copy the update (${size})`, async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize(viewport);
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await page.goto('#/check-ins');
  const rhythm = page.getByTestId('rhythm');
  await rhythm.getByLabel('Day of the weekly check-in').selectOption('Tue');
  await rhythm.getByLabel('Time of the weekly check-in').fill('08:45');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    rhythm.getByRole('button', { name: 'Add the weekly check-in to my calendar' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/-check-in\.ics$/);
  const ics = await readFile(await download.path(), 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  const unfolded = ics.replace(/\r\n /g, '');
  expect(unfolded).toMatch(/\r\nRRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=\d{8}T235959\r\n/);
  expect(unfolded).toMatch(/\r\nDTSTART:\d{8}T084500\r\n/);
  expect(unfolded).toContain('#/check-ins');
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  await expect(rhythm.getByTestId('reminder-status')).toContainText('The first reminder is on');

  await rhythm.getByRole('button', { name: 'Copy it as Markdown' }).click();
  await expect(rhythm.getByTestId('update-status')).toContainText('as Markdown');
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toMatch(/^## Growth marketing · \d{4} Q\d: week to /);
  expect(markdown).toContain('### Make organic search our most dependable source of qualified leads');
  expect(markdown).not.toMatch(/\b(kr|obj|ci)-\w/);
  await rhythm.getByRole('button', { name: "Copy this week's update" }).click();
  await expect(rhythm.getByTestId('update-status')).toContainText('as plain text');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('1. Make organic search our most dependable source of qualified leads');
});

test('close the sample quarter, start the next from it, and find the lessons and new baselines', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await page.goto('#/trends');
  const closing = page.getByTestId('closing');
  await expect(closing).toContainText('0.6 to 0.7 is success');
  await expect(closing.getByTestId('final-grades').locator('tbody tr')).toHaveCount(7);
  const lesson = 'Comparison pages convert twice as well as guides';
  await closing.getByLabel('What did “Make organic search our most dependable source of qualified leads” teach us?').fill(lesson);
  await closing.getByLabel('What did “Make organic search our most dependable source of qualified leads” teach us?').press('Tab');
  await expect(closing.getByTestId('lessons')).toContainText(lesson);

  // Closed: read-only, said on every screen, and it can be reopened.
  await closing.getByRole('button', { name: 'Close this plan' }).click();
  await expect(page.getByTestId('closed-banner')).toContainText('This plan was closed on');
  await page.goto('#/plan');
  await expect(page.getByLabel('New objective')).toBeDisabled();
  await page.goto('#/check-ins');
  await expect(page.getByTestId('check-in').first().getByRole('button').first()).toBeDisabled();
  await page.getByTestId('closed-banner').getByRole('button', { name: 'Reopen it' }).click();
  await expect(page.getByTestId('closed-banner')).toHaveCount(0);
  await page.goto('#/plan');
  await expect(page.getByLabel('New objective')).toBeEnabled();
  await page.goto('#/trends');

  const before = await page.evaluate(() => {
    const s = JSON.parse(localStorage.getItem('okr-studio.state'));
    return s.plans.find((p) => p.id === s.current);
  });
  const carried = closing.getByTestId('carry-key-results').getByRole('checkbox');
  const checked = await carried.evaluateAll((boxes) => boxes.filter((b) => b.checked).length);
  expect(checked).toBeGreaterThan(0);
  await closing.getByRole('button', { name: /^Start \d{4} Q\d$/ }).click();
  await expect(page.getByTestId('next-period-status')).toContainText('it is open now');
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');

  await page.reload();
  await expect(page.locator('.app-header')).toBeVisible();
  const state = await page.evaluate(() => JSON.parse(localStorage.getItem('okr-studio.state')));
  expect(state.plans).toHaveLength(2);
  const old = state.plans.find((p) => p.id === before.id);
  const next = state.plans.find((p) => p.id === state.current);
  expect(old.closed_on, 'the old quarter is closed').toBeTruthy();
  expect(next.follows).toBe(before.id);
  const krs = next.objectives.flatMap((o) => o.key_results);
  expect(krs).toHaveLength(checked);
  const oldKrs = before.objectives.flatMap((o) => o.key_results);
  for (const kr of krs) {
    const from = oldKrs.find((k) => k.id === kr.carried_from);
    expect(from, 'linked to its predecessor').toBeTruthy();
    expect(kr.check_ins ?? []).toHaveLength(0);
    const latest = [...from.check_ins].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
    if (['increase', 'decrease', undefined].includes(from.kind)) expect(kr.baseline).toBe(latest.value);
  }
  // The workshop's first step shows last quarter's lessons.
  await page.goto('#/workshop');
  await expect(page.getByTestId('last-lessons')).toContainText(lesson);
  // A carried key result shows its metric across both quarters on one chart.
  await page.goto('#/trends');
  const across = page.getByTestId('across-quarters').first();
  await across.scrollIntoViewIfNeeded();
  await expect(across).toContainText(/Across quarters: \d{4} Q\d: [\d,.$%]+ to [\d,.$%]+; \d{4} Q\d: no check-in/);
  await expect(across.locator('canvas, svg').first()).toBeVisible();
});

test('this week’s update prints as a one-page status report with a burn-up per key result', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await page.goto('#/check-ins');
  await page.getByRole('link', { name: 'Print it as a status report' }).click();
  const report = page.getByTestId('status-report');
  await expect(report.locator('h1')).toContainText('Growth marketing');
  await expect(report.getByTestId('report-kr')).toHaveCount(7);
  await expect(report.locator('.chart canvas')).toHaveCount(7);
  await expect(report).toContainText(/since last week|last check-in|first check-in/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print this report' })).toBeHidden();
});
