// The Data screen: export, import (picker, paste, share link) with a preview and a choice,
// refused files that change nothing, merge, replace and restore.
import { test, expect, openApp } from './fixtures.mjs';
import { STATE_KEY, pickFile, plan, planFile } from './plan-files.mjs';
import { readFile, writeFile } from 'node:fs/promises';

/** Imports `plans` through the picker and adds each as a new plan. */
async function seed(page, plans) {
  await pickFile(page, planFile(plans));
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByTestId('preview-plan')).toHaveCount(plans.length);
  for (const card of await preview.getByTestId('preview-plan').all()) {
    await card.getByRole('button', { name: 'Add as a new plan' }).click();
  }
  await preview.getByRole('button', { name: 'Close the preview' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
}

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), STATE_KEY);

async function downloadText(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test('export a file, import it in a fresh browser profile: the same plans', async ({ page, browser }) => {
  await openApp(page, '#/data');
  await seed(page, [plan(), plan({ id: 'plan-brand', team: 'Brand', period: { start: '2027-04-01', end: '2027-06-30' } })]);
  await expect(page.getByTestId('plan-count')).toHaveText('2 plans stored on this device.');

  const one = await downloadText(page, () => page.getByRole('button', { name: 'Export this plan' }).click());
  expect(one.name).toBe('brand-2027-q2.okr.json');
  const csv = await downloadText(page, () => page.getByRole('button', { name: 'Download check-ins as CSV' }).click());
  expect(csv.name).toBe('brand-2027-q2-check-ins.csv');
  expect(csv.text).toContain('objective,key result,metric,date,value,confidence,note');
  const all = await downloadText(page, () => page.getByRole('button', { name: 'Export all plans' }).click());
  expect(all.name).toBe('all-teams-2027-q1-to-2027-q2.okr.json');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other, '#/data');
  await expect(other.getByTestId('plan-count')).toHaveText('No plans stored yet.');
  await pickFile(other, all.text, all.name);
  await expect(other.getByTestId('preview-plan')).toHaveCount(2);
  await expect(other.getByTestId('preview-plan').first()).toContainText('A new plan');
  await seedChoices(other);
  const again = await downloadText(other, () => other.getByRole('button', { name: 'Export all plans' }).click());
  expect(JSON.parse(again.text).plans).toEqual(JSON.parse(all.text).plans);
  await fresh.close();
});

async function seedChoices(page) {
  for (const card of await page.getByTestId('preview-plan').all()) {
    await card.getByRole('button', { name: 'Add as a new plan' }).click();
  }
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
}

test('copy to the clipboard puts the plan file there', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '#/data');
  await seed(page, [plan()]);
  await page.getByRole('button', { name: 'Copy this plan to the clipboard' }).click();
  await expect(page.getByTestId('export-status')).toHaveText('Copied the open plan to the clipboard as a plan file.');
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.plans[0].team).toBe('Growth marketing');
});

const bad = [
  ['not JSON', 'team,period\nGrowth,2027 Q1', 'This is not a plan file: it is not valid JSON (line 1, column 2).'],
  ["another app's JSON", JSON.stringify({ type: 'excalidraw', elements: [] }), 'This file was not made by OKR Studio'],
  ['a newer version', planFile([plan()], { version: 99 }), 'This file comes from a newer OKR Studio (format version 99'],
  [
    'a wrong type at a place',
    planFile([plan({ objectives: [{ ...plan().objectives[0], key_results: [{ ...plan().objectives[0].key_results[0], check_ins: [{ id: 'ci-1', date: '2027-01-11', value: 'lots', confidence: 'green' }] }] }] })]),
    'plans[0].objectives[0].key_results[0].check_ins[0].value',
  ],
  ['duplicate ids', planFile([plan({ objectives: [plan().objectives[0], { id: 'obj-1', title: 'Again', key_results: [] }] })]), '"obj-1" is used twice'],
  ['a date outside any sane range', planFile([plan({ period: { start: '1492-01-01', end: '2027-03-31' } })]), 'outside the years 1970-2200'],
  ['a deeply nested file', '['.repeat(100_000), 'nested far deeper than any plan'],
];

