// Two teammates share one plan by trading files, each in their own browser profile: the
// lead sends the plan; both check in, both rename the same key result; the teammate sets an
// owner, deletes another key result and a bet the lead then changes; they merge each
// other's files both ways and end with the same plan, nothing lost, the deleted key result
// gone, and the same-field conflict settled by one click.
import { test, expect, openApp } from './fixtures.mjs';
import { pickFile } from './plan-files.mjs';
import { readFile } from 'node:fs/promises';

const KR1 = 'Grow organic visits to our guides from 5,000 to 15,000 a month';
const KR2 = 'Lift signup conversion on guide pages from 1.5% to 3%';
const BET = 'Refresh the twenty guides that lost rankings';

const nav = (page, name) => page.getByRole('navigation').getByRole('link', { name }).click();

async function exportPlan(page) {
  await nav(page, 'Data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export this plan' }).click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

/** Takes in a teammate's file: "Merge" for a copy of a plan here, else "Add as a new plan". */
async function takeIn(page, text, choice) {
  await nav(page, 'Data');
  await pickFile(page, text, 'from-teammate.okr.json');
  const card = page.getByTestId('preview-plan');
  await card.getByRole('button', { name: choice }).click();
  await expect(card.getByRole('status')).toBeVisible();
  await page.getByRole('button', { name: 'Close the preview' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
}

async function checkIn(page, title, value) {
  await nav(page, 'Check-ins');
  const c = page.getByTestId('check-in').filter({ hasText: title });
  await c.getByLabel('Value', { exact: true }).fill(value);
  await c.getByRole('button', { name: 'Check in' }).click();
  await expect(c.getByTestId('last-check-in')).toContainText(value);
}

/** The key result on the Plan screen whose title box holds `title`. */
async function keyResult(page, title) {
  await nav(page, 'Plan');
  const all = page.getByTestId('key-result');
  // The title lives in an input's value, which no locator filter reads: look until the
  // screen has drawn it (right after the click the list can still be empty).
  let found = -1;
  await expect
    .poll(async () => {
      const n = await all.count();
      for (let i = 0; i < n; i++) {
        const box = all.nth(i).getByRole('textbox', { name: 'Key result', exact: true });
        if ((await box.inputValue()) === title) return (found = i);
      }
      return -1;
    }, { message: `a key result titled ${title}` })
    .toBeGreaterThanOrEqual(0);
  return all.nth(found);
}

async function details(kr) {
  await kr.getByText('Numbers, owner, bets and checklist').click();
  return kr;
}

async function rename(page, from, to) {
  const kr = await keyResult(page, from);
  await kr.getByRole('textbox', { name: 'Key result', exact: true }).fill(to);
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
}

/** The plan as stored, without what differs per device by design. */
const storedPlan = (page) =>
  page.evaluate(() => {
    const state = JSON.parse(localStorage.getItem('okr-studio.state'));
    return state.plans.find((p) => p.id === state.current);
  });

for (const [size, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
]) test(`two teammates trade files both ways and end with one plan, nothing lost (${size})`, async ({ page, browser }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(viewport);
  // The lead opens the sample plan and sends it.
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await expect(page.getByTestId('current-plan')).toContainText('Growth marketing');
  await nav(page, 'Data');
  await page.getByTestId('my-name').fill('Lena');
  await page.getByTestId('my-name').press('Tab');
  const first = await exportPlan(page);

  // The teammate, in another profile, takes it in.
  const context = await browser.newContext({ viewport });
  const sam = await context.newPage();
  const samErrors = [];
  sam.on('console', (m) => m.type() === 'error' && samErrors.push(m.text()));
  await openApp(sam, '#/data');
  await sam.getByTestId('my-name').fill('Sam');
  await sam.getByTestId('my-name').press('Tab');
  await takeIn(sam, first, 'Add as a new plan');

  // Sam: checks in, sets the owner, deletes the second key result and a bet.
  await checkIn(sam, KR1, '7,100');
  const samKr1 = await details(await keyResult(sam, KR1));
  await samKr1.getByLabel('Owner', { exact: true }).fill('Sam');
  await samKr1.getByRole('button', { name: `Remove bet “${BET}”` }).click();
  const samKr2 = await details(await keyResult(sam, KR2));
  await samKr2.getByRole('button', { name: 'Delete key result' }).click();
  await expect(sam.getByTestId('save-status')).toHaveText('Saved on this device');

  // The lead: checks in, renames the first key result, changes the bet Sam deleted.
  await checkIn(page, KR1, '7,400');
  await rename(page, KR1, 'Grow organic visits from 5,000 to 16,000 a month');
  const leadKr1 = await details(await keyResult(page, 'Grow organic visits from 5,000 to 16,000 a month'));
  await leadKr1.getByRole('listitem').filter({ hasText: BET }).getByLabel('Status').selectOption('failed');
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
  // Sam renames the same key result, later.
  await rename(sam, KR1, 'Grow organic sessions from 5,000 to 15,000 a month');

  // They trade files both ways.
  const fromSam = await exportPlan(sam);
  const fromLead = await exportPlan(page);
  await takeIn(page, fromSam, 'Merge');
  await takeIn(sam, fromLead, 'Merge');

  // Both hold the same plan.
  const [a, b] = [await storedPlan(page), await storedPlan(sam)];
  expect(a).toEqual(b);
  const krs = a.objectives.flatMap((o) => o.key_results);
  const kr1 = krs.find((k) => k.owner === 'Sam');
  expect(kr1, "Sam's owner survived the lead's rename").toBeTruthy();
  expect(krs.some((k) => k.title === KR2), 'the deleted key result stays deleted').toBe(false);
  expect(kr1.check_ins.filter((c) => c.value === 7100 || c.value === 7400)).toHaveLength(2);
  // The bet Sam deleted, changed by the lead after: kept, and said so.
  expect(kr1.projects.find((p) => p.title === BET)?.status).toBe('failed');
  // Both renamed the key result: the later change won on both sides; the lead can keep hers.
  expect(kr1.title).toBe('Grow organic sessions from 5,000 to 15,000 a month');
  await nav(page, 'Data');
  const open = page.getByTestId('open-conflict').filter({ hasText: 'title' });
  await expect(open).toContainText('Grow organic visits from 5,000 to 16,000 a month');
  await expect(open).toContainText('Sam');
  await open.getByRole('button', { name: 'Keep mine' }).click();
  await expect(page.getByTestId('open-conflict').filter({ hasText: 'title' })).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');

  // One more exchange, and Sam has the lead's choice; the copies are equal again.
  await takeIn(sam, await exportPlan(page), 'Merge');
  await takeIn(page, await exportPlan(sam), 'Merge');
  const [a2, b2] = [await storedPlan(page), await storedPlan(sam)];
  expect(a2).toEqual(b2);
  expect(a2.objectives.flatMap((o) => o.key_results).find((k) => k.owner === 'Sam').title).toBe(
    'Grow organic visits from 5,000 to 16,000 a month',
  );
  // After a reload both are still there.
  await sam.reload();
  await expect(sam.getByTestId('current-plan')).toContainText('Growth marketing');
  expect(await storedPlan(sam)).toEqual(b2);
  expect(samErrors).toEqual([]);
  await context.close();
});
