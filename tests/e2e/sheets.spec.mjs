// OKRs brought in from spreadsheets: cells pasted from a sheet, a CSV file with numbered
// key-result columns, the preview (mapping, verdicts, problems), then the plan after a
// reload; the plan exported as a sheet and imported into a fresh profile; weekly numbers
// pasted into a key result's history.
import { test, expect, openApp } from './fixtures.mjs';
import { readFile } from 'node:fs/promises';

const PASTED = [
  'Objective\tKey result\tOwner\tStart value\tTarget\tCurrent\tConfidence',
  'Become the go-to source for growth marketers\tGrow organic visits from 12,000 to 20,000 a month\tAna\t12,000\t20,000\t14,500\tgreen',
  '\tCut cost per lead\tBo\t$70\t$45\t$62\tat risk',
  '\tLaunch the new blog\tCem\t\t\t\t',
].join('\n');

const NUMBERED = [
  'objective_title,key_result_1_title,key_result_1_start_value,key_result_1_target_value,key_result_2_title,KPI 2 - Target value,owner',
  'Grow the newsletter,Grow subscribers,"1,500","3,000",Raise open rate from 30% to 40%,40%,Dee',
  'Fill the pipeline,SQLs per month,80,120,,,Eli',
].join('\r\n');

const stored = (page) =>
  page.evaluate(() => {
    const state = JSON.parse(localStorage.getItem('okr-studio.state'));
    return state.plans.find((p) => p.id === state.current);
  });

async function pasteCells(page, text) {
  await page.getByLabel('Or paste a plan file, a share link, or cells copied from a spreadsheet').fill(text);
  await page.getByRole('button', { name: 'Preview the pasted text' }).click();
  return page.getByTestId('sheet-preview');
}