test('bad files each show their message and change nothing', async ({ page }) => {
  await openApp(page, '#/data');
  await seed(page, [plan()]);
  const before = await stored(page);
  for (const [what, text, message] of bad) {
    await pickFile(page, text);
    await expect(page.getByTestId('import-error'), what).toContainText(message);
    await expect(page.getByTestId('import-preview')).toHaveCount(0);
  }
  // Pasted text goes the same way in.
  await page.getByLabel('Or paste a plan file, a share link').fill('{"format":"okr-studio.plans","version":"two","plans":[]}');
  await page.getByRole('button', { name: 'Preview the pasted text' }).click();
  await expect(page.getByTestId('import-error')).toHaveText('version: expected a whole number');
  expect(await stored(page)).toBe(before);
  await expect(page.getByTestId('plan-count')).toHaveText('1 plan stored on this device.');
});

test('a file dropped on the drop zone opens the same preview', async ({ page }) => {
  await openApp(page, '#/data');
  const text = planFile([plan()]);
  const dataTransfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'dropped.okr.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer });
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('import-preview')).toContainText('Preview of the file dropped.okr.json');
  await expect(page.getByTestId('preview-plan')).toContainText('A new plan');
  await page.getByRole('button', { name: 'Cancel: import nothing' }).click();
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  await expect(page.getByTestId('plan-count')).toHaveText('No plans stored yet.');
});

test('a file over 20 MB is refused from its size, before it is read', async ({ page }, testInfo) => {
  await openApp(page, '#/data');
  const huge = testInfo.outputPath('huge.okr.json');
  await writeFile(huge, ' '.repeat(50 * 1024 * 1024));
  await page.getByLabel('Choose a plan file').setInputFiles(huge);
  await expect(page.getByTestId('import-error')).toContainText('This file is 50 MB; plan files over 20 MB are not read.');
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
});

