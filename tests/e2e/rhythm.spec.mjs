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