async function downloadText(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

for (const [size, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
]) test(`cells pasted from a spreadsheet become a plan after a preview (${size})`, async ({ page }) => {
  await page.setViewportSize(viewport);
  await openApp(page, '#/data');
  const preview = await pasteCells(page, PASTED);
  await expect(preview.getByTestId('sheet-summary')).toContainText('3 rows of data below the header on row 1: 1 objective, 3 key results and 2 check-ins');
  // Each column and what it was read as.
  const owner = preview.getByLabel('Column C, “Owner”, read as');
  await expect(owner).toHaveValue('owner');
  await expect(preview.getByLabel('Column F, “Current”, read as')).toHaveValue('current');
  // The coach's verdict on every key result: the blog launch is a task, not a result.
  const krs = preview.getByTestId('sheet-kr');
  await expect(krs).toHaveCount(3);
  await expect(krs.nth(0).getByTestId('verdict')).toHaveText('Measurable');
  await expect(krs.nth(1)).toContainText('$70 → $45, now $62');
  await expect(krs.nth(2).getByTestId('verdict')).not.toHaveText('Measurable');
  await expect(preview.getByTestId('sheet-notes')).toContainText('their check-ins are dated');
  // Nothing stored until the choice.
  expect(await page.evaluate(() => localStorage.getItem('okr-studio.state'))).toBeNull();
  await preview.getByRole('button', { name: 'Add as a new plan' }).click();
  await expect(preview.getByTestId('sheet-outcome')).toContainText('Added 1 objective, 3 key results and 2 check-ins');
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');

  await page.reload();
  await expect(page.locator('.app-header')).toBeVisible();
  const plan = await stored(page);
  expect(plan.objectives[0].title).toBe('Become the go-to source for growth marketers');
  const cpl = plan.objectives[0].key_results[1];
  expect([cpl.baseline, cpl.target, cpl.kind, cpl.unit]).toEqual([70, 45, 'decrease', { type: 'currency', code: 'USD' }]);
  expect(cpl.check_ins[0]).toMatchObject({ value: 62, confidence: 'yellow' });
  expect(cpl.stamp, 'stamped as this device’s record').toBeTruthy();
});

test('a CSV file with numbered key-result columns, a cell to fix, and a column ignored', async ({ page }) => {
  await openApp(page, '#/data');
  const broken = NUMBERED.replace('80,120', '80,lots');
  await page.getByLabel('Choose a plan file').setInputFiles({ name: 'okrs.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  const preview = page.getByTestId('sheet-preview');
  await expect(preview.getByTestId('sheet-problems')).toContainText('Row 3, column D: Target “lots” is not a number');
  await expect(preview.getByRole('button', { name: 'Add as a new plan' })).toBeDisabled();
  // Leaving the bad row out is the person's explicit choice.
  await preview.getByLabel('Leave out the 1 row with a problem').check();
  await expect(preview.getByTestId('sheet-notes')).toContainText('Left out 1 row with a problem: 3.');
  await expect(preview.getByTestId('sheet-kr')).toHaveCount(2);
  await preview.getByLabel('Leave out the 1 row with a problem').uncheck();
  // Ignoring the bad column instead keeps every row.
  await preview.getByLabel('Column D, “key_result_1_target_value”, read as').selectOption('');
  await expect(preview.getByTestId('sheet-problems')).toHaveCount(0);
  await expect(preview.getByTestId('sheet-kr')).toHaveCount(3);
  await preview.getByRole('button', { name: 'Add as a new plan' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
  const plan = await stored(page);
  expect(plan.objectives.map((o) => o.key_results.length)).toEqual([2, 1]);
  expect(plan.objectives[0].key_results[1]).toMatchObject({ target: 40, owner: 'Dee' });
});

test('the plan exported as a sheet comes back whole in a fresh profile, and merges by title', async ({ page, browser }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await page.getByRole('link', { name: 'Data' }).first().click();
  const sheet = await downloadText(page, () => page.getByRole('button', { name: 'Download the plan as a sheet (CSV)' }).click());
  expect(sheet.name).toMatch(/-key-results\.csv$/);
  expect(sheet.text.split('\r\n')[0]).toBe('\ufeffObjective,Key result,Metric,Unit,Kind,Start value,Target,Current,Progress,Status,Confidence,Owner,Period,As of');
  // Autosave waits for a pause: read the stored plan once it has been written.
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
  const original = await stored(page);

  const context = await browser.newContext();
  const other = await context.newPage();
  await openApp(other, '#/data');
  await other.getByLabel('Choose a plan file').setInputFiles({ name: sheet.name, mimeType: 'text/csv', buffer: Buffer.from(sheet.text) });
  const preview = other.getByTestId('sheet-preview');
  await preview.getByRole('button', { name: 'Add as a new plan' }).click();
  await expect(other.getByTestId('save-status')).toHaveText('Saved on this device');
  const back = await stored(other);
  const shape = (p) => p.objectives.map((o) => [o.title, o.key_results.map((k) => [k.title, k.baseline ?? null, k.target ?? null, k.kind ?? 'increase', k.owner ?? ''])]);
  expect(shape(back)).toEqual(shape(original));
  expect(back.period).toEqual(original.period);

  // The same sheet merged into the plan it came from changes nothing.
  await preview.getByRole('button', { name: 'Close the preview' }).click();
  await other.getByLabel('Choose a plan file').setInputFiles({ name: sheet.name, mimeType: 'text/csv', buffer: Buffer.from(sheet.text) });
  await other.getByTestId('sheet-preview').getByRole('button', { name: /^Merge into/ }).click();
  await expect(other.getByTestId('sheet-outcome')).toContainText('Nothing changed');
  await context.close();
});

test('weekly numbers pasted into a key result’s history become check-ins', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await page.getByRole('link', { name: 'Check-ins' }).first().click();
  const card = page.getByTestId('check-in').first();
  await card.getByRole('button', { name: /Show history/ }).click();
  const before = await card.getByTestId('history').locator('tbody tr').count();
  await card.getByText('Paste weekly numbers from a sheet').click();
  // A row of weekly values: a week apart from the period's first day, said in the preview.
  await card.getByLabel('Dates and values').fill('Visits\t9,100\t9,200\t9,300');
  const weeks = card.getByTestId('paste-weeks-preview');
  await expect(weeks.locator('tbody tr')).toHaveCount(3);
  await expect(card.getByTestId('paste-weeks')).toContainText('a week apart from the period');
  await card.getByRole('button', { name: 'Add these check-ins' }).click();
  const status = card.getByTestId('paste-weeks').getByRole('status');
  await expect(status).toHaveText(/^\d+ check-ins added, \d+ updated/);
  const [added, updated] = (await status.innerText()).match(/\d+/g).map(Number);
  expect(added + updated).toBe(3);
  await expect(card.getByTestId('history').locator('tbody tr')).toHaveCount(before + added);
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
  const readings = (await stored(page)).objectives.flatMap((o) => o.key_results).flatMap((k) => k.check_ins);
  expect(readings.filter((c) => [9100, 9200, 9300].includes(c.value))).toHaveLength(3);
});

test('a CSV saved by Excel on Windows (Windows-1252) keeps its accents and euro signs', async ({ page }) => {
  await openApp(page, '#/data');
  const text = 'Objective;Key result;Owner;Start value;Target\r\nÊtre la référence;Réduire le coût par lead;Zoé;€70;€45\r\n';
  // Latin-1 bytes for the accents, 0x80 for the euro sign, as Windows-1252 writes them.
  const bytes = Buffer.from([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
  await page.getByLabel('Choose a plan file').setInputFiles({ name: 'okr.csv', mimeType: 'text/csv', buffer: bytes });
  const preview = page.getByTestId('sheet-preview');
  await expect(preview.getByTestId('sheet-kr')).toContainText('Réduire le coût par lead');
  await expect(preview.getByTestId('sheet-kr')).toContainText('€70 → €45');
  await preview.getByRole('button', { name: 'Add as a new plan' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
  const kr = (await stored(page)).objectives[0].key_results[0];
  expect([kr.owner, kr.unit]).toEqual(['Zoé', { type: 'currency', code: 'EUR' }]);
});