test('markup in a plan shows as text and never runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    d.dismiss();
  });
  const team = '<img src=x onerror=alert(1)><b>Bold</b> & "team"';
  await openApp(page, '#/data');
  await pickFile(page, planFile([plan({ team, context: '<script>alert(2)</script>' })]));
  await expect(page.getByTestId('preview-plan').getByRole('heading')).toHaveText(`${team} · 2027 Q1`);
  await page.getByRole('button', { name: 'Add as a new plan' }).click();
  await expect(page.getByTestId('current-plan')).toContainText(team);
  await expect(page.locator('img[src="x"], main b, main script')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test("merging a teammate's copy adds their check-in and lists the conflicts", async ({ page }) => {
  await openApp(page, '#/data');
  await seed(page, [plan()]);
  const kr = plan().objectives[0].key_results[0];
  const theirs = plan({
    objectives: [
      {
        ...plan().objectives[0],
        key_results: [
          {
            ...kr,
            title: 'Grow MQLs from 120 to 320 a month',
            updated_at: 5000,
            check_ins: [...kr.check_ins, { id: 'ci-2', date: '2027-01-18', value: 151, confidence: 'yellow', note: 'Webinar week' }],
          },
        ],
      },
    ],
  });
  await pickFile(page, planFile([theirs]), 'from-sam.okr.json');
  const card = page.getByTestId('preview-plan');
  await expect(card).toContainText('Another copy of a plan on this device.');
  // Added, changed, deleted: their new check-in; nothing of ours deleted.
  await expect(card.getByRole('row', { name: /Check-ins/ })).toHaveText(/Check-ins\s*1\s*0\s*0/);
  await expect(card).toContainText('A merge would bring: 1 check-in added, 1 key result changed.');
  await expect(card.getByTestId('preview-conflicts')).toContainText('120 to 300');
  await card.getByRole('button', { name: 'Merge' }).click();
  await expect(card.getByTestId('merge-report')).toContainText('Merged: 1 check-in added, 1 key result changed.');
  // Both copies come from version 2 files, whose changes have no known time: the rule
  // picks the same value on every device, and says so.
  await expect(card.getByTestId('merge-conflicts')).toContainText('this device has “Grow MQLs from 120 to 300 a month” (someone, at an unknown time), the file has “Grow MQLs from 120 to 320 a month” (someone, at an unknown time); kept the file\'s');
  await expect(page.getByTestId('open-conflicts')).toContainText('Conflicts to settle');
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
  const merged = JSON.parse(await stored(page)).plans[0].objectives[0].key_results[0];
  expect(merged.check_ins.map((c) => c.id)).toEqual(['ci-1', 'ci-2']);
  expect(merged.title).toBe('Grow MQLs from 120 to 320 a month');
});

test('replace backs the plan up first, and the backup restores it after a reload', async ({ page }) => {
  await openApp(page, '#/data');
  await seed(page, [plan()]);
  await pickFile(page, planFile([plan({ team: 'Growth team, rewritten', objectives: [] })]));
  await page.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByTestId('current-plan')).toContainText('Growth team, rewritten');
  await expect(page.getByTestId('backup')).toHaveCount(1);
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');

  await page.reload();
  await expect(page.getByTestId('backup')).toContainText('Growth marketing · 2027 Q1');
  await page.getByTestId('backup').getByRole('button', { name: /^Restore Growth marketing/ }).click();
  await expect(page.getByTestId('backup-status')).toContainText('Restored “Growth marketing · 2027 Q1”');
  await expect(page.getByTestId('current-plan')).toContainText('Growth marketing');
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
  const back = JSON.parse(await stored(page)).plans;
  expect(back.map((p) => p.team)).toEqual(['Growth marketing']);
  expect(back[0].objectives[0].key_results[0].check_ins[0].id).toBe('ci-1');
  // The version it replaced is kept in turn.
  await expect(page.getByTestId('backup')).toContainText('Growth team, rewritten');
});

test('a share link opens the same preview; a plan too big for a link is sent as a file', async ({ page, browser }) => {
  await openApp(page, '#/data');
  await seed(page, [plan()]);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link', { exact: true }).inputValue();
  expect(link).toMatch(/#share\/z1\.[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThanOrEqual(2000);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other, link.slice(link.indexOf('#')));
  await expect(other.getByTestId('import-preview')).toContainText('Preview of a share link');
  await expect(other.getByTestId('preview-plan')).toContainText('Growth marketing · 2027 Q1');
  await other.getByRole('button', { name: 'Add as a new plan' }).click();
  await expect(other).toHaveURL(/#\/data$/);
  await expect(other.getByTestId('current-plan')).toContainText('Growth marketing');
  // Pasting the link works too; it matches the plan just added.
  await other.getByLabel('Or paste a plan file, a share link').fill(link);
  await other.getByRole('button', { name: 'Preview the pasted text' }).click();
  await expect(other.getByTestId('preview-plan')).toContainText('Another copy of a plan on this device.');
  await openApp(other, '#share/z1.AAAA');
  await expect(other.getByTestId('import-error')).toContainText('This share link does not open');
  await fresh.close();

  // Random words do not compress: this context makes a link far over 2,000 characters.
  const words = Array.from({ length: 600 }, (_, i) => ((i * 2654435761) % 4294967296).toString(36)).join(' ');
  await pickFile(page, planFile([plan({ id: 'plan-big', team: 'Big', context: words })]));
  await page.getByRole('button', { name: 'Add as a new plan' }).click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByTestId('share-status')).toContainText('Send it as a file instead');
  await expect(page.getByLabel('Share link', { exact: true })).toHaveCount(0);
});
